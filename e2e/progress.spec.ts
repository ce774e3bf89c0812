/**
 * Long jobs run off the main thread with a progress bar that says what they are doing: a Web
 * Annotation import of a generated dossier's claims (another tool's file: every quote found by its
 * text) shows its phases and counts, can be cancelled while it only reads (nothing stored changes),
 * and, run to the end, stores what the file holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeBackup } from '../src/domain/exchange/backup';
import { toWebAnnotations } from '../src/domain/exchange/web-annotation';
import { generateDossier } from '../src/testing/dossier-generator';
import { expect, openApp, storedRecords, test, type Page } from './fixtures';
import { databaseDigest } from './trust';

const { data } = generateDossier({ articles: 200, claims: 40_000, seed: 5 });
const dir = mkdtempSync(join(tmpdir(), 'corroborate-progress-'));
const articlesFile = join(dir, 'articles.json');
writeFileSync(articlesFile, serializeBackup({ ...data, claims: [], links: [], dismissals: [] }));
const annotationsFile = join(dir, 'annotations.jsonld');
writeFileSync(
  annotationsFile,
  JSON.stringify(
    toWebAnnotations(
      data.claims,
      data.links.slice(0, 5_000),
      new Map(data.articles.map((a) => [a.id, a])),
      new Map(data.categories.map((c) => [c.id, c])),
    ),
  ).replace(/"source":"(urn:sha256:|https?:)[^"]*"/g, '"source":"https://elsewhere.example/page"'),
);

async function withArticles(page: Page) {
  await openApp(page);
  await page.getByLabel('Restore').setInputFiles(articlesFile);
  const dialog = page.getByRole('dialog', { name: 'Backup file' });
  await dialog.getByRole('button', { name: 'Replace workbench' }).click({ timeout: 60_000 });
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.locator('.table-count')).toHaveText('0 claims', { timeout: 30_000 });
}

test('a big annotation import shows what it does and how far, and Cancel leaves everything as it was', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await withArticles(page);
  const before = await databaseDigest(page);

  await page.getByLabel('Import Web Annotations').setInputFiles(annotationsFile);
  const progress = page.getByRole('group', { name: 'Progress' });
  await expect(progress.getByRole('progressbar', { name: 'Importing Web Annotations' })).toBeVisible();
  await expect(progress.getByRole('status')).toContainText(
    /Placing annotations in the articles \([\d,]+ of 45,000\)/,
    {
      timeout: 60_000,
    },
  );
  // The page answers while the worker works: the article list still opens an article.
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link').nth(3).click();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cancelled: nothing was changed.')).toBeVisible();
  await expect(progress).toBeHidden();
  expect(await databaseDigest(page)).toBe(before);
});

test('run to the end, the import stores every claim and link the file holds', async ({ page }) => {
  test.setTimeout(180_000);
  await withArticles(page);
  await page.getByLabel('Import Web Annotations').setInputFiles(annotationsFile);
  await expect(page.getByRole('progressbar', { name: 'Importing Web Annotations' })).toBeVisible();
  const toast = page.getByText(/^Imported [\d]+ claims and [\d]+ evidence links/);
  await expect(toast).toBeVisible({ timeout: 120_000 });
  // Read at once: a notice goes after a while, and reading 40,000 records back takes some.
  const message = (await toast.textContent()) ?? '';
  await expect(page.getByRole('group', { name: 'Progress' })).toBeHidden();
  const claims = await storedRecords(page, 'claims');
  const links = await storedRecords(page, 'links');
  // Every stored claim is a generated claim's span, with the verdict of the first annotation on it
  // (later ones on the same span are skipped as already present).
  const [, n, k] = /^Imported (\d+) claims and (\d+) evidence links/.exec(message)!;
  expect(claims).toHaveLength(Number(n));
  expect(links).toHaveLength(Number(k));
  const first = new Map<string, string>();
  for (const c of data.claims) {
    const key = `${c.articleId}|${c.selector.position.start}|${c.selector.position.end}`;
    if (!first.has(key)) first.set(key, c.verdict);
  }
  for (const c of claims) {
    const p = (c.selector as { position: { start: number; end: number } }).position;
    expect(c.verdict).toBe(first.get(`${String(c.articleId)}|${p.start}|${p.end}`));
  }
  // Reprinted sentences are placed by their context and position: nearly every distinct span is.
  expect(claims.length).toBeGreaterThan(first.size * 0.9);
  await expect(page.locator('.table-count')).toHaveText(`${claims.length} claims`, { timeout: 30_000 });
});
