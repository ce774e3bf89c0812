/**
 * Undo and redo: Ctrl+Z, Shift+Ctrl+Z and the header's buttons, for marking, verdicts, deleting and
 * linking; the steps are stored with the dossier, so they still work after a reload. Undo appends to a
 * claim's trail rather than rewriting it, and never takes over Ctrl+Z inside a text field.
 */
import {
  claimRows,
  dragSelect,
  evidencePanel,
  expect,
  linkSuggestion,
  markClaim,
  openApp,
  storedClaims,
  storedRecords,
  suggestions,
  test,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';

test('undo a delete and a verdict change after a reload, redo, by keyboard and buttons', async ({ page }) => {
  await openApp(page);
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undoButton).toBeDisabled();
  await expect(redoButton).toBeDisabled();

  await dragSelect(page, SHOIGU);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect(claimRows(page)).toHaveCount(1);
  await expect(undoButton).toBeEnabled();
  await expect(undoButton).toHaveAttribute('title', 'Undo “Mark claim” (Ctrl+Z)');

  const verdict = claimRows(page).first().getByRole('combobox');
  await verdict.selectOption('confirmed');
  await expect.poll(async () => (await storedClaims(page))[0]?.verdict).toBe('confirmed');
  await expect(undoButton).toHaveAttribute('title', 'Undo “Set verdict: Confirmed” (Ctrl+Z)');

  // Delete it from the claim editor.
  await page.locator('mark.claim', { hasText: 'Shoigu' }).click();
  await page.getByRole('dialog', { name: 'Claim' }).getByRole('button', { name: 'Delete claim' }).click();
  await expect(claimRows(page)).toHaveCount(0);
  const trailBefore = (await storedRecords(page, 'history')).length;

  // A reload keeps the steps.
  await page.reload();
  await expect(page.getByRole('document', { name: 'Article text' })).toContainText('Shoigu');
  await expect(undoButton).toHaveAttribute('title', 'Undo “Delete claim” (Ctrl+Z)');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Delete claim.' })).toBeVisible();
  await expect(claimRows(page)).toHaveCount(1);
  await expect(page.locator('mark.claim', { hasText: 'Shoigu' })).toBeVisible();
  await expect(claimRows(page).first().getByRole('combobox')).toHaveValue('confirmed');

  // The button undoes the verdict change; Redo puts it back.
  await undoButton.click();
  await expect(claimRows(page).first().getByRole('combobox')).toHaveValue('unverified');
  await expect.poll(async () => (await storedClaims(page))[0]?.verdict).toBe('unverified');
  await expect(redoButton).toHaveAttribute('title', 'Redo “Set verdict: Confirmed” (Shift+Ctrl+Z)');
  await page.keyboard.press('Control+Shift+z');
  await expect(claimRows(page).first().getByRole('combobox')).toHaveValue('confirmed');
  await expect.poll(async () => (await storedClaims(page))[0]?.verdict).toBe('confirmed');

  // The trail gained entries for each step (restored, verdict back, verdict again): none rewritten.
  const trail = await storedRecords(page, 'history');
  expect(trail.length).toBe(trailBefore + 3);
  expect(trail.map((h) => h.kind).filter((k) => k === 'restored')).toHaveLength(1);

  // Ctrl+Z in a text field is the field's own undo: the dossier is left alone.
  const filter = page.getByRole('searchbox', { name: 'Search claims' });
  await filter.fill('xyz');
  await filter.press('Control+z');
  await expect.poll(async () => (await storedClaims(page))[0]?.verdict).toBe('confirmed');
  await expect(undoButton).toHaveAttribute('title', 'Undo “Set verdict: Confirmed” (Ctrl+Z)');
  await expect(redoButton).toHaveAttribute('title', 'Redo “Delete claim” (Shift+Ctrl+Z)');
  expect(await storedClaims(page)).toHaveLength(1);
});

test('undo a link and an unlink from the evidence panel; a change made elsewhere is never undone', async ({
  page,
}) => {
  await openApp(page);
  await dragSelect(page, SHOIGU);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await claimRows(page).first().getByRole('button').first().click();
  await expect(suggestions(page).first()).toBeVisible();
  const sentence = ((await suggestions(page).first().locator('.evidence-text').textContent()) ?? '').trim();
  await linkSuggestion(page, sentence.slice(0, 30));
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(1);
  const linked = evidencePanel(page).getByRole('list', { name: 'Linked evidence' }).getByRole('listitem');
  await expect(linked).toHaveCount(1);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(linked).toHaveCount(0);
  await expect.poll(async () => (await storedRecords(page, 'links')).length).toBe(0);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(linked).toHaveCount(1);

  // The claim's note is changed behind this tab's back (another tab, a colleague): undoing the link
  // still works (a different record), but undoing the marking of the claim is refused, with the reason.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(linked).toHaveCount(0);
  await page.evaluate(async () => {
    const open = indexedDB.open('corroborate');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    // Claims are stored by article, a pack of them per row (src/db/pack-layouts.ts).
    const store = db.transaction('claimPacks', 'readwrite').objectStore('claimPacks');
    const all = await new Promise<Array<{ claims?: Array<Record<string, unknown>> }>>(
      (resolve) => (store.getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)),
    );
    const pack = all.find((p) => p.claims?.length)!;
    const claim = pack.claims![0]!;
    pack.claims![0] = {
      ...claim,
      note: 'changed elsewhere',
      rev: (claim.rev as number) + 1,
      updatedAt: Date.now(),
    };
    store.put(pack);
    db.close();
  });
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not undo “Mark claim”' })).toContainText(
    'changed again since',
  );
  expect(await storedClaims(page)).toHaveLength(1);
  expect((await storedClaims(page))[0]?.note).toBe('changed elsewhere');
});
