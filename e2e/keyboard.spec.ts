/**
 * A day by keyboard: every shortcut comes from one keymap (src/features/keyboard/shortcuts.ts), which
 * also names them on the controls (aria-keyshortcuts) and in the help overlay on "?". Shortcuts do
 * their work and never fire while typing in a field.
 */
import { SHORTCUTS } from '../src/features/keyboard/shortcuts';
import {
  claimRows,
  dragSelect,
  evidencePanel,
  expect,
  markClaim,
  menuAction,
  openApp,
  storedClaims,
  storedRecords,
  suggestions,
  test,
  type Page,
} from './fixtures';

const SHOIGU = 'Russia’s defence minister, Sergei Shoigu, attended the talks.';
const DENIED = 'Moscow and Pyongyang have denied such intentions.';
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).first();

/** Presses a key with the focus on the page itself (not in a field). */
async function key(page: Page, k: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(k);
}

const verdictOf = async (page: Page, text: string) =>
  (await storedClaims(page)).find((c) => (c.selector as { quote: { exact: string } }).quote.exact === text)
    ?.verdict;

/** Marks a sentence with M and saves it with Ctrl+Enter: no mouse on the editor. */
async function markByKeyboard(page: Page, sentence: string) {
  await dragSelect(page, sentence);
  await page.keyboard.press('m');
  const editor = page.getByRole('dialog', { name: 'Claim' });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Category', { exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await expect(editor).toBeHidden();
}

test('"?" lists every shortcut of the keymap, and the controls name their keys', async ({ page }) => {
  await openApp(page);
  await key(page, '?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const s of SHORTCUTS) await expect(help.getByRole('row', { name: s.label })).toBeVisible();
  await expect(help.getByRole('row', { name: 'Search the dossier (articles and claims)' })).toContainText(
    '/',
  );
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await expect(page.getByRole('button', { name: 'Mark as claim' })).toHaveAttribute('aria-keyshortcuts', 'M');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    '/',
  );
  await menuAction(page, 'Shortcuts');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(help).toBeHidden();
});

test('mark, set verdicts, step through claims and articles, search and link evidence by keyboard', async ({
  page,
}) => {
  await openApp(page);
  const first = (await heading(page).textContent()) ?? '';
  await markByKeyboard(page, SHOIGU);
  await markByKeyboard(page, DENIED);
  await expect(claimRows(page)).toHaveCount(2);

  // 1, 2, 3 set the open claim's verdict (the one just saved is open).
  const open = evidencePanel(page).getByRole('region', { name: 'Open claim' });
  await expect(open).toContainText(DENIED);
  await key(page, '2');
  await expect.poll(() => verdictOf(page, DENIED)).toBe('disputed');
  await expect(page.getByText('Verdict: Disputed.')).toBeVisible();
  await key(page, '1');
  await expect.poll(() => verdictOf(page, DENIED)).toBe('confirmed');

  // J and K step through the article's claims in reading order, wrapping round (two claims here).
  await key(page, 'j');
  await expect(open).toContainText(SHOIGU);
  await key(page, 'j');
  await expect(open).toContainText(DENIED);
  await key(page, 'k');
  await expect(open).toContainText(SHOIGU);

  // E goes to the evidence; S links the focused suggestion as supporting.
  await expect(suggestions(page).first()).toBeVisible();
  await key(page, 'e');
  const focused = suggestions(page).first();
  const sentence = ((await focused.locator('.evidence-text').textContent()) ?? '').trim();
  await expect(focused.getByRole('button', { name: 'Supports', exact: true })).toBeFocused();
  await page.keyboard.press('s');
  await expect
    .poll(async () => (await storedRecords(page, 'links')).map((l) => l.relation))
    .toEqual(['supports']);
  await expect(evidencePanel(page).getByRole('list', { name: 'Linked evidence' })).toContainText(
    sentence.slice(0, 40),
  );

  // ] and [ open the next and the previous article.
  await key(page, ']');
  await expect(heading(page)).not.toHaveText(first);
  await key(page, '[');
  await expect(heading(page)).toHaveText(first);

  // "/" opens the dossier search; typed letters are text there, not shortcuts; Enter jumps to the hit.
  await key(page, '/');
  const search = page.getByRole('dialog', { name: 'Search the dossier' });
  const box = search.getByRole('searchbox', { name: 'Search the dossier' });
  await expect(box).toBeFocused();
  await page.keyboard.type('shoigu j');
  await expect(box).toHaveValue('shoigu j');
  await box.fill('shoigu');
  await expect(search.getByRole('status')).toContainText(
    /[1-9]\d* sentences? and 1 claim in [1-9]\d* articles?/,
  );
  await expect(
    search.getByRole('button', { name: /Claim · Disputed|Claim · Confirmed|Claim · Unverified/ }),
  ).toContainText('Sergei Shoigu');
  await page.keyboard.press('j'); // typed into the box, not a shortcut
  await box.fill('shoigu');
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(open).toContainText(SHOIGU);
  await expect(heading(page)).toHaveText(first);

  // Esc gives the focus back to the article text first: the claim stays open and its verdict keys
  // still work; a second Esc closes it.
  await key(page, 'Escape');
  const text = page.getByRole('document', { name: 'Article text' });
  await expect(text).toBeFocused();
  await expect(evidencePanel(page)).toBeVisible();
  await page.keyboard.press('2');
  await expect.poll(() => verdictOf(page, SHOIGU)).toBe('disputed');
  await page.keyboard.press('Escape');
  await expect(evidencePanel(page)).toBeHidden();
});

test('T goes to the text, ↓ starts at the first sentence in view; ↑ ↓ walk the suggestions, X dismisses', async ({
  page,
}) => {
  await openApp(page);
  const text = page.getByRole('document', { name: 'Article text' });
  // Scrolled down the article: the first sentences are out of view.
  await page.locator('.reader').evaluate((r) => r.scrollBy(0, 600));
  await key(page, 't');
  await expect(text).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const selected = await page.evaluate(() => {
    const sel = window.getSelection()!;
    const r = sel.getRangeAt(0).getBoundingClientRect();
    const reader = document.querySelector('.reader')!.getBoundingClientRect();
    const tools = document.querySelector('.reader-toolbar')!.getBoundingClientRect();
    return { text: sel.toString(), top: r.top, min: Math.max(reader.top, tools.bottom), max: reader.bottom };
  });
  expect(selected.text.length).toBeGreaterThan(10);
  expect(selected.top).toBeGreaterThanOrEqual(selected.min - 1);
  expect(selected.top).toBeLessThan(selected.max);
  // Control: the article's first sentence is not the one chosen (it is scrolled away).
  const first = await page.evaluate(() => document.querySelector('[data-sentence="0"]')!.textContent);
  expect(selected.text).not.toBe(first);
  // Ctrl+Shift+← takes the selection back a word at a time: the claim is part of the sentence.
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  const cut = await page.evaluate(() => window.getSelection()!.toString());
  expect(cut.length).toBeLessThan(selected.text.length);
  expect(selected.text.startsWith(cut.trimEnd())).toBe(true);
  expect(cut.trim().split(/\s+/).length).toBeLessThanOrEqual(selected.text.trim().split(/\s+/).length - 1);
  await page.keyboard.press('Alt+Shift+ArrowRight');
  expect((await page.evaluate(() => window.getSelection()!.toString())).length).toBeGreaterThan(cut.length);
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeEnabled();

  await dragSelect(page, SHOIGU);
  await markClaim(page, { category: 'Arms transfers', verdict: 'Unverified' });
  await expect(suggestions(page).nth(2)).toBeVisible();
  await key(page, 'e');
  const items = suggestions(page);
  await expect(items.first().getByRole('button', { name: 'Supports', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1).getByRole('button', { name: 'Supports', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(items.nth(1).getByRole('button', { name: 'Supports', exact: true })).toBeFocused();
  const second = ((await items.nth(1).locator('.evidence-text').textContent()) ?? '').trim();
  await page.keyboard.press('x');
  await expect.poll(async () => (await storedRecords(page, 'dismissals')).length).toBe(1);
  await expect(evidencePanel(page).getByRole('list', { name: 'Suggested evidence' })).not.toContainText(
    second.slice(0, 40),
  );
});
