import AxeBuilder from '@axe-core/playwright';
import {
  dragSelect,
  expect,
  linkSuggestion,
  markClaim,
  menuAction,
  openApp,
  test,
  type Page,
} from './fixtures';

/** Serious or critical axe violations on the page as it stands, with where they are. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('axe finds no serious or critical violation in the reader, editor, evidence, table, matrix and dialogs', async ({
  page,
}) => {
  test.setTimeout(90_000); // a dozen full axe runs
  await openApp(page);
  expect(await violations(page), 'reader').toEqual([]);
  // A hovered article row: the outlet line must still read.
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link').nth(1).hover();
  expect(await violations(page), 'hovered article').toEqual([]);

  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  expect(await violations(page), 'claim editor').toEqual([]);
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await linkSuggestion(page, 'Russian Ministers of Defense');
  expect(await violations(page), 'evidence panel and table').toEqual([]);

  await page.getByRole('button', { name: 'Corroboration matrix' }).click();
  expect(await violations(page), 'matrix').toEqual([]);
  await page
    .getByRole('dialog', { name: 'Corroboration matrix' })
    .getByRole('button', { name: 'Close' })
    .click();

  await page.getByRole('button', { name: 'Import articles' }).click();
  expect(await violations(page), 'import').toEqual([]);
  await page.getByRole('dialog', { name: 'New articles' }).getByRole('button', { name: 'Cancel' }).click();

  await page
    .getByLabel('Restore')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('dialog', { name: 'Backup file' }).getByRole('alert')).toBeVisible();
  expect(await violations(page), 'restore error').toEqual([]);
  await page.getByRole('dialog', { name: 'Backup file' }).getByRole('button', { name: 'Close' }).click();

  await menuAction(page, 'Settings');
  expect(await violations(page), 'settings').toEqual([]);
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click();

  await menuAction(page, 'Export ClaimReview');
  const publish = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await expect(publish.getByRole('status')).toBeVisible();
  expect(await violations(page), 'ClaimReview export').toEqual([]);
  await publish.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const search = page.getByRole('dialog', { name: 'Search the dossier' });
  await search.getByRole('searchbox').fill('shoigu');
  await expect(search.getByRole('status')).toContainText('claim');
  expect(await violations(page), 'search').toEqual([]);
  await page.keyboard.press('Escape');

  await menuAction(page, 'Shortcuts');
  expect(await violations(page), 'shortcuts').toEqual([]);
  await page
    .getByRole('dialog', { name: 'Keyboard shortcuts' })
    .getByRole('button', { name: 'Close' })
    .click();

  // The claim's history, opened.
  await page
    .getByRole('complementary', { name: 'Evidence' })
    .getByText(/^History/)
    .click();
  expect(await violations(page), 'history').toEqual([]);

  await menuAction(page, 'Storage');
  expect(await violations(page), 'storage').toEqual([]);
});

test('axe finds no serious or critical violation in the dossier and sharing dialogs', async ({ page }) => {
  await openApp(page);
  await menuAction(page, 'New dossier');
  expect(await violations(page), 'new dossier').toEqual([]);
  await page.getByRole('dialog', { name: 'New dossier' }).getByRole('button', { name: 'Cancel' }).click();
  await menuAction(page, 'Manage dossier');
  await page
    .getByRole('dialog', { name: 'Manage dossier' })
    .getByRole('button', { name: 'Delete dossier…' })
    .click();
  expect(await violations(page), 'manage dossier').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Share dossier' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Share dossier' }).getByLabel('Server address'),
  ).toBeVisible();
  expect(await violations(page), 'share dossier').toEqual([]);
});

test('axe in states: a flashing claim, the undo buttons live, a focused splitter, small and zoomed windows', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Confirmed' });
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  // The flash after a jump lasts a moment: held on for the run, so its colours are what is checked.
  const mark = page.locator('mark.claim').first();
  await mark.evaluate((el) => el.classList.add('flash'));
  expect(await violations(page), 'flashing claim, undo live').toEqual([]);
  await mark.evaluate((el) => el.classList.remove('flash'));
  await page.getByRole('separator', { name: 'Resize the Claims table' }).focus();
  expect(await violations(page), 'focused splitter').toEqual([]);
  await page.setViewportSize({ width: 1024, height: 640 });
  expect(await violations(page), '1024×640').toEqual([]);
  await page.setViewportSize({ width: 640, height: 360 });
  expect(await violations(page), '200% zoom').toEqual([]);
});
