/**
 * Every keyboard shortcut, in one table: the handlers, the `aria-keyshortcuts` of the controls and
 * the help overlay (`?`) all read it. Shortcuts of the whole page never fire while typing in a field;
 * those of one widget (the article text, the claim editor) are matched by that widget.
 */

export type ShortcutId =
  | 'help'
  | 'search'
  | 'mark'
  | 'next-claim'
  | 'previous-claim'
  | 'next-article'
  | 'previous-article'
  | 'verdict-confirmed'
  | 'verdict-disputed'
  | 'verdict-unverified'
  | 'evidence'
  | 'link-supports'
  | 'link-contradicts'
  | 'close'
  | 'text'
  | 'dismiss'
  | 'sentence-next'
  | 'sentence-previous'
  | 'word-next'
  | 'word-previous'
  | 'open-claim'
  | 'save-claim'
  | 'undo'
  | 'redo';

export interface Shortcut {
  id: ShortcutId;
  /** `KeyboardEvent.key` (letters in lower case). */
  key: string;
  /** Held with Control (or Command on a Mac). */
  ctrl?: boolean;
  /** Held with Shift (or, when unset, Shift either way: it makes "?" and extends selections). */
  shift?: boolean;
  /** As `aria-keyshortcuts` writes it. */
  aria: string;
  /** As the help overlay shows it. */
  shown: string;
  label: string;
  /** Where it works: anywhere on the page (outside fields), or inside one widget. */
  scope: 'page' | 'article text' | 'claim editor';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', key: '?', aria: 'Shift+?', shown: '?', label: 'Show the keyboard shortcuts', scope: 'page' },
  {
    id: 'search',
    key: '/',
    aria: '/',
    shown: '/',
    label: 'Search the dossier (articles and claims)',
    scope: 'page',
  },
  { id: 'mark', key: 'm', aria: 'M', shown: 'M', label: 'Mark the selected text as a claim', scope: 'page' },
  { id: 'next-claim', key: 'j', aria: 'J', shown: 'J', label: 'Next claim in the article', scope: 'page' },
  {
    id: 'previous-claim',
    key: 'k',
    aria: 'K',
    shown: 'K',
    label: 'Previous claim in the article',
    scope: 'page',
  },
  {
    id: 'undo',
    key: 'z',
    ctrl: true,
    shift: false,
    aria: 'Control+Z Meta+Z',
    shown: 'Ctrl+Z',
    label: 'Undo the last change (outside text fields)',
    scope: 'page',
  },
  {
    id: 'redo',
    key: 'z',
    ctrl: true,
    shift: true,
    aria: 'Control+Shift+Z Meta+Shift+Z',
    shown: 'Shift+Ctrl+Z',
    label: 'Redo the change undone last',
    scope: 'page',
  },
  { id: 'next-article', key: ']', aria: ']', shown: ']', label: 'Next article', scope: 'page' },
  { id: 'previous-article', key: '[', aria: '[', shown: '[', label: 'Previous article', scope: 'page' },
  {
    id: 'verdict-confirmed',
    key: '1',
    aria: '1',
    shown: '1',
    label: 'Set the open claim’s verdict: Confirmed',
    scope: 'page',
  },
  {
    id: 'verdict-disputed',
    key: '2',
    aria: '2',
    shown: '2',
    label: 'Set the open claim’s verdict: Disputed',
    scope: 'page',
  },
  {
    id: 'verdict-unverified',
    key: '3',
    aria: '3',
    shown: '3',
    label: 'Set the open claim’s verdict: Unverified',
    scope: 'page',
  },
  {
    id: 'evidence',
    key: 'e',
    aria: 'E',
    shown: 'E',
    label: 'Go to the open claim’s evidence',
    scope: 'page',
  },
  {
    id: 'link-supports',
    key: 's',
    aria: 'S',
    shown: 'S',
    label: 'Link the focused suggestion as Supports',
    scope: 'page',
  },
  {
    id: 'link-contradicts',
    key: 'c',
    aria: 'C',
    shown: 'C',
    label: 'Link the focused suggestion as Contradicts',
    scope: 'page',
  },
  {
    id: 'text',
    key: 't',
    aria: 'T',
    shown: 'T',
    label: 'Go to the article text (then ↑ ↓ move a sentence at a time)',
    scope: 'page',
  },
  {
    id: 'dismiss',
    key: 'x',
    aria: 'X',
    shown: 'X',
    label: 'Dismiss the focused suggestion',
    scope: 'page',
  },
  {
    id: 'close',
    key: 'Escape',
    aria: 'Escape',
    shown: 'Esc',
    label: 'Close the editor, dialog or this list',
    scope: 'page',
  },
  {
    id: 'sentence-next',
    key: 'ArrowDown',
    aria: 'ArrowDown',
    shown: '↓ (Shift+↓ extends)',
    label: 'Next sentence',
    scope: 'article text',
  },
  {
    id: 'sentence-previous',
    key: 'ArrowUp',
    aria: 'ArrowUp',
    shown: '↑ (Shift+↑ extends)',
    label: 'Previous sentence',
    scope: 'article text',
  },
  {
    id: 'word-next',
    key: 'ArrowRight',
    ctrl: true,
    shift: true,
    aria: 'Control+Shift+ArrowRight',
    shown: 'Ctrl+Shift+→ (or Alt+Shift+→)',
    label: 'Extend the selection by a word',
    scope: 'article text',
  },
  {
    id: 'word-previous',
    key: 'ArrowLeft',
    ctrl: true,
    shift: true,
    aria: 'Control+Shift+ArrowLeft',
    shown: 'Ctrl+Shift+← (or Alt+Shift+←)',
    label: 'Take the selection back by a word',
    scope: 'article text',
  },
  {
    id: 'open-claim',
    key: 'o',
    aria: 'O',
    shown: 'O',
    label: 'Open the claim under the sentence cursor',
    scope: 'article text',
  },
  {
    id: 'save-claim',
    key: 'Enter',
    ctrl: true,
    aria: 'Control+Enter',
    shown: 'Ctrl+Enter',
    label: 'Save the claim',
    scope: 'claim editor',
  },
];

const byId = new Map(SHORTCUTS.map((s) => [s.id, s]));

/** The `aria-keyshortcuts` value of a shortcut. */
export function ariaKeys(id: ShortcutId): string {
  return byId.get(id)!.aria;
}

/** Whether a key event is this shortcut (Shift is free: it makes "?" and extends selections). */
export function isShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { shiftKey?: boolean },
  id: ShortcutId,
) {
  const s = byId.get(id)!;
  const ctrl = e.ctrlKey || e.metaKey;
  return (
    !e.altKey &&
    ctrl === Boolean(s.ctrl) &&
    (s.shift === undefined || Boolean(e.shiftKey) === s.shift) &&
    (e.key.length === 1 ? e.key.toLowerCase() : e.key) === s.key
  );
}

/** The page-wide shortcut a key event is, if any. */
export function pageShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { shiftKey?: boolean },
): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.scope === 'page' && isShortcut(e, s.id));
}

/** True while the user types in a field: page-wide shortcuts stay quiet then. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
