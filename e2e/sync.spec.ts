import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from '@playwright/test';
import {
  claimRows,
  dragSelect,
  expect,
  markClaim,
  openApp,
  storedClaims,
  storedRecords,
  test,
  type Page,
} from './fixtures';
import { startSyncServer, TOKENS, type TestSyncServer } from './sync-server';

const [arms, satellite, viewer] = TOKENS;
const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';
const SHELLS = 'artillery shells and other munitions';
const BRIEFED = 'Kim was briefed on technical details about Russian space vehicles';

let server: TestSyncServer;
test.beforeAll(async () => {
  server = await startSyncServer();
});
test.afterAll(async () => {
  await server.stop('SIGTERM');
});

/** A colleague: a browser of their own with the app open on the bundled dossier. */
async function colleague(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  return { context, page, errors };
}

async function share(page: Page, token: string, name: string, room?: string) {
  await page.getByRole('button', { name: 'Share dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share dossier' });
  await dialog.getByLabel('Server address').fill(server.url);
  await dialog.getByLabel('Access token').fill(token);
  // Named after the dossier by default; each test shares under its own name on the one server.
  await expect(dialog.getByLabel('Shared name')).toHaveValue('vostochny-summit');
  if (room) await dialog.getByLabel('Shared name').fill(room);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  return dialog;
}

function status(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Connected|Offline|Syncing)$/ });
}

/** The claims as stored, without what is each browser's own (revision, local update time). */
async function sharedClaims(page: Page) {
  return (await storedClaims(page))
    .map(({ rev: _rev, updatedAt: _updatedAt, ...rest }) => rest)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

function verdictOf(page: Page, start: string) {
  return page.getByRole('table', { name: 'Claims' }).getByLabel(new RegExp(`^Verdict of “${start}`));
}

test('two colleagues share a dossier: claims travel, both work offline, edits merge with notices', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const ana = await colleague(browser);
  const ben = await colleague(browser);

  const anaDialog = await share(ana.page, arms.token, 'Ana');
  await expect(status(ana.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect(anaDialog.getByRole('button', { name: 'Disconnect' })).toBeVisible();
  await anaDialog.getByRole('button', { name: 'Close' }).click();
  const benDialog = await share(ben.page, satellite.token, 'Ben');
  await expect(status(ben.page)).toHaveText('Connected', { timeout: 15_000 });
  await benDialog.getByRole('button', { name: 'Close' }).click();

  // Who else is here.
  await expect(ana.page.getByLabel('Also here')).toContainText('Ben');
  await expect(ben.page.getByLabel('Also here')).toContainText('Ana');
  // …and which claim they are on (once there are claims: below).

  // A claim made by one appears at the other.
  await dragSelect(ana.page, SHOIGU);
  await markClaim(ana.page, { category: 'Denials', verdict: 'Unverified' });
  await dragSelect(ana.page, SHELLS);
  await markClaim(ana.page, { category: 'Arms transfers', verdict: 'Unverified' });
  await dragSelect(ana.page, BRIEFED);
  await markClaim(ana.page, { category: 'Satellite help', verdict: 'Unverified' });
  await expect(claimRows(ben.page)).toHaveCount(3);
  await expect(claimRows(ben.page).filter({ hasText: 'Sergei Shoigu' })).toBeVisible();
  await expect.poll(() => sharedClaims(ben.page)).toEqual(await sharedClaims(ana.page));
  await ana.page.locator('mark.claim', { hasText: 'Sergei Shoigu' }).click();
  await ana.page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(ben.page.getByLabel('Also here')).toContainText('Ana · on “Russia’s defence minister');

  // The server goes away: both work offline.
  await server.stop('SIGTERM');
  await expect(status(ana.page)).toHaveText('Offline', { timeout: 15_000 });
  await expect(status(ben.page)).toHaveText('Offline', { timeout: 15_000 });
  // The same field of one claim: Ana first, Ben later (the later edit wins).
  await verdictOf(ana.page, 'Russia’s defence').selectOption({ label: 'Confirmed' });
  await expect
    .poll(async () => (await storedClaims(ana.page)).find((c) => c.verdict === 'confirmed'))
    .toBeTruthy();
  await ben.page.waitForTimeout(50);
  await verdictOf(ben.page, 'Russia’s defence').selectOption({ label: 'Disputed' });
  // Different fields of the other claim: both kept.
  await verdictOf(ana.page, 'artillery shells').selectOption({ label: 'Disputed' });
  await ben.page.locator('mark.claim', { hasText: 'artillery shells' }).click();
  const editor = ben.page.getByRole('dialog', { name: 'Claim' });
  await editor.getByLabel('Note').fill('Two officials, unnamed');
  await editor.getByRole('button', { name: 'Save claim' }).click();
  await expect(editor).toBeHidden();
  // One deletes a claim while the other edits it.
  await ana.page.locator('mark.claim', { hasText: 'briefed on technical details' }).click();
  await ana.page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimRows(ana.page)).toHaveCount(2);
  await ben.page.locator('mark.claim', { hasText: 'briefed on technical details' }).click();
  await editor.getByLabel('Note').fill('Space vehicles: confirmed by KCNA itself');
  await editor.getByRole('button', { name: 'Save claim' }).click();
  await expect(editor).toBeHidden();

  // Back online: both end equal.
  await server.start();
  await expect(status(ana.page)).toHaveText('Connected', { timeout: 20_000 });
  await expect(status(ben.page)).toHaveText('Connected', { timeout: 20_000 });
  await expect
    .poll(async () => same(await sharedClaims(ana.page), await sharedClaims(ben.page)), {
      timeout: 15_000,
    })
    .toBe(true);
  const claims = await sharedClaims(ana.page);
  const shoigu = claims.find((c) => JSON.stringify(c).includes('Sergei Shoigu'))!;
  const shells = claims.find((c) => JSON.stringify(c).includes('artillery shells'))!;
  expect(shoigu.verdict).toBe('disputed');
  expect(shells).toMatchObject({ verdict: 'disputed', note: 'Two officials, unnamed' });
  await expect(verdictOf(ana.page, 'Russia’s defence')).toHaveValue('disputed');

  // Ana, whose edit was overtaken, is told with both values; Ben is not.
  const notices = ana.page.getByRole('region', { name: 'Sync notices' });
  await expect(notices).toContainText(
    'Ben changed the verdict to “disputed” while you set “confirmed”. Theirs was later and is kept',
  );
  // The claim deleted while edited is back on both, with a notice on both.
  await expect(claimRows(ana.page)).toHaveCount(3);
  expect(claims.find((c) => JSON.stringify(c).includes('briefed on technical'))).toMatchObject({
    note: 'Space vehicles: confirmed by KCNA itself',
  });
  const kept = 'Ana deleted this claim while Ben was editing it. It is kept.';
  await expect(notices).toContainText(kept);
  const benNotices = ben.page.getByRole('region', { name: 'Sync notices' });
  await expect(benNotices).toContainText(kept);
  await expect(benNotices).not.toContainText('changed the verdict');
  // The status, presence and notices read for everyone.
  const axe = await new AxeBuilder({ page: ana.page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
  ).toEqual([]);
  // The history keeps both, each naming who made it.
  const verdictChanges = (await storedRecords(ana.page, 'history'))
    .filter((h) => h.kind === 'verdict' && h.claimId === shoigu.id)
    .map((h) => `${h.editor}: ${h.to}`)
    .sort();
  expect(verdictChanges).toEqual(['Ana: confirmed', 'Ben: disputed']);
  for (let n = await notices.getByRole('button', { name: 'Dismiss' }).count(); n > 0; n--)
    await notices.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(notices).toHaveCount(0);

  // A reload stays shared and connected, with nothing lost.
  await ben.page.reload();
  await expect(status(ben.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect.poll(async () => (await storedClaims(ben.page)).length).toBe(3);
  await expect(claimRows(ben.page)).toHaveCount(3);
  expect(ana.errors).toEqual([]);
  expect(ben.errors).toEqual([]);
  await ana.context.close();
  await ben.context.close();
});

function same(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

test('a viewer reads the shared dossier but its edits are refused; a wrong token connects to nothing', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const ana = await colleague(browser);
  await share(ana.page, arms.token, 'Ana', 'viewer-test');
  await expect(status(ana.page)).toHaveText('Connected', { timeout: 15_000 });
  await ana.page.keyboard.press('Escape');
  await dragSelect(ana.page, SHOIGU);
  await markClaim(ana.page, { category: 'Denials', verdict: 'Unverified' });

  const nora = await colleague(browser);
  const dialog = await share(nora.page, viewer.token, 'Nora', 'viewer-test');
  await expect(status(nora.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect(dialog).toContainText('You can read this dossier; the server does not accept changes');
  await nora.page.keyboard.press('Escape');
  await expect(nora.page.getByText('Read only')).toBeVisible();
  await expect(claimRows(nora.page).filter({ hasText: 'Sergei Shoigu' })).toBeVisible();

  // Her change is not shared and is undone, with a notice.
  await verdictOf(nora.page, 'Russia’s defence').selectOption({ label: 'Confirmed' });
  await expect(nora.page.getByRole('region', { name: 'Sync notices' })).toContainText(
    'You can only read this shared dossier',
  );
  await expect(verdictOf(nora.page, 'Russia’s defence')).toHaveValue('unverified');
  await ana.page.waitForTimeout(500);
  expect((await storedClaims(ana.page))[0]).toMatchObject({ verdict: 'unverified' });

  // A wrong token: refused, nothing arrives.
  const eve = await colleague(browser);
  const refused = await share(eve.page, 'wrong-token-000', 'Eve', 'viewer-test');
  await expect(refused).toContainText('Not connected', { timeout: 15_000 });
  await expect(status(eve.page)).toHaveText('Offline');
  await eve.page.waitForTimeout(500);
  expect(await storedClaims(eve.page)).toEqual([]);
  // The token is never written into the dossier's records (nor its backups and exports).
  const settings = JSON.stringify(await storedRecords(ana.page, 'settings'));
  expect(settings).not.toContain(arms.token);
  for (const c of [ana, nora, eve]) await c.context.close();
});

test('two tabs of one shared dossier: one syncs for both, and offline edits in either tab are kept', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const one = await context.newPage();
  await openApp(one);
  await share(one, arms.token, 'Ana', 'two-tabs');
  await expect(status(one)).toHaveText('Connected', { timeout: 15_000 });
  await one.keyboard.press('Escape');
  await dragSelect(one, SHOIGU);
  await markClaim(one, { category: 'Denials', verdict: 'Unverified' });

  const two = await context.newPage();
  await openApp(two);
  // The second tab relays the first one's connection.
  await expect(status(two)).toHaveText('Connected', { timeout: 15_000 });

  await server.stop('SIGTERM');
  await expect(status(two)).toHaveText('Offline', { timeout: 15_000 });
  await verdictOf(two, 'Russia’s defence').selectOption({ label: 'Confirmed' });
  await two.waitForTimeout(1500);
  // Neither tab's sync undoes it.
  expect((await storedClaims(one))[0]).toMatchObject({ verdict: 'confirmed' });
  await expect(verdictOf(one, 'Russia’s defence')).toHaveValue('confirmed');

  await server.start();
  await expect(status(one)).toHaveText('Connected', { timeout: 20_000 });
  // A colleague joining later gets it.
  const ben = await colleague(browser);
  await share(ben.page, satellite.token, 'Ben', 'two-tabs');
  await expect(status(ben.page)).toHaveText('Connected', { timeout: 15_000 });
  await expect(verdictOf(ben.page, 'Russia’s defence')).toHaveValue('confirmed', { timeout: 15_000 });
  await context.close();
  await ben.context.close();
});
