import { test, openApp, dragSelect, markClaim } from './fixtures';
test('shot', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await page.screenshot({ path: '/tmp/shot1.png' });
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.screenshot({ path: '/tmp/shot2.png' });
});
