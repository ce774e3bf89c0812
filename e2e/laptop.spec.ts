import { claimRows, dragSelect, expect, markClaim, openApp, openArticle, test, type Page } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

test('on a 1366×768 laptop the claim editor keeps Save claim in view while its fields scroll', async ({
  page,
}) => {
  await openApp(page);
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Whether any deal is struck remains to be seen');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  const save = dialog.getByRole('button', { name: 'Save claim' });
  await expect(save).toBeVisible();
  // In the viewport and on top (not under the Claims table or another field), without scrolling.
  const onTop = () =>
    save.evaluate((button) => {
      const r = button.getBoundingClientRect();
      const inView =
        r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return inView && (hit === button || button.contains(hit));
    });
  expect(await onTop()).toBe(true);
  // The form is taller than its panel: the last field is out of view, yet Save stays where it was.
  const note = dialog.getByLabel('Note');
  await note.scrollIntoViewIfNeeded();
  await note.fill('Checked against the AFP wire.');
  expect(await onTop()).toBe(true);
  await save.click();
  await expect(dialog).toBeHidden();
});

/** Lines of article text wholly in view: below the sticky claim tools, above the reader's foot. */
function linesInView(page: Page) {
  return page.locator('.reader').evaluate((reader) => {
    const view = reader.getBoundingClientRect();
    const tools = reader.querySelector('.reader-toolbar')!.getBoundingClientRect();
    const top = Math.max(view.top, tools.bottom);
    const bottom = Math.min(view.bottom, window.innerHeight);
    const lines = new Set<number>();
    const text = reader.querySelector('[role="document"]')!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects())
        if (r.height > 4 && r.top >= top - 1 && r.bottom <= bottom + 1) lines.add(Math.round(r.top));
    }
    return lines.size;
  });
}

/** Rows of the Claims table wholly in view: below its sticky header, above the window's foot. */
function rowsInView(page: Page) {
  return page.locator('.claims-panel .table-scroll').evaluate((scroll) => {
    const view = scroll.getBoundingClientRect();
    const head = scroll.querySelector('thead')!.getBoundingClientRect();
    const bottom = Math.min(view.bottom, window.innerHeight);
    return [...scroll.querySelectorAll('tbody tr:not(.placeholder-row)')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.height > 0 && r.top >= head.bottom - 1 && r.bottom <= bottom + 1;
    }).length;
  });
}

const SIX = [
  'North Korean leader Kim Jong Un arrived in Russia on Tuesday',
  'Kim was seen stepping onto a red-carpeted train platform',
  'Experts say Moscow will likely seek artillery shells and antitank missiles from North Korea',
  'North Korea had large stocks of ammunition that could be used by Russia',
  'Whether any deal is struck remains to be seen',
  'The White House warned last week that North Korea would “pay a price”',
];

for (const [width, height] of [
  [1366, 768],
  [1280, 720],
] as const)
  test(`at ${width}×${height}, with a claim open, 12 lines of the article and 5 rows of the Claims table are in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
    for (const text of SIX) {
      await dragSelect(page, text);
      await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
    }
    await expect(claimRows(page)).toHaveCount(6);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    // A claim open in the evidence panel (chosen in the table), then in the claim editor.
    await claimRows(page).nth(2).getByRole('button').first().click();
    await expect(page.getByRole('complementary', { name: 'Evidence' })).toBeVisible();

    expect(await linesInView(page)).toBeGreaterThanOrEqual(12);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: 'Edit claim' }).click();
    await expect(page.getByRole('dialog', { name: 'Claim' })).toBeVisible();
    expect(await linesInView(page)).toBeGreaterThanOrEqual(12);
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(5);
    // One header row, one row of table controls.
    const rowHeight = async (selector: string) => (await page.locator(selector).boundingBox())!.height;
    expect(await rowHeight('.app-header')).toBeLessThan(50);
    expect(await rowHeight('.claims-panel .panel-bar')).toBeLessThan(50);
    await page.screenshot({ path: test.info().outputPath(`laptop-${width}x${height}.png`) });
  });

test('another article opens at its top; a jump to a claim lands below the sticky claim tools', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await openArticle(page, 'North Korea’s Kim in Russia for Putin talks as US warns on arms deal');
  await dragSelect(page, 'Whether any deal is struck remains to be seen');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  const reader = page.locator('.reader');
  await reader.evaluate((r) => r.scrollBy(0, 500));
  expect(await reader.evaluate((r) => r.scrollTop)).toBeGreaterThan(100);
  await openArticle(page, 'Kim Jong-un offers Putin ‘full support’ in Russia’s ‘sacred fight’ with west');
  await expect.poll(() => reader.evaluate((r) => r.scrollTop)).toBe(0);
  // From the table, back to the claim in the first article: it is shown below the claim tools.
  await claimRows(page).first().getByRole('button').first().click();
  const mark = page.locator('mark.claim', { hasText: 'Whether any deal' }).first();
  await expect(mark).toBeVisible();
  await expect
    .poll(async () => {
      const m = (await mark.boundingBox())!;
      const tools = (await page.locator('.reader-toolbar').boundingBox())!;
      return m.y >= tools.y + tools.height;
    })
    .toBe(true);
});
