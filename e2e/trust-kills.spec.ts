/**
 * Durability: the browser is killed (SIGKILL on a persistent profile) at ten points during a large
 * article import and ten during a large restore; relaunched, the database must hold exactly the state
 * before or the state after, never something between.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { expect, openApp, test } from './fixtures';
import { databaseDigest, recordTrust } from './trust';

/** Milliseconds after the click at which the browser dies: from at once to after the work is done. */
const KILL_POINTS = [0, 40, 80, 150, 250, 400, 600, 900, 1400, 2500];
const IMPORTED = 60;

function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { baseURL, ...chromiumLaunchOptions });
}

function kill(profile: string) {
  try {
    execFileSync('pkill', ['-9', '-f', profile]);
  } catch {
    // pkill exits 1 when nothing matched
  }
}

const articleFiles = Array.from({ length: IMPORTED }, (_, i) => ({
  name: `dossier-${i}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `Dossier item ${i}\n\n` +
      Array.from(
        { length: 400 },
        (_, j) => `Item ${i}, note ${j}: the shipment was reported by a source in Seoul.`,
      ).join('\n\n'),
  ),
}));

/** A large backup: the five articles' shapes repeated as 300 articles with 6,000 claims. */
function largeBackup(): Buffer {
  const v1 = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', 'src', 'domain', 'records', 'fixtures', 'backup-v1.json'),
      'utf8',
    ),
  ) as { data: Record<string, Array<Record<string, unknown>>> };
  const [article] = v1.data.articles!;
  const [text] = v1.data.texts!;
  const [claim] = v1.data.claims!;
  const articles = [];
  const texts = [];
  const claims = [];
  for (let i = 0; i < 300; i++) {
    const id = `a${i}`;
    articles.push({
      ...article,
      id,
      order: i,
      contentHash: i.toString(16).padStart(64, '0'),
      headline: `Article ${i}`,
    });
    texts.push({ ...text, articleId: id });
    for (let k = 0; k < 20; k++)
      claims.push({ ...claim, id: `c${i}-${k}`, articleId: id, rev: 1, note: `note ${k}` });
  }
  return Buffer.from(
    JSON.stringify({
      format: 'corroborate-backup',
      version: 2,
      data: { ...v1.data, articles, texts, claims, links: [], dismissals: [] },
    }),
  );
}

/** Starts the work whose interruption is tested, up to the click that writes. */
async function startImport(page: Page) {
  await page.getByLabel('Import articles').setInputFiles(articleFiles);
  const save = page
    .getByRole('dialog', { name: 'New articles' })
    .getByRole('button', { name: `Save ${IMPORTED} articles` });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  return () => save.click();
}
async function startRestore(page: Page) {
  await page
    .getByLabel('Restore')
    .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: largeBackup() });
  const replace = page
    .getByRole('dialog', { name: 'Backup file' })
    .getByRole('button', { name: 'Replace workbench' });
  await expect(replace).toBeEnabled({ timeout: 30_000 });
  return () => replace.click();
}

/** The content of the database after relaunching the profile (ids and times left out for imports). */
async function digestAfterRelaunch(profile: string, baseURL: string, volatile: boolean): Promise<string> {
  const context = await launch(profile, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
    return await databaseDigest(page, { volatile });
  } finally {
    await context.close();
  }
}

for (const [name, start, volatile] of [
  ['a large article import', startImport, true],
  ['a large restore', startRestore, true],
] as const) {
  test(`killing the browser at ${KILL_POINTS.length} points during ${name} leaves the state before or after, never between`, async ({
    baseURL,
  }) => {
    // Eleven browser launches, each a first visit: slow on a loaded 2-core machine.
    test.setTimeout(480_000);
    const states: Record<'before' | 'after', string> = { before: '', after: '' };
    // The two states to compare with: the fresh workbench, and the work run to its end.
    {
      const profile = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
      try {
        const context = await launch(profile, baseURL!);
        const page = await context.newPage();
        await openApp(page);
        states.before = await databaseDigest(page, { volatile });
        const click = await start(page);
        await click();
        await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 60_000 });
        await context.close();
        states.after = await digestAfterRelaunch(profile, baseURL!, volatile);
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
    expect(states.after).not.toBe(states.before);
    const seen: string[] = [];
    for (const ms of KILL_POINTS) {
      const profile = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
      try {
        const context = await launch(profile, baseURL!);
        const page = await context.newPage();
        await openApp(page);
        const click = await start(page);
        await click();
        if (ms) await page.waitForTimeout(ms);
        kill(profile);
        await context.close().catch(() => undefined);
        const digest = await digestAfterRelaunch(profile, baseURL!, volatile);
        const state = digest === states.before ? 'before' : digest === states.after ? 'after' : 'between';
        seen.push(`${ms} ms: ${state}`);
        recordTrust('kills', { work: name, ms, state });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    }
    test.info().annotations.push({ type: 'states after the kills', description: seen.join(', ') });
    expect(seen.filter((s) => s.endsWith('between'))).toEqual([]);
  });
}
