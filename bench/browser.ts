/**
 * The big-dossier figures, in headless Chromium against the built app (`npm run build` first; `npm run
 * bench` does). Every figure is the median of RUNS runs, each with its anchor measured in the same run
 * (a fresh browser context per run), and the ratio; the table ends with the targets of the issue "Big
 * dossiers". Times are taken from Playwright (they include its few milliseconds of round trip);
 * "longest task" is the longest main-thread task Chromium reported (Long Tasks API) meanwhile.
 * Figures only: nothing here passes or fails.
 */
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startPreview } from '../e2e/preview-server';
import { serializeBackup, type BackupData } from '../src/domain/exchange/backup';
import { toWebAnnotations } from '../src/domain/exchange/web-annotation';
import { generateDossier } from '../src/testing/dossier-generator';

const PORT = 4180;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * Which parts to run (BENCH_PARTS=1,3), all by default: 1 the big dossier, 2 article import, 3
 * annotation import, 4 a dense article, 5 reading for meaning (the five articles, then the big dossier).
 */
const PARTS = new Set((process.env.BENCH_PARTS ?? '1,2,3,4,5').split(',').map(Number));
/** How long part 5 watches the big dossier being read for meaning. */
const READING_WATCH_MS = 30_000;
const ARTICLES = 1_000;
const CLAIMS = 100_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Figure {
  name: string;
  unit: 'ms' | 'MB' | 'KB' | 'min' | 'per s';
  runs: number[];
  anchor?: { name: string; runs: number[] };
  target: string;
  /** Whether the median meets the target. */
  meets?: (value: number) => boolean;
}
const figures: Figure[] = [];
function figure(f: Omit<Figure, 'runs'> & { runs?: number[] }): Figure {
  const existing = figures.find((x) => x.name === f.name);
  if (existing) return existing;
  const made = { runs: [], ...f };
  figures.push(made);
  return made;
}

const LONG_TASKS = `
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  window.__name = (f) => f;
`;
async function resetTasks(page: Page) {
  await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks = []));
}
async function longestTask(page: Page): Promise<number> {
  // Let the observer deliver what it has seen.
  await page.waitForTimeout(100);
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks));
}

/** The anchor: the same records put into a bare IndexedDB database, one `put` per row, one transaction. */
async function rawPut(page: Page, file: string, tables: readonly string[]): Promise<number> {
  const input = await page.evaluateHandle(() => {
    const i = document.createElement('input');
    i.type = 'file';
    i.id = 'bench-anchor';
    document.body.append(i);
    return i;
  });
  await input.asElement()!.setInputFiles(file);
  const ms = await page.evaluate(async (names) => {
    const i = document.getElementById('bench-anchor') as HTMLInputElement;
    const data = (JSON.parse(await i.files![0]!.text()) as { data: Record<string, object[]> }).data;
    i.remove();
    const name = `anchor-${Math.random()}`;
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(name, 1);
      r.onupgradeneeded = () => {
        for (const t of names) r.result.createObjectStore(t, { autoIncrement: true });
      };
      r.onsuccess = () => resolve(r.result);
    });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const t of names) for (const row of data[t] ?? []) tx.objectStore(t).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    const ms = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return ms;
  }, tables as string[]);
  return ms;
}

const table = (page: Page) => page.getByRole('table', { name: 'Claims' });
const count = (page: Page) => page.locator('.table-count');

async function open(browser: Browser, base: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  await ctx.addInitScript({ content: LONG_TASKS });
  // BENCH_MEANING=off: the figures without reading for meaning in the background, to compare.
  if (process.env.BENCH_MEANING === 'off')
    await ctx.addInitScript(() => localStorage.setItem('corroborate.readForMeaning', 'off'));
  const page = await ctx.newPage();
  await page.goto(base);
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link').first().waitFor();
  return page;
}

/**
 * Waits until an element matching `selector` (enabled, for a control) has text matching `pattern`,
 * watched every frame in the page, as the interactive figures are: a locator's retries back off to
 * one look every 500 ms, which would add up to half a second to each timed wait.
 */
async function seen(page: Page, selector: string, pattern: RegExp, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    ([sel, source, flags]) => {
      const re = new RegExp(source, flags);
      return [...document.querySelectorAll(sel)].some(
        (e) => re.test(e.textContent ?? '') && !(e as HTMLButtonElement).disabled,
      );
    },
    [selector, pattern.source, pattern.flags] as const,
    { polling: 'raf', timeout },
  );
}

async function restore(page: Page, file: string, claims: number) {
  await page.getByLabel('Restore').setInputFiles(file);
  await seen(page, 'dialog button', /^Replace workbench$/);
  await page
    .getByRole('dialog', { name: 'Backup file' })
    .getByRole('button', { name: 'Replace workbench' })
    .click();
  await seen(page, '.table-count', new RegExp(`^${claims} claims$`));
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1048576;
}

/**
 * The resident memory of the renderer processes (the page and all its workers: the claims, the
 * evidence index), from /proc; the JS heap of the page alone leaves out what the workers hold.
 */
async function rendererMB(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await cdp.detach();
  let kb = 0;
  for (const p of processInfo.filter((x) => x.type === 'renderer')) {
    const status = readFileSync(`/proc/${p.id}/status`, 'utf8');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-bench-')), name);
  writeFileSync(file, content);
  return file;
}

/** The JavaScript the first load fetches (the entry and what it preloads), gzipped. */
function initialJsKB(): number {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((n, f) => n + gzipSync(readFileSync(join('dist', f))).length, 0) / 1024;
}

async function main() {
  if (!existsSync('dist/index.html')) throw new Error('Build first: npm run build');
  const t0 = performance.now();
  const big = generateDossier({ articles: ARTICLES, claims: CLAIMS, seed: 1 });
  const bigFile = writeTemp('big-backup.json', serializeBackup(big.data));
  // The articles alone (for the annotation import), and the claims as another tool's annotations:
  // the targets' sources are addresses the app does not know, so every quote is found by its text.
  const articlesOnly: BackupData = { ...big.data, claims: [], links: [], dismissals: [] };
  const articlesFile = writeTemp('articles-backup.json', serializeBackup(articlesOnly));
  const articleMap = new Map(big.data.articles.map((a) => [a.id, a]));
  const someLinks = big.data.links.slice(0, 20_000);
  const annotations = toWebAnnotations(
    big.data.claims,
    someLinks,
    articleMap,
    new Map(big.data.categories.map((c) => [c.id, c])),
  );
  const foreign = JSON.stringify(annotations).replace(
    /"source":"(urn:sha256:|https?:)[^"]*"/g,
    '"source":"https://elsewhere.example/page"',
  );
  const annotationsFile = writeTemp('annotations.jsonld', foreign);
  const claimsAnchorFile = writeTemp(
    'claims-anchor.json',
    JSON.stringify({ data: { claims: big.data.claims, links: someLinks } }),
  );
  // Article files on disk: given by path, Chromium reads them itself (as from a file picker); given as
  // buffers, Playwright would build them in the page's JavaScript and time its own work.
  const articleDir = mkdtempSync(join(tmpdir(), 'corroborate-bench-articles-'));
  const articleFiles = big.files.map((f) => {
    const path = join(articleDir, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  // An article with 1,000 highlighted claims, and the same article with none.
  const dense = generateDossier({ articles: 10, claims: 10_000, seed: 2 }).data;
  const byArticle = new Map<string, number>();
  for (const c of dense.claims) byArticle.set(c.articleId, (byArticle.get(c.articleId) ?? 0) + 1);
  const [denseId, denseCount] = [...byArticle].sort((a, b) => b[1] - a[1])[0]!;
  const denseFile = writeTemp('dense.json', serializeBackup(dense));
  const bareFile = writeTemp(
    'bare.json',
    serializeBackup({
      ...dense,
      claims: dense.claims.filter((c) => c.articleId !== denseId),
      links: dense.links.filter((l) => dense.claims.find((c) => c.id === l.claimId)?.articleId !== denseId),
      dismissals: [],
    }),
  );
  const denseHeadline = dense.articles.find((a) => a.id === denseId)!.headline;
  console.log(
    `Built the dossiers in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${ARTICLES} articles, ${CLAIMS} claims, ${big.data.links.length} links (backup ${(readFileSync(bigFile).length / 1048576).toFixed(0)} MB; annotation file ${(foreign.length / 1048576).toFixed(0)} MB, 20,000 links); an article with ${denseCount} claims`,
  );

  const server = await startPreview(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (let run = 0; run < RUNS; run++) {
      process.stdout.write(`run ${run + 1} of ${RUNS}… `);
      // 1. Restore, reopen, edits, exports, heap: the big dossier.
      if (PARTS.has(1)) {
        const page = await open(browser, base(server));
        const anchor = await rawPut(page, bigFile, [
          'articles',
          'texts',
          'claims',
          'links',
          'dismissals',
          'categories',
          'settings',
        ]);
        await resetTasks(page);
        let t = performance.now();
        await restore(page, bigFile, CLAIMS);
        const restoreMs = performance.now() - t;
        const f = figure({
          name: 'restore the 1,000-article / 100,000-claim backup',
          unit: 'ms',
          target: '≤ 5 s',
          meets: (v) => v <= 5000,
          anchor: { name: 'raw IndexedDB put, one per row', runs: [] },
        });
        f.runs.push(restoreMs);
        f.anchor!.runs.push(anchor);
        figure({
          name: 'longest task during restore',
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
        }).runs.push(await longestTask(page));

        t = performance.now();
        await page.reload();
        await seen(page, '.claims-table tbody tr:not(.placeholder-row)', /./, 120_000);
        figure({
          name: 'reopen the app until table rows show',
          unit: 'ms',
          target: '≤ 1.5 s',
          meets: (v) => v <= 1500,
          anchor: { name: 'the five-article workbench', runs: [] },
        }).runs.push(performance.now() - t);
        await count(page).waitFor();
        await page.waitForTimeout(1500); // the workers settle after opening

        // Inline verdict change with the verdict filter on: until the row leaves and the count follows.
        await page.getByLabel('Filter by verdict').selectOption('disputed');
        await page.getByText(/of 100000 claims shown/).waitFor();
        const before = await count(page).textContent();
        const firstRow = table(page).locator('tbody tr:not(.placeholder-row)').first();
        const firstText = await firstRow.locator('td').first().textContent();
        await resetTasks(page);
        t = performance.now();
        await firstRow.getByRole('combobox').selectOption('confirmed');
        await page.waitForFunction(
          ([b, text]) =>
            document.querySelector('.table-count')?.textContent !== b &&
            document.querySelector('.claims-table tbody tr td')?.textContent !== text,
          [before, firstText] as const,
          { polling: 'raf' },
        );
        figure({
          name: 'inline verdict change until the rows are updated',
          unit: 'ms',
          target: '≤ 100 ms',
          meets: (v) => v <= 100,
        }).runs.push(performance.now() - t);
        const inlineTask = await longestTask(page);
        await page.getByLabel('Filter by verdict').selectOption('');
        await page.getByText('100000 claims', { exact: true }).waitFor();

        // A keystroke in the filter box, until the count changes.
        const search = page.getByRole('searchbox', { name: 'Search claims' });
        await search.click();
        await resetTasks(page);
        t = performance.now();
        await page.keyboard.type('k');
        // Watched every frame, as the other interactive figures are (a locator's retries would add
        // their own back-off to the figure).
        await page.waitForFunction(
          () => /of 100000 claims shown/.test(document.querySelector('.table-count')?.textContent ?? ''),
          undefined,
          { polling: 'raf' },
        );
        figure({
          name: 'keystroke in the filter box until the rows are updated',
          unit: 'ms',
          target: '≤ 100 ms',
          meets: (v) => v <= 100,
        }).runs.push(performance.now() - t);
        figure({
          name: 'longest task while editing and typing',
          unit: 'ms',
          target: '≤ 50 ms',
          meets: (v) => v <= 50,
        }).runs.push(Math.max(inlineTask, await longestTask(page)));
        await search.fill('');
        await page.getByText('100000 claims', { exact: true }).waitFor();

        // Sort by claim text: until the first row changes.
        const top = await table(page).locator('tbody tr td').first().textContent();
        t = performance.now();
        await page.getByRole('columnheader', { name: 'Claim' }).getByRole('button').click();
        await page.waitForFunction(
          (x) => document.querySelector('.claims-table tbody tr td')?.textContent !== x,
          top,
          { polling: 'raf' },
        );
        figure({
          name: 'sort until the rows are updated',
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
        }).runs.push(performance.now() - t);

        figure({
          name: 'JS heap of the page with the dossier open',
          unit: 'MB',
          target: '≤ 300 MB',
          meets: (v) => v <= 300,
        }).runs.push(await heapMB(page));

        figure({
          name: 'memory of the renderer (page and workers, RSS)',
          unit: 'MB',
          target: '(page heap ≤ 300 MB)',
        }).runs.push(await rendererMB(browser));

        // Exports: CSV of every claim, and a backup, until the download is offered.
        await page.getByLabel('Rows to export').selectOption('all');
        t = performance.now();
        const csv = page.waitForEvent('download', { timeout: 120_000 });
        await page.getByRole('button', { name: 'Export CSV' }).click();
        await csv;
        figure({
          name: 'CSV export of 100,000 claims',
          unit: 'ms',
          target: '≤ 2 s',
          meets: (v) => v <= 2000,
        }).runs.push(performance.now() - t);
        t = performance.now();
        const backup = page.waitForEvent('download', { timeout: 120_000 });
        await page.getByRole('button', { name: 'Backup' }).click();
        await backup;
        figure({
          name: 'backup of the dossier',
          unit: 'ms',
          target: '≤ 3 s',
          meets: (v) => v <= 3000,
        }).runs.push(performance.now() - t);
        await page.context().close();
      }
      // The reopen anchor: the five-article workbench.
      if (PARTS.has(1)) {
        const page = await open(browser, base(server));
        const t = performance.now();
        await page.reload();
        await seen(page, 'nav[aria-label=Articles] a', /./);
        await seen(page, '.table-count', /claims/);
        figure({ name: 'reopen the app until table rows show', unit: 'ms', target: '' }).anchor!.runs.push(
          performance.now() - t,
        );
        await page.context().close();
      }
      // 2. Import 1,000 article files.
      if (PARTS.has(2)) {
        const page = await open(browser, base(server));
        const anchor = await rawPut(page, articlesFile, ['articles', 'texts']);
        await resetTasks(page);
        const t = performance.now();
        await page.getByLabel('Import articles').setInputFiles(articleFiles);
        await seen(page, 'dialog button', new RegExp(`^Save ${ARTICLES} articles$`));
        await page.getByRole('button', { name: `Save ${ARTICLES} articles` }).click();
        await seen(page, '.toaster', new RegExp(`Imported ${ARTICLES} articles`));
        const f = figure({
          name: 'import 1,000 article files',
          unit: 'ms',
          target: '≤ 3 s',
          meets: (v) => v <= 3000,
          anchor: { name: 'raw IndexedDB put, one per row', runs: [] },
        });
        f.runs.push(performance.now() - t);
        f.anchor!.runs.push(anchor);
        figure({
          name: 'longest task during article import',
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
        }).runs.push(await longestTask(page));
        await page.context().close();
      }
      // 3. Import 100,000 claims and 20,000 links as another tool's Web Annotations.
      if (PARTS.has(3)) {
        const page = await open(browser, base(server));
        await restore(page, articlesFile, 0);
        const anchor = await rawPut(page, claimsAnchorFile, ['claims', 'links']);
        await resetTasks(page);
        const t = performance.now();
        await page.getByLabel('Import Web Annotations').setInputFiles(annotationsFile);
        await seen(page, '.toaster', /Imported \d+ claims/, 600_000);
        const f = figure({
          name: 'import 100,000 claims + 20,000 links as Web Annotations',
          unit: 'ms',
          target: '≤ 10 s',
          meets: (v) => v <= 10_000,
          anchor: { name: 'raw IndexedDB put, one per row', runs: [] },
        });
        f.runs.push(performance.now() - t);
        f.anchor!.runs.push(anchor);
        figure({
          name: 'longest task during annotation import',
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
        }).runs.push(await longestTask(page));
        await page.context().close();
      }
      // 4. Open an article with 1,000 highlighted claims, and the same article with none.
      for (const [file, n, anchor] of PARTS.has(4)
        ? ([
            [denseFile, denseCount, false],
            [bareFile, 0, true],
          ] as const)
        : []) {
        const page = await open(browser, base(server));
        await restore(page, file, n === 0 ? dense.claims.length - denseCount : dense.claims.length);
        const t = performance.now();
        await page
          .getByRole('navigation', { name: 'Articles' })
          .getByRole('link', { name: denseHeadline })
          .first()
          .click();
        await page.getByRole('heading', { level: 2, name: denseHeadline }).waitFor();
        // Every claim of the article highlighted: the distinct claim ids over all marks.
        if (n)
          await page.waitForFunction(
            (k) =>
              new Set(
                [...document.querySelectorAll('mark.claim')].flatMap((m) =>
                  (m.getAttribute('data-claims') ?? '').split(' '),
                ),
              ).size >= k,
            n,
            { polling: 'raf', timeout: 120_000 },
          );
        const ms = performance.now() - t;
        const f = figure({
          name: `open an article with ${denseCount} highlighted claims`,
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
          anchor: { name: 'the same article with none', runs: [] },
        });
        (anchor ? f.anchor!.runs : f.runs).push(ms);
        await page.context().close();
      }
      // 5. Reading for meaning: the five articles from a first visit, then the big dossier's rate.
      if (PARTS.has(5)) {
        const page = await open(browser, base(server));
        const t = performance.now();
        const readSoFar = () =>
          page.evaluate(async () => {
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              const r = indexedDB.open('corroborate');
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            });
            try {
              if (!db.objectStoreNames.contains('embeddingPacks')) return 0;
              return await new Promise<number>((resolve) => {
                let k = 0;
                const c = db.transaction('embeddingPacks').objectStore('embeddingPacks').openCursor();
                c.onsuccess = () => {
                  if (!c.result) return resolve(k);
                  k += (c.result.value as { hashes: string[] }).hashes.length;
                  c.result.continue();
                };
              });
            } finally {
              db.close();
            }
          });
        // The five articles' 127 distinct sentence texts, read from a first visit (model fetched).
        for (let waited = 0; (await readSoFar()) < 127 && waited < 180_000; waited += 100)
          await page.waitForTimeout(100);
        figure({
          name: 'read the five articles for meaning (first visit, model fetched)',
          unit: 'ms',
          target: '≤ 10 s',
          meets: (v) => v <= 10_000,
        }).runs.push(performance.now() - t);
        await restore(page, bigFile, CLAIMS);
        // Reading starts once the worker has the big dossier's index; then it is watched for a while.
        const start = await readSoFar();
        for (let waited = 0; (await readSoFar()) <= start + 24 && waited < 120_000; waited += 500)
          await page.waitForTimeout(500);
        const from = await readSoFar();
        await resetTasks(page);
        const t2 = performance.now();
        await page.waitForTimeout(READING_WATCH_MS);
        const rate = ((await readSoFar()) - from) / ((performance.now() - t2) / 1000);
        figure({
          name: 'read the big dossier for meaning (browser worker)',
          unit: 'per s',
          target: '',
        }).runs.push(rate);
        figure({
          name: 'read the 1,000-article dossier for meaning (projected from the rate)',
          unit: 'min',
          target: '(background)',
        }).runs.push(big.data.texts.reduce((n, x) => n + x.sentences.length, 0) / rate / 60);
        figure({
          name: 'longest task while reading for meaning',
          unit: 'ms',
          target: '≤ 200 ms',
          meets: (v) => v <= 200,
        }).runs.push(await longestTask(page));
        await page.context().close();
      }
      console.log('done');
    }
    figure({
      name: 'initial JavaScript, gzip',
      unit: 'KB',
      target: '≤ 200 KB',
      meets: (v) => v <= 200,
    }).runs.push(initialJsKB());
    print(browser.version());
  } finally {
    await browser.close();
    await server.stop();
  }
}

function base(server: { url: string }) {
  return server.url;
}

function show(v: number, unit: Figure['unit']): string {
  if (Number.isNaN(v)) return 'not measured';
  if (unit === 'ms') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
  if (unit === 'min') return `${v.toFixed(1)} min`;
  if (unit === 'per s') return `${v.toFixed(0)} sentences/s`;
  return `${Math.round(v)} ${unit}`;
}

function print(version: string) {
  console.log(
    `\nBig dossier (headless Chromium ${version}; medians of ${RUNS} runs; anchors in the same run)\n`,
  );
  const rows = figures.map((f) => {
    const m = median(f.runs);
    const a = f.anchor?.runs.length ? median(f.anchor.runs) : null;
    return [
      f.name,
      show(m, f.unit),
      a === null ? '' : `${show(a, f.unit)} (${f.anchor!.name})`,
      a === null ? '' : `${(m / a).toFixed(1)}×`,
      f.target,
      f.meets ? (f.meets(m) ? 'yes' : 'no') : '',
    ];
  });
  const header = ['figure', 'median', 'anchor', 'ratio', 'target', 'met'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

void main();
