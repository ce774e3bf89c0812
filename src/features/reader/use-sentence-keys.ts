import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { isShortcut } from '../keyboard/shortcuts';
import { selectTextRange } from './dom-offsets';
import { innermost, type PlacedClaim } from './use-article-model';

interface Options {
  textRef: RefObject<HTMLDivElement | null>;
  articleId: string | null;
  /** Sentences as drawn (UTF-16 offsets). */
  sentences: ReadonlyArray<{ start: number; end: number }> | null;
  placed: readonly PlacedClaim[];
  hasSelection: () => boolean;
  markAsClaim: () => void;
  openClaim: (id: string) => void;
}

/**
 * The article text's own keys: ↑/↓ move a sentence cursor (Shift extends it), Enter marks the
 * selection, O opens the claim under the cursor. Returns the text's key handler.
 */
/** The first sentence wholly below the reader's sticky toolbar and in view, or 0. */
function firstInView(root: HTMLElement, count: number): number {
  const reader = root.closest('.reader');
  const view = reader?.getBoundingClientRect();
  const tools = reader?.querySelector('.reader-toolbar')?.getBoundingClientRect();
  const top = Math.max(view?.top ?? 0, tools?.bottom ?? 0);
  const bottom = view?.bottom ?? window.innerHeight;
  for (const el of root.querySelectorAll<HTMLElement>('[data-sentence]')) {
    const r = el.getBoundingClientRect();
    const i = Number(el.dataset.sentence);
    if (r.top >= top - 1 && r.top < bottom && i < count) return i;
  }
  return 0;
}

export function useSentenceKeys(o: Options): (e: KeyboardEvent<HTMLDivElement>) => void {
  const cursor = useRef<{ anchor: number; focus: number } | null>(null);
  useEffect(() => {
    cursor.current = null;
  }, [o.articleId]);

  return (e) => {
    const root = o.textRef.current;
    const sentences = o.sentences;
    if (!root || !sentences) return;
    const count = sentences.length;
    if (e.key === 'Enter' && o.hasSelection()) {
      e.preventDefault();
      o.markAsClaim();
      return;
    }
    // Ctrl (or Alt) + Shift + → / ←: the selection's moving end goes a word on or back, so a
    // sentence picked with ↓ is cut down to the words that make the claim.
    const alt = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
    const wordNext = isShortcut(e, 'word-next') || (alt && e.key === 'ArrowRight');
    const wordBack = isShortcut(e, 'word-previous') || (alt && e.key === 'ArrowLeft');
    if (wordNext || wordBack) {
      const sel = window.getSelection();
      if (!sel?.rangeCount || !sel.anchorNode || !root.contains(sel.anchorNode)) return;
      e.preventDefault();
      sel.modify('extend', wordNext ? 'forward' : 'backward', 'word');
      return;
    }
    if (isShortcut(e, 'open-claim') && cursor.current) {
      // Open the claim under the sentence cursor (the innermost, as a click would).
      const c = cursor.current;
      const from = sentences[Math.min(c.anchor, c.focus)]!.start;
      const to = sentences[Math.max(c.anchor, c.focus)]!.end;
      const hit = innermost(o.placed, (p) => p.range!.start < to && p.range!.end > from);
      if (hit) {
        e.preventDefault();
        o.openClaim(hit.claim.id);
      }
      return;
    }
    const down = isShortcut(e, 'sentence-next');
    if (!down && !isShortcut(e, 'sentence-previous')) return;
    if (!count) return;
    e.preventDefault();
    const step = down ? 1 : -1;
    const c = cursor.current;
    // The cursor starts at the first sentence in view (not one scrolled away or under the toolbar).
    const focus = c ? Math.max(0, Math.min(count - 1, c.focus + step)) : firstInView(root, count);
    const anchor = e.shiftKey && c ? c.anchor : focus;
    cursor.current = { anchor, focus };
    const a = sentences[Math.min(anchor, focus)]!;
    const b = sentences[Math.max(anchor, focus)]!;
    selectTextRange(root, a.start, b.end);
    root.querySelector(`[data-sentence="${focus}"]`)?.scrollIntoView({ block: 'nearest' });
  };
}
