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
    await page.reload();
    await expect(claimRows(page)).toHaveCount(1);
    await expect(claimRows(page).first()).toContainText('military spy satellite');
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
