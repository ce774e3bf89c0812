/**
 * A newsroom's rating scale: chosen in Settings, offered by the claim editor and the table, said by the
 * reader, the verdict sheet and ClaimReview; switching back reads every rating as its verdict.
 */
import Papa from 'papaparse';
import {
  claimRows,
  downloaded,
  dragSelect,
  expect,
  markClaim,
  menuAction,
  openApp,
  storedClaims,
  test,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';
const DENIED = 'Moscow and Pyongyang have denied such intentions.';
const FIVE = 'True / Mostly true / Unproven / Misleading / False';

test('switch to a five-point scale: rate in the editor and the table; CSV and ClaimReview say the ratings', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, SHOIGU);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });

  await menuAction(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Rating scale').selectOption({ label: FIVE });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  // The claim marked before keeps its verdict: Unverified reads "Not rated" until one is chosen.
  const inline = claimRows(page).first().getByRole('combobox');
  await expect(inline.locator('option:checked')).toHaveText('Not rated');
  await expect(inline.locator('option')).toHaveText([
    'True',
    'Mostly true',
    'Unproven',
    'Misleading',
    'False',
    'Not rated',
  ]);
  await inline.selectOption({ label: 'Mostly true' });
  await expect
    .poll(async () => (await storedClaims(page))[0])
    .toMatchObject({ verdict: 'confirmed', rating: 'mostly-true' });
  await expect(page.getByLabel('Verdict legend')).toContainText('≈ Mostly true');
  await expect(page.locator('mark.claim', { hasText: 'Shoigu' }).first()).toHaveAttribute(
    'title',
    /Mostly true/,
  );

  await dragSelect(page, DENIED);
  await markClaim(page, { category: 'Denials', verdict: 'Misleading' });
  await expect(claimRows(page)).toHaveCount(2);
  await expect
    .poll(async () => (await storedClaims(page)).find((c) => c.categoryId === 'denials'))
    .toMatchObject({ verdict: 'disputed', rating: 'misleading' });

  const { text: csv } = await downloaded(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), {
    newline: '\r\n',
    skipEmptyLines: true,
  }).data;
  const verdicts = rows.map((r) => r[header!.indexOf('verdict')]).sort();
  expect(verdicts).toEqual(['Misleading', 'Mostly true']);

  await menuAction(page, 'Export ClaimReview');
  const dialog = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await dialog.getByLabel('Fact-checking organisation').fill('Amur Checks');
  await dialog.getByLabel('Organisation website').fill('https://amur.example');
  await dialog.getByLabel('Base URL of fact-check pages').fill('https://amur.example/checks/');
  const { text } = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Export 2 claim reviews' }).click(),
  );
  const ratings = (JSON.parse(text) as Array<{ reviewRating: Record<string, unknown> }>)
    .map((r) => r.reviewRating)
    .sort((a, b) => Number(a.ratingValue) - Number(b.ratingValue));
  expect(ratings).toEqual([
    expect.objectContaining({ ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' }),
    expect.objectContaining({ ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' }),
  ]);

  // Back to the default scale: each rating reads as its verdict, nothing stored is lost.
  await menuAction(page, 'Settings');
  await settings.getByLabel('Rating scale').selectOption({ label: 'Confirmed / Disputed / Unverified' });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(claimRows(page).filter({ hasText: 'Shoigu' }).getByRole('combobox')).toHaveValue('confirmed');
  await expect(claimRows(page).filter({ hasText: 'denied' }).getByRole('combobox')).toHaveValue('disputed');
  expect((await storedClaims(page)).map((c) => c.rating).sort()).toEqual(['misleading', 'mostly-true']);
});
