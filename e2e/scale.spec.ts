/**
 * A generated dossier (200 articles, 10,000 claims: a smaller size of `npm run dossier`) restored
 * through the UI; the Claims table's counts, filters, sorting and an inline edit checked against
 * counts computed from the generated data, independently of the app.
 */
import { serializeBackup } from '../src/domain/exchange/backup';
import { generateDossier } from '../src/testing/dossier-generator';
import { claimRows, expect, openApp, storedClaims, test } from './fixtures';

const { data } = generateDossier({ articles: 200, claims: 10_000, seed: 3 });

test('a generated dossier of 200 articles and 10,000 claims: counts, filters, sort and an edit hold', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByLabel('Restore').setInputFiles({
    name: 'generated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeBackup(data)),
  });
  const dialog = page.getByRole('dialog', { name: 'Backup file' });
  await dialog.getByRole('button', { name: 'Replace workbench' }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  const count = page.locator('.table-count');
  await expect(count).toHaveText('10000 claims', { timeout: 30_000 });
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('heading')).toContainText('200');

  // Filters: the counts the generated data says.
  const disputed = data.claims.filter((c) => c.verdict === 'disputed').length;
  await page.getByLabel('Filter by verdict').selectOption('disputed');
  await expect(count).toHaveText(`${disputed} of 10000 claims shown`);
  const denials = data.claims.filter((c) => c.verdict === 'disputed' && c.categoryId === 'denials').length;
  await page.getByLabel('Filter by category').selectOption({ label: 'Denials' });
  await expect(count).toHaveText(`${denials} of 10000 claims shown`);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText('10000 claims');

  // Sort by update time: the first row is the most recently (or, ascending, the least recently) updated.
  const updated = page.getByRole('columnheader', { name: /Updated/ });
  const byTime = [...data.claims].sort((a, b) => a.updatedAt - b.updatedAt);
  const text = (c: (typeof data.claims)[number]) => c.selector.quote.exact.replace(/\s+/g, ' ').slice(0, 40);
  await expect(updated).toHaveAttribute('aria-sort', 'descending');
  await expect(claimRows(page).first()).toContainText(text(byTime[byTime.length - 1]!));
  await updated.getByRole('button').click();
  await expect(updated).toHaveAttribute('aria-sort', 'ascending');
  await expect(claimRows(page).first()).toContainText(text(byTime[0]!));

  // Paging: scrolled to the end, the table draws the last rows (the most recently updated, ascending).
  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(claimRows(page).last()).toContainText(text(byTime[byTime.length - 1]!));
  await expect(page.locator('.claims-table tbody tr[aria-rowindex="10001"]')).toBeVisible();
  await page.locator('.table-scroll').evaluate((el) => (el.scrollTop = 0));
  await expect(claimRows(page).first()).toContainText(text(byTime[0]!));

  // Search: the count the generated texts say, case-insensitively.
  const word = 'Pyongyang';
  const matching = data.claims.filter((c) =>
    c.selector.quote.exact.replace(/\s+/g, ' ').toLowerCase().includes(word.toLowerCase()),
  ).length;
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(10_000);
  await page.getByRole('searchbox', { name: 'Search claims' }).fill(word.toUpperCase());
  await expect(count).toHaveText(`${matching} of 10000 claims shown`);
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('');
  await expect(count).toHaveText('10000 claims');

  // An inline edit on the first row: stored, and the filter counts follow.
  const select = claimRows(page).first().getByRole('combobox');
  const before = await select.inputValue();
  const after = before === 'confirmed' ? 'disputed' : 'confirmed';
  await select.selectOption(after);
  await expect
    .poll(async () => (await storedClaims(page)).filter((c) => c.verdict === 'disputed').length, {
      timeout: 15_000,
    })
    .toBe(disputed + (after === 'disputed' ? 1 : before === 'disputed' ? -1 : 0));
  await page.getByLabel('Filter by verdict').selectOption('disputed');
  await expect(count).toHaveText(
    `${disputed + (after === 'disputed' ? 1 : before === 'disputed' ? -1 : 0)} of 10000 claims shown`,
  );
});
