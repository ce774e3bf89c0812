import { CodePointIndex } from './code-points';
import type { ClaimSelector, TextPositionSelector } from './types';

/** Context kept either side of a quote: enough to tell repeated phrases apart in a news article. */
export const CONTEXT_CODE_POINTS = 32;

/** Builds the W3C quote and position selectors for text[start, end) (UTF-16 offsets in). */
export function describeRange(index: CodePointIndex, startU16: number, endU16: number): ClaimSelector {
  const start = index.toCodePoint(startU16);
  const end = index.toCodePoint(endU16);
  return {
    quote: {
      exact: index.slice(start, end),
      prefix: index.slice(Math.max(0, start - CONTEXT_CODE_POINTS), start),
      suffix: index.slice(end, end + CONTEXT_CODE_POINTS),
    },
    position: { start, end },
  };
}

/** Length of the common suffix of a and b (code units). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the common prefix of a and b (code units). */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where a claim's quote lies in the text now (code points). The stored position wins when it
 * still holds the exact quote; otherwise every occurrence of the quote is scored by how much of the
 * stored prefix and suffix surround it (context matters most) and, to break ties, by closeness to
 * the old position. Returns null when the quote is gone: better no highlight than the wrong words.
 */
export function anchorSelector(index: CodePointIndex, selector: ClaimSelector): TextPositionSelector | null {
  const { quote, position } = selector;
  if (!quote.exact) return null;
  if (index.slice(position.start, position.end) === quote.exact) return { ...position };
  const text = index.text;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const context =
      (commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix)) /
      Math.max(1, quote.prefix.length + quote.suffix.length);
    const distance = Math.abs(index.toCodePoint(at) - position.start) / Math.max(1, index.length);
    // Context is worth up to 1; distance can take off at most 0.1, so it only breaks ties.
    const score = context - 0.1 * distance;
    if (!best || score > best.score) best = { start: at, score };
  }
  if (!best) return null;
  const start = index.toCodePoint(best.start);
  return { start, end: start + new CodePointIndex(quote.exact).length };
}
