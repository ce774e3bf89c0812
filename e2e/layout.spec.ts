/**
 * Room to work at any window size: from 1024×640 up nothing is cut off, notices float without pushing
 * the text or the table and cover none of its controls,
 * the article list and the Claims table are resized by mouse or keyboard and the sizes are remembered,
 * the list can be hidden and shown again.
 */
import type { Locator, Page } from '@playwright/test';
import { claimRows, dragSelect, expect, markClaim, openApp, test } from './fixtures';

async function inside(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height + 0.5);
}

for (const [width, height] of [
  [1024, 640],
  [1280, 720],
] as const)
  test(`at ${width}×${height} every control is on screen and a notice covers nothing`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
    await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
    const toast = page.locator('.toast');
    await expect(toast).toBeVisible();
    for (const name of [
      'More actions',
      'Share dossier',
      'Export CSV',
      'Corroboration matrix',
      'Overview',
      'Undo',
    ])
      await inside(page, page.getByRole('button', { name, exact: true }));
    // The notice floats: the table still reaches the window's foot (nothing pushed up), and the
    // notice covers none of the controls (each is what a click at its centre meets).
    const table = (await page.locator('.claims-panel').boundingBox())!;
    expect(table.y + table.height).toBeGreaterThanOrEqual(height - 1);
    for (const name of ['Export CSV', 'Table options', 'More actions', 'Mark as claim'])
      expect(
        await page.getByRole('button', { name, exact: true }).evaluate((b) => {
          const r = b.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit === b || b.contains(hit);
        }),
        name,
      ).toBe(true);
    await claimRows(page).first().getByRole('button').first().click();
    await page.getByRole('button', { name: 'Edit claim' }).click();
    // The editor scrolls with the evidence panel: its Save button can be brought on screen.
    const save = page.getByRole('button', { name: 'Save claim' });
    await save.scrollIntoViewIfNeeded();
    await inside(page, save);
  });

test('the Claims table and the article list resize by keyboard and mouse, remembered; the list hides', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const rows = page.getByRole('separator', { name: 'Resize the Claims table' });
  const panel = page.locator('.claims-panel');
  const before = (await panel.boundingBox())!.height;
  await rows.focus();
  await rows.press('ArrowUp');
  await rows.press('Shift+ArrowUp');
  await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(before + 100);
  const grown = Number(await rows.getAttribute('aria-valuenow'));
  expect(grown).toBeGreaterThan(before + 100);

  const list = page.getByRole('separator', { name: 'Resize the article list' });
  const nav = page.getByRole('navigation', { name: 'Articles' });
  const navWidth = (await nav.boundingBox())!.width;
  const handle = (await list.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x + 80, handle.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await nav.boundingBox())!.width).toBeGreaterThan(navWidth + 60);

  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize the Claims table' })).toHaveAttribute(
    'aria-valuenow',
    String(grown),
  );
  expect((await nav.boundingBox())!.width).toBeGreaterThan(navWidth + 60);

  await page.getByRole('button', { name: 'Hide the article list' }).click();
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Show the article list' }).click();
  await expect(nav.getByRole('link')).toHaveCount(5);
});

test('at 200% zoom (640×360 CSS pixels) the panels stack, nothing spills sideways, and a claim can be marked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openApp(page);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect(claimRows(page)).toHaveCount(1);
  expect(await sideways()).toBeLessThanOrEqual(0);
  // The claim's evidence arrives meanwhile and lengthens the page above the table: scrolled to
  // again until the layout holds still.
  for (const name of ['Export CSV', 'Overview', 'More actions']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(async () => {
      await button.scrollIntoViewIfNeeded();
      await inside(page, button);
    }).toPass();
  }
});

test('the evidence panel resizes from its edge and keeps its width after a reload', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  const panel = page.locator('aside.evidence');
  await expect(panel).toBeVisible();
  const before = (await panel.boundingBox())!.width;
  const edge = page.getByRole('separator', { name: 'Resize the evidence panel' });
  await edge.focus();
  await edge.press('Shift+ArrowLeft');
  await expect.poll(async () => (await panel.boundingBox())!.width).toBeGreaterThan(before + 60);
  const wider = Number(await edge.getAttribute('aria-valuenow'));
  await page.reload();
  await claimRows(page).first().getByRole('button').first().click();
  await expect(page.getByRole('separator', { name: 'Resize the evidence panel' })).toHaveAttribute(
    'aria-valuenow',
    String(wider),
  );
});
