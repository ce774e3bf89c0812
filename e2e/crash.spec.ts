import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { expect, openApp, test } from './fixtures';

const IMPORTED = 60;

function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { baseURL, ...chromiumLaunchOptions });
}

async function counts(context: BrowserContext): Promise<{ articles: number; texts: number }> {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('document', { name: 'Article text' })).toBeVisible();
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('corroborate');
        req.onsuccess = () => {
          const tx = req.result.transaction(['articles', 'texts']);
          const a = tx.objectStore('articles').count();
          const t = tx.objectStore('texts').count();
          tx.oncomplete = () => resolve({ articles: a.result, texts: t.result });
        };
      }),
  );
}

test('killing the browser in the middle of a large import leaves the workbench as before or after, never between', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-crash-'));
  try {
    let context = await launch(profile, baseURL!);
    expect(await counts(context)).toEqual({ articles: 5, texts: 5 });
    await context.close();

    context = await launch(profile, baseURL!);
    const page = await context.newPage();
    await openApp(page);
    const files = Array.from({ length: IMPORTED }, (_, i) => ({
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
    await page.getByLabel('Import articles').setInputFiles(files);
    const save = page
      .getByRole('dialog', { name: 'New articles' })
      .getByRole('button', { name: `Save ${IMPORTED} articles` });
    await expect(save).toBeEnabled({ timeout: 30_000 });
    await save.click();
    // Kill every process of this browser profile: a crash, not a close.
    try {
      execFileSync('pkill', ['-9', '-f', profile]);
    } catch {
      // pkill exits 1 when nothing matched
    }
    await context.close().catch(() => undefined);

    context = await launch(profile, baseURL!);
    const after = await counts(context);
    await context.close();
    test.info().annotations.push({
      type: 'state after the crash',
      description: after.articles === 5 ? 'before' : 'after',
    });
    expect([5, 5 + IMPORTED]).toContain(after.articles);
    expect(after.texts).toBe(after.articles);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
