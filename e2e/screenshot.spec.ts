import {
  claimRows,
  dragSelect,
  expect,
  linkSuggestion,
  markClaim,
  openApp,
  openArticle,
  test,
} from './fixtures';

/** Drives a short session and pictures it (the README's docs/screenshot.png with UPDATE_SCREENSHOT=1). */
test('a working session, as pictured in the README', async ({ page }, testInfo) => {
  await openApp(page);
  await dragSelect(page, 'Kim offered Putin his support for Russia’s “sacred fight” against the west');
  await markClaim(page, { category: 'Denials', verdict: 'Unverified' });
  await dragSelect(
    page,
    'Putin reportedly offered Russian help with North Korea’s troubled satellite programme.',
  );
  await markClaim(page, { category: 'Satellite help', verdict: 'Confirmed' });
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Disputed' });
  // Disputed is shown by word, icon and colour, never struck through (it does not mean "false").
  const disputed = page.locator('mark.claim[data-verdict="disputed"]').first();
  expect(await disputed.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
  await expect(disputed).toHaveAttribute('data-badge', '✗');
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(
    page,
    'But both Moscow and Pyongyang have denied North Korea has or will supply arms to Russia',
  );
  await markClaim(page, { category: 'Denials', verdict: 'Confirmed' });
  await openArticle(
    page,
    'Kim Jong-un invites Putin to North Korea after summit brings ties to ‘a new level’',
  );
  // Open the Shoigu claim's evidence and link two sentences: the second, from AFP, is no second source
  // for a Guardian story built on AFP copy.
  await page.locator('mark.claim', { hasText: 'Sergei Shoigu' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  await linkSuggestion(page, 'Russian Ministers of Defense');
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
  await linkSuggestion(page, 'Moscow sent Defence Minister');
  await expect(panel.getByRole('list', { name: 'Sources' })).toContainText('same wire as the claim (AFP)');
  await expect(panel.getByRole('status')).toHaveText('1 independent source supports, 0 contradict');
  await panel.evaluate((el) => el.scrollTo(0, 0));
  await page.locator('mark.claim').first().scrollIntoViewIfNeeded();
  await expect(claimRows(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await page.mouse.move(0, 0);
  // The README's picture is refreshed on demand (`npm run screenshot`), so a test run leaves the tree clean.
  const path = process.env.UPDATE_SCREENSHOT ? 'docs/screenshot.png' : testInfo.outputPath('screenshot.png');
  const shot = await page.screenshot({ path });
  expect(shot.byteLength).toBeGreaterThan(20_000);
});
