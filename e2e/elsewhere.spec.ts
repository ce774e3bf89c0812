/**
 * A claim seen outside the dossier (a broadcast, a post): entered as text with its claimant, where and
 * when it appeared; linked to evidence like any other claim; ClaimReview names that appearance.
 */
import AxeBuilder from '@axe-core/playwright';
import {
  claimRows,
  downloaded,
  evidencePanel,
  expect,
  linkSuggestion,
  menuAction,
  openApp,
  storedClaims,
  storedRecords,
  suggestions,
  test,
} from './fixtures';

const WORDS = 'North Korea will send Russia artillery shells and antitank missiles before the winter.';

test('a claim seen elsewhere: entered with claimant, place, date and URL, linked to evidence, in ClaimReview', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add claim seen elsewhere' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim seen elsewhere' });
  await dialog.getByLabel('The claim as made').fill(WORDS);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await dialog.getByLabel('Claimant', { exact: true }).fill('Rossiya 1 presenter');
  await dialog.getByLabel('Where it appeared').fill('Rossiya 1');
  await dialog.getByLabel('Date it appeared').fill('2023-09-14');
  await dialog.getByLabel('Address (URL)').fill('ftp://clip');
  await dialog.getByRole('button', { name: 'Add claim' }).click();
  await expect(dialog.getByRole('alert')).toContainText('must start with http:// or https://');
  expect(await storedClaims(page)).toHaveLength(0);
  await dialog.getByLabel('Address (URL)').fill('https://rossiya1.example/clip/42');
  await dialog.getByLabel('Category').selectOption({ label: 'Arms transfers' });
  await dialog.getByRole('button', { name: 'Add claim' }).click();
  await expect(dialog).toBeHidden();

  // A source of its own, open in the reader, with its claim open for evidence.
  const nav = page.getByRole('navigation', { name: 'Articles' });
  await expect(nav.getByRole('link')).toHaveCount(6);
  await expect(
    page.getByRole('heading', { level: 2, name: /^Rossiya 1: “North Korea will send/ }),
  ).toBeVisible();
  await expect(claimRows(page)).toHaveCount(1);
  await expect(evidencePanel(page).getByRole('region', { name: 'Open claim' })).toContainText(
    'Claimed by Rossiya 1 presenter',
  );
  const [claim] = await storedClaims(page);
  expect(claim).toMatchObject({
    verdict: 'unverified',
    claimant: { name: 'Rossiya 1 presenter', type: 'Person' },
  });
  expect((claim!.selector as { quote: { exact: string } }).quote.exact).toBe(WORDS);
  const source = (await storedRecords(page, 'articles')).find((a) => a.id === claim!.articleId)!;
  expect(source).toMatchObject({
    outlet: 'Rossiya 1',
    url: 'https://rossiya1.example/clip/42',
    date: '2023-09-14',
  });

  // Evidence from the articles, as for any claim.
  await expect(suggestions(page).first()).toBeVisible();
  await linkSuggestion(page, 'Experts say Moscow will likely seek artillery shells');
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(1);
  await claimRows(page).first().getByRole('combobox').selectOption('confirmed');
  await expect.poll(async () => (await storedClaims(page))[0]?.verdict).toBe('confirmed');

  await menuAction(page, 'Export ClaimReview');
  const publish = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await publish.getByLabel('Fact-checking organisation').fill('Amur Checks');
  await publish.getByLabel('Organisation website').fill('https://amur.example');
  await publish.getByLabel('Base URL of fact-check pages').fill('https://amur.example/checks/');
  const { text } = await downloaded(page, () =>
    publish.getByRole('button', { name: 'Export 1 claim review' }).click(),
  );
  const [review] = JSON.parse(text) as Array<{ itemReviewed: Record<string, unknown> }>;
  const seen = {
    '@type': 'CreativeWork',
    url: 'https://rossiya1.example/clip/42',
    datePublished: '2023-09-14',
    publisher: { '@type': 'Organization', name: 'Rossiya 1' },
  };
  expect(review!.itemReviewed).toMatchObject({
    author: { '@type': 'Person', name: 'Rossiya 1 presenter' },
    firstAppearance: seen,
    appearance: [seen],
  });

  // One step: Undo takes back the verdict, the link, then the claim with its source.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(claimRows(page)).toHaveCount(0);
  await expect(nav.getByRole('link')).toHaveCount(5);
});
