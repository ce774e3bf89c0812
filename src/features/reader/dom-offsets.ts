/**
 * Maps DOM selection points to offsets in the article text. Every run of article text is drawn in an
 * element carrying `data-start` (its UTF-16 offset in the article text) and holding one text node, so a
 * point inside such a node maps directly; a point between elements maps to the nearest run.
 */

function runs(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-start]'));
}

function runStart(el: HTMLElement): number {
  return Number(el.dataset.start);
}

function runEnd(el: HTMLElement): number {
  return runStart(el) + (el.textContent?.length ?? 0);
}

/** Offset of a DOM point (node, offset) in the article text under `root`, clamped to it. */
export function textOffset(root: Element, node: Node, offset: number, all = runs(root)): number {
  if (!all.length) return 0;
  const first = all[0]!;
  const last = all[all.length - 1]!;
  if (!root.contains(node)) {
    // A drag that ends outside the article text: clamp to its start or end.
    const pos = root.compareDocumentPosition(node);
    return pos & Node.DOCUMENT_POSITION_PRECEDING ? runStart(first) : runEnd(last);
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (run && root.contains(run)) return runStart(run) + offset;
  }
  // A point on a run element itself: before its text or after it.
  if (node instanceof HTMLElement && node.dataset.start !== undefined && root.contains(node)) {
    return offset === 0 ? runStart(node) : runEnd(node);
  }
  // A point between child nodes: find the first run at or after it in document order.
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const run of all) {
    const r = document.createRange();
    r.selectNodeContents(run);
    // The first run that does not end before the point: the point is at its start or inside it.
    if (probe.compareBoundaryPoints(Range.START_TO_END, r) <= 0) return runStart(run);
  }
  return runEnd(last);
}

/** The selected range of article text (UTF-16), trimmed of white space, or null when nothing is. */
export function selectedTextRange(
  root: Element,
  selection: Selection | null,
  text: string,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const all = runs(root);
  let start = textOffset(root, range.startContainer, range.startOffset, all);
  let end = textOffset(root, range.endContainer, range.endOffset, all);
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Selects text[start, end) in the DOM (used by keyboard selection). */
export function selectTextRange(root: Element, start: number, end: number): void {
  const all = runs(root);
  const at = (pos: number, preferEnd: boolean): [Node, number] | null => {
    for (const run of all) {
      const s = runStart(run);
      const e = runEnd(run);
      if (pos >= s && (pos < e || (preferEnd && pos === e))) {
        const node = run.firstChild;
        return node ? [node, pos - s] : null;
      }
    }
    return null;
  };
  const a = at(start, false);
  const b = at(end, true);
  const sel = window.getSelection();
  if (!a || !b || !sel) return;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  sel.removeAllRanges();
  sel.addRange(range);
}
