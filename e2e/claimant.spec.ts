import Papa from 'papaparse';
import {
  claimRows,
  downloaded,
  dragSelect,
  expect,
  menuAction,
  openApp,
  storedClaims,
  test,
} from './fixtures';

const COSMONAUT =
  'The two also discussed the possibility of sending a North Korean cosmonaut into space, said Kremlin spokesperson Dmitry Peskov.';

test('sets the claimant from the attribution suggestion; CSV and ClaimReview name the claimant, not the reporter', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, COSMONAUT);
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await dialog.getByRole('button', { name: /^Use “Kremlin spokesperson Dmitry Peskov”/ }).click();
  await expect(dialog.getByLabel('Claimant', { exact: true })).toHaveValue(
    'Kremlin spokesperson Dmitry Peskov',
  );
  await expect(dialog.getByLabel('Claimant is')).toHaveValue('Person');
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('confirmed');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  await expect(claimRows(page)).toHaveCount(1);
  expect((await storedClaims(page))[0]).toMatchObject({
    claimant: { name: 'Kremlin spokesperson Dmitry Peskov', type: 'Person' },
  });

  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const [header, row] = Papa.parse<string[]>(csv.text.slice(1), { newline: '\r\n', skipEmptyLines: true })
    .data as [string[], string[]];
  expect(row[header.indexOf('claimant')]).toBe('Kremlin spokesperson Dmitry Peskov');

  await menuAction(page, 'Export ClaimReview');
  const publish = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await publish.getByLabel('Fact-checking organisation').fill('Amur Checks');
  await publish.getByLabel('Organisation website').fill('https://amur.example');
  await publish.getByLabel('Base URL of fact-check pages').fill('https://amur.example/checks/');
  const review = await downloaded(page, () =>
    publish.getByRole('button', { name: 'Export 1 claim review' }).click(),
  );
  const [first] = JSON.parse(review.text) as Array<{
    itemReviewed: { author: { '@type': string; name: string } };
  }>;
  expect(first!.itemReviewed.author).toEqual({
    '@type': 'Person',
    name: 'Kremlin spokesperson Dmitry Peskov',
  });
  expect(review.text).not.toContain('Justin McCurry');

  // Editing keeps it, and clearing the name leaves the claimant unsaid.
  await page.locator('mark.claim').click();
  await expect(dialog.getByLabel('Claimant', { exact: true })).toHaveValue(
    'Kremlin spokesperson Dmitry Peskov',
  );
  await dialog.getByLabel('Claimant', { exact: true }).fill('  ');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect.poll(async () => (await storedClaims(page))[0]!.claimant).toBeNull();
});

test('a normalised wording states the claim in neutral words: saved, in the CSV, and what ClaimReview reviews', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, COSMONAUT);
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await dialog.getByLabel('Verdict', { exact: true }).selectOption('disputed');
  await dialog
    .getByLabel('Normalised wording (optional)')
    .fill('  Russia will  send a North Korean cosmonaut into space ');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => (await storedClaims(page))[0]?.normalised)
    .toBe('Russia will send a North Korean cosmonaut into space');

  const csv = await downloaded(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  const [header, row] = Papa.parse<string[]>(csv.text.slice(1), { newline: '\r\n', skipEmptyLines: true })
    .data as [string[], string[]];
  expect(row[header.indexOf('normalised wording')]).toBe(
    'Russia will send a North Korean cosmonaut into space',
  );
  expect(row[header.indexOf('claim text')]).toBe(COSMONAUT);

  await menuAction(page, 'Export ClaimReview');
  const publish = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await publish.getByLabel('Fact-checking organisation').fill('Amur Checks');
  await publish.getByLabel('Organisation website').fill('https://amur.example');
  await publish.getByLabel('Base URL of fact-check pages').fill('https://amur.example/checks/');
  const review = await downloaded(page, () =>
    publish.getByRole('button', { name: 'Export 1 claim review' }).click(),
  );
  const [first] = JSON.parse(review.text) as Array<{ claimReviewed: string }>;
  expect(first!.claimReviewed).toBe('Russia will send a North Korean cosmonaut into space');

  // Edited later, it stays editable (and can be cleared back to the quote).
  await page.locator('mark.claim').click();
  await expect(dialog.getByLabel('Normalised wording (optional)')).toHaveValue(
    'Russia will send a North Korean cosmonaut into space',
  );
  await dialog.getByLabel('Normalised wording (optional)').fill('');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect.poll(async () => (await storedClaims(page))[0]?.normalised).toBe('');
});
