import { readFile } from 'node:fs/promises';
import { test as base, expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * Every spec fails on a console error or an uncaught page error. Reading for meaning (fetching the
 * sentence model and embedding the dossier, seconds of CPU) is switched off as a user can switch it
 * off, except in the specs about it (`test.use({ readForMeaning: true })`): the rest test other
 * flows, and a ranking that changes when reading ends would move lists under their clicks.
 */
export const test = base.extend<{ consoleErrors: string[]; readForMeaning: boolean; meaningSwitch: void }>({
  readForMeaning: [false, { option: true }],
  meaningSwitch: [
    async ({ context, readForMeaning }, use) => {
      if (!readForMeaning)
        await context.addInitScript(() => localStorage.setItem('corroborate.readForMeaning', 'off'));
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
export type { Page } from '@playwright/test';

/** Opens the app on a fresh profile and waits until the five articles are listed. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('link')).toHaveCount(5);
  await expect(page.getByRole('document', { name: 'Article text' })).toBeVisible();
}

export async function openArticle(page: Page, headline: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('link', { name: headline }).click();
  await expect(page.getByRole('heading', { level: 2, name: headline })).toBeVisible();
}

/**
 * Selects text with a real mouse drag, from the first character of `from` to the last character
 * of `to` (both inside the article text), as a person would.
 */
export async function dragSelect(page: Page, from: string, to = from): Promise<void> {
  const text = page.getByRole('document', { name: 'Article text' });
  const box = async (needle: string, end: boolean, scroll: boolean) =>
    text.evaluate(
      (root, [needle, end, scroll]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let all = '';
        const nodes: Array<{ node: Text; start: number }> = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: all.length });
          all += n.textContent;
        }
        const at = all.indexOf(needle as string);
        if (at < 0) throw new Error(`“${needle}” is not in the article text`);
        const pos = end ? at + (needle as string).length - 1 : at;
        const hit = nodes.filter((x) => x.start <= pos).pop()!;
        const r = document.createRange();
        r.setStart(hit.node, pos - hit.start);
        r.setEnd(hit.node, pos - hit.start + 1);
        if (scroll) r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = r.getBoundingClientRect();
        return { x: end ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      },
      [needle, end, scroll] as const,
    );
  await box(from, false, true); // scrolls the start into view; measuring must not scroll again
  const a = await box(from, false, false);
  const b = await box(to, true, false);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  // A selection may change the toolbar above the text and shift it: measure the end again.
  const end = await box(to, true, false);
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/** Marks the current selection as a claim with the given category and verdict. */
export async function markClaim(
  page: Page,
  { category, verdict, note }: { category: string; verdict: string; note?: string },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Claim' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Category', { exact: true }).selectOption({ label: category });
  await dialog.getByLabel('Verdict', { exact: true }).selectOption({ label: verdict });
  if (note) await dialog.getByLabel('Note').fill(note);
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();
  return dialog;
}

/** The rows of the Claims table (header row excluded). */
export function claimRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Claims' }).locator('tbody tr:not(.placeholder-row)');
}

/** The records of one object store, read straight from the database (not through the app). */
export async function storedRecords(page: Page, store: string): Promise<Array<Record<string, unknown>>> {
  // Claims and links are stored in packs, many to a row (src/db/pack-layouts.ts).
  const packs = { claims: 'claimPacks', links: 'linkPacks' }[store];
  if (packs)
    return (await storedRecords(page, packs)).flatMap(
      (p) => (p[store] as Array<Record<string, unknown>> | undefined) ?? [],
    );
  return page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('corroborate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Claims as stored in IndexedDB. */
export function storedClaims(page: Page): Promise<Array<Record<string, unknown>>> {
  return storedRecords(page, 'claims');
}

/** The side panel of the open claim. */
export function evidencePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Evidence' });
}

/** The suggested sentences in the evidence panel. */
export function suggestions(page: Page): Locator {
  return evidencePanel(page).getByRole('list', { name: 'Suggested evidence' }).getByRole('listitem');
}

/** Links the suggestion holding `text` as supporting or contradicting the open claim. */
export async function linkSuggestion(page: Page, text: string, as: 'Supports' | 'Contradicts' = 'Supports') {
  await suggestions(page)
    .filter({ hasText: text })
    .first()
    .getByRole('button', { name: as, exact: true })
    .click();
}

/** Clicks something that downloads a file; returns the download and its text. */
export async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = await readFile((await download.path())!, 'utf8');
  return { download, text };
}

/**
 * Presses "More" in the suggestions, waiting each time for the longer list, until `enough` holds or
 * there is no more. The button goes when the last page arrives, so a press may find it gone.
 */
export async function showMoreSuggestions(page: Page, enough: () => Promise<boolean> = async () => false) {
  const more = evidencePanel(page).getByRole('button', { name: /^More \(\d+ left\)$/ });
  const items = suggestions(page);
  for (let guard = 0; guard < 30 && !(await enough()) && (await more.isVisible()); guard++) {
    const n = await items.count();
    await more.click({ timeout: 2000 }).catch(() => undefined);
    await expect.poll(async () => (await items.count()) > n || !(await more.isVisible())).toBe(true);
  }
}

/** Chooses an action of the header's menu ("More actions"), as a person would: open it, click the item. */
export async function menuAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menu', { name: 'More actions' }).getByRole('menuitem', { name, exact: true }).click();
}

/** Opens the Claims table's options (grouping, what an export holds), unless they are open. */
export async function tableOptions(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Table options' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('group', { name: 'Table options' });
}
