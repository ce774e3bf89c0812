import { recordTrust } from './trust';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dragSelect, expect, markClaim, openApp, openArticle, claimRows, test } from './fixtures';
import { startPreview } from './preview-server';

test('after one online visit, works with the network and the server gone: deep link, read, mark, reload', async ({
  browser,
}) => {
  const server = await startPreview(4174);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await openApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first load installed the worker; from the next load on it serves the app.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await server.stop();
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

    await page.goto('/#/article/003_1689a2795c3fa6a7');
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal',
      }),
    ).toBeVisible();
    await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
    await dragSelect(
      page,
      'It failed to put a military spy satellite into orbit in recent months, experts said.',
    );
    await markClaim(page, { category: 'Satellite help', verdict: 'Unverified' });
    // Suggestions come from the evidence worker, itself served by the service worker.
    const suggestions = page
      .getByRole('complementary', { name: 'Evidence' })
      .getByRole('list', { name: 'Suggested evidence' })
      .getByRole('listitem');
    await expect(suggestions.filter({ hasText: 'spy satellite into orbit' }).first()).toBeVisible();
    // Matching by meaning too: the word vectors were precached with the app ("fears" ~ "concern").
    await openArticle(page, 'North Korean leader Kim Jong-un on Wednesday called strengthening ties between');
    await dragSelect(page, 'Washington fears that Russia will obtain weapons for its military operations');
    await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
    await expect(suggestions.first().locator('.evidence-text')).toContainText(
      'officials have expressed concern that Kim could provide weapons',
    );
    await page.reload();
    await expect(claimRows(page)).toHaveCount(2);
    await expect(claimRows(page).filter({ hasText: 'military spy satellite' })).toHaveCount(1);
    // Exporting loads its code on demand: the service worker has it too.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByText('offline error', { exact: false })).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('ships a web app manifest and a strict Content-Security-Policy', async ({ page, request }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  expect(await page.locator('script:not([src])').count()).toBe(0);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Corroborate'), theme_color: '#1e293b' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});

test('a new deploy is offered with a prompt, never forced; Reload takes it', async ({
  browser,
}, testInfo) => {
  // Serve a copy of the build, so the test can "deploy" a new version of it.
  const dir = testInfo.outputPath('deploy');
  await cp('dist', dir, { recursive: true });
  const server = await startPreview(4175, dir);
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await openApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
    await page.getByRole('button', { name: 'Mark as claim' }).click();
    await page.getByRole('dialog', { name: 'Claim' }).getByLabel('Note').fill('half-typed note');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    const sw = `${dir}/sw.js`;
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// deploy 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('alert').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing reloaded by itself: the page, and the note being typed, are still there.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    const dialog = page.getByRole('dialog', { name: 'Claim' });
    await expect(dialog.getByLabel('Note')).toHaveValue('half-typed note');
    recordTrust('update', { keptText: true });
    await dialog.getByRole('button', { name: 'Save claim' }).click();
    await expect(dialog).toBeHidden();

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { marker?: number }).marker).catch(() => 'reloading'),
      )
      .toBeUndefined();
    await expect(claimRows(page)).toHaveCount(1);
  } finally {
    await context.close();
    await server.stop();
  }
});

test('a stale chunk after a deploy (vite:preloadError) reloads the page once, not in a loop', async ({
  page,
}) => {
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  // The first failure reloads.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.dispatchEvent(new Event('vite:preloadError', { cancelable: true }))),
  ]);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await openApp(page);
  // A second failure soon after does not: the page stays, and the error is left to show.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 2));
  const prevented = await page.evaluate(() => {
    const e = new Event('vite:preloadError', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  await page.waitForTimeout(500);
  expect(prevented).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(2);
});
