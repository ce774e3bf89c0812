/**
 * Browser-side figures on a big dossier, in headless Chromium against the built app (`npm run build`
 * first; `npm run bench` does). Measures (1) how grouping records decides IndexedDB write speed and
 * (2) the app itself with 1,000 articles and 100,000 claims: restoring them and opening the
 * workbench (articles listed, Claims table drawn). Prints medians; no pass/fail.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startPreview } from '../e2e/preview-server';
import { serializeBackup } from '../src/domain/exchange/backup';
import { generateDossier } from '../src/testing/dossier-generator';

const PORT = 4180;
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The benchmark's big dossier: the deterministic generator's (`npm run dossier`), seed 1. */
async function bigBackup(articles: number, claims: number): Promise<string> {
  return serializeBackup(generateDossier({ articles, claims, seed: 1 }).data);
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build first: npm run build');
  const server = await startPreview(PORT);
  const base = server.url;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    console.log(
      `Corroborate browser benchmarks (headless Chromium ${browser.version()}, ${RUNS} runs, medians)\n`,
    );

    // 1. Grouping: 100,000 sentence records of ~150 characters, one row each vs 1,000 rows of 100.
    const grouping: Record<string, number[]> = { perSentence: [], perArticle: [] };
    for (let run = 0; run < RUNS; run++) {
      const ctx = await browser.newContext();
      // tsx compiles functions with a __name helper that page.evaluate does not carry over.
      await ctx.addInitScript({ content: 'window.__name = (f) => f;' });
      const page = await ctx.newPage();
      await page.goto(`${base}/manifest.webmanifest`);
      const t = await page.evaluate(async () => {
        const open = (name: string) =>
          new Promise<IDBDatabase>((resolve) => {
            const r = indexedDB.open(name, 1);
            r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'id' });
            r.onsuccess = () => resolve(r.result);
          });
        const text = 'x'.repeat(150);
        const write = async (db: IDBDatabase, rows: object[]) => {
          const start = performance.now();
          await new Promise<void>((resolve) => {
            const tx = db.transaction('s', 'readwrite');
            for (const r of rows) tx.objectStore('s').put(r);
            tx.oncomplete = () => resolve();
          });
          return performance.now() - start;
        };
        const single = Array.from({ length: 100_000 }, (_, i) => ({
          id: `s${i}`,
          start: i,
          end: i + 150,
          text,
        }));
        const grouped = Array.from({ length: 1_000 }, (_, a) => ({
          id: `a${a}`,
          sentences: Array.from({ length: 100 }, (_, i) => ({ start: i, end: i + 150, text })),
        }));
        return {
          perSentence: await write(await open('one'), single),
          perArticle: await write(await open('grouped'), grouped),
        };
      });
      grouping.perSentence!.push(t.perSentence);
      grouping.perArticle!.push(t.perArticle);
      await ctx.close();
    }
    const ps = median(grouping.perSentence!);
    const pa = median(grouping.perArticle!);
    console.log('IndexedDB write of 100,000 sentence records (one transaction)');
    console.log(`  one row per sentence          ${fmt(ps)}`);
    console.log(`  one row per article (1,000)   ${fmt(pa)}   → ${(ps / pa).toFixed(0)}× faster\n`);

    // 2. The app with 1,000 articles and 100,000 claims.
    const file = join(mkdtempSync(join(tmpdir(), 'corroborate-bench-')), 'big-backup.json');
    const t0 = performance.now();
    writeFileSync(file, await bigBackup(1_000, 100_000));
    console.log(`Built a backup of 1,000 articles and 100,000 claims in ${fmt(performance.now() - t0)}`);
    const restore: number[] = [];
    const reopen: number[] = [];
    const inline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      const page = await ctx.newPage();
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Articles' }).getByRole('link').first().waitFor();
      let t = performance.now();
      await page.getByLabel('Restore').setInputFiles(file);
      await page
        .getByRole('dialog', { name: 'Backup file' })
        .getByRole('button', { name: 'Replace workbench' })
        .click({ timeout: 300_000 });
      await page.getByText('100000 claims', { exact: true }).waitFor({ timeout: 300_000 });
      restore.push(performance.now() - t);
      t = performance.now();
      await page.reload();
      await page.getByText('100000 claims', { exact: true }).waitFor({ timeout: 300_000 });
      await page.getByRole('table', { name: 'Claims' }).locator('tbody tr').first().waitFor();
      reopen.push(performance.now() - t);
      // An inline verdict change, from the select to the table showing it (a 100,000-claim live query).
      const row = page.getByRole('table', { name: 'Claims' }).locator('tbody tr').first();
      const select = row.getByRole('combobox');
      const next = (await select.inputValue()) === 'confirmed' ? 'disputed' : 'confirmed';
      t = performance.now();
      await select.selectOption(next);
      await page.getByLabel('Filter by verdict').selectOption(next);
      await page.getByRole('table', { name: 'Claims' }).locator('tbody tr').first().waitFor();
      await page.waitForFunction(
        (v) =>
          [...document.querySelectorAll('tbody select')].some((s) => (s as HTMLSelectElement).value === v),
        next,
      );
      inline.push(performance.now() - t);
      await ctx.close();
    }
    console.log('The app with 1,000 articles and 100,000 claims');
    console.log(`  restore (check + one transaction + table drawn)   ${fmt(median(restore))}`);
    console.log(`  reload until the Claims table is drawn            ${fmt(median(reopen))}`);
    console.log(`  inline verdict change, then filter by it          ${fmt(median(inline))}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

void main();
