import {
  claimRows,
  dragSelect,
  expect,
  markClaim,
  menuAction,
  openApp,
  storedClaims,
  test,
} from './fixtures';

test('two tabs: a claim made in one shows in the other; a conflicting save is detected', async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await openApp(one);
  await openApp(two);

  await dragSelect(one, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(one, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect(claimRows(two)).toHaveCount(1, { timeout: 3000 });
  await expect(two.locator('mark.claim')).toHaveText(
    'Russia’s defence minister, Sergei Shoigu, attended the talks.',
  );

  // Tab two opens the claim; tab one changes it meanwhile.
  await two.locator('mark.claim').click();
  const dialog = two.getByRole('dialog', { name: 'Claim' });
  await dialog.getByLabel('Note').fill('Checked with TASS');
  await claimRows(one).first().getByRole('combobox').selectOption('disputed');
  await expect(dialog.getByRole('note').filter({ hasText: 'changed in another tab' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(two.getByRole('status').filter({ hasText: 'had been changed in another tab' })).toBeVisible();
  await expect
    .poll(async () => (await storedClaims(one))[0])
    .toMatchObject({ note: 'Checked with TASS', rev: 3 });
});

test('an older tab steps aside when a newer version upgrades the database', async ({ context }) => {
  const old = await context.newPage();
  await openApp(old);
  const newer = await context.newPage();
  await newer.goto('/manifest.webmanifest');
  const outcome = await newer.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const req = indexedDB.open('corroborate', 1000);
        req.onblocked = () => resolve('blocked');
        req.onsuccess = () => {
          req.result.close();
          resolve('upgraded');
        };
        req.onerror = () => resolve(`error: ${req.error?.message}`);
      }),
  );
  expect(outcome).toBe('upgraded');
  await expect(old.getByRole('alert').filter({ hasText: 'updated in another tab' })).toBeVisible();
  await expect(old.getByRole('button', { name: 'Reload this tab' })).toBeVisible();
});

test('opens a database written by schema version 1 and keeps every record', async ({ page }) => {
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie stores schema version n as IndexedDB version n × 10.
        const req = indexedDB.open('corroborate', 10);
        req.onupgradeneeded = () => {
          const d = req.result;
          d.createObjectStore('articles', { keyPath: 'id' }).createIndex('contentHash', 'contentHash', {
            unique: true,
          });
          d.createObjectStore('texts', { keyPath: 'articleId' });
          const claims = d.createObjectStore('claims', { keyPath: 'id' });
          for (const i of ['articleId', 'categoryId', 'verdict', 'updatedAt']) claims.createIndex(i, i);
          d.createObjectStore('categories', { keyPath: 'id' }).createIndex('name', 'name', { unique: true });
          d.createObjectStore('settings', { keyPath: 'key' });
          const exact = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';
          // A version-1 claim: no revision number, and a stale position the quote must be re-found from.
          claims.put({
            id: 'legacy-1',
            articleId: '000_54f2a63d9830d19a',
            selector: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: 61 } },
            categoryId: 'denials',
            verdict: 'disputed',
            note: 'from v1',
            createdAt: 1694600000000,
            updatedAt: 1694600000000,
          });
        };
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await openApp(page, '/');
  // The workbench from before dossiers is the first dossier, the only one.
  const dossier = page.getByLabel('Dossier', { exact: true });
  await expect(dossier.getByRole('option')).toHaveText(['Vostochny summit']);
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText('Sergei Shoigu');
  await expect(page.locator('mark.claim')).toHaveText(
    'Russia’s defence minister, Sergei Shoigu, attended the talks.',
  );
  const [claim] = await storedClaims(page);
  expect(claim).toMatchObject({
    id: 'legacy-1',
    rev: 1,
    note: 'from v1',
    verdict: 'disputed',
    categoryId: 'denials',
  });
});

test('asks for persistent storage after the first claim, not at load; the storage panel says where things stand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number };
    w.persistCalls = 0;
    const original = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => {
      w.persistCalls++;
      return original();
    };
  });
  await openApp(page);
  const calls = () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
  expect(await calls()).toBe(0);

  await menuAction(page, 'Storage');
  const panel = page.getByRole('dialog', { name: 'Storage' });
  await expect(panel).toContainText('Persistent storage');
  await expect(panel).toContainText(/Space used\s*[\d.]+ (B|KB|MB)/);
  await expect(panel).toContainText('Last backupNever');
  await expect(panel.getByRole('note')).toContainText('never made a backup');
  await panel.getByRole('button', { name: 'Close' }).click();

  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect.poll(calls).toBe(1);
});

/** A long dossier article: distinct sentences, about `mb` megabytes. */
function bigArticle(mb: number): Buffer {
  const lines = ['A very long wire digest about the summit', ''];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const line = `Paragraph ${i}: officials in Moscow and Pyongyang were asked about shipment ${i * 7919} and declined to comment on the record.`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return Buffer.from(lines.join('\n'));
}

test('a full disk fails an import as a whole, says so and suggests a backup; the app keeps working', async ({
  page,
  context,
}) => {
  await page.goto('/manifest.webmanifest');
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  // Room for the app and its five articles, not for a 4 MB import.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 3 * 1024 * 1024 });
  await openApp(page, '/');

  await page
    .getByLabel('Import articles')
    .setInputFiles({ name: 'digest.txt', mimeType: 'text/plain', buffer: bigArticle(4) });
  const dialog = page.getByRole('dialog', { name: 'New articles' });
  await dialog.getByRole('button', { name: 'Save article' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no room left');
  await expect(dialog.getByRole('alert')).toContainText('backup');
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  const texts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('corroborate');
        req.onsuccess = () => {
          const count = req.result.transaction('texts').objectStore('texts').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(texts).toBe(5);

  // Small writes still fit: the app keeps working.
  await dragSelect(page, 'Russia’s defence minister, Sergei Shoigu, attended the talks.');
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect(claimRows(page)).toHaveCount(1);
});
