import { useMemo } from 'react';
import { anchorSelector } from '../../domain/anchoring';
import { CodePointIndex } from '../../domain/code-points';
import type { ArticleTextRecord, ClaimRecord } from '../../db/records';

export interface PlacedClaim {
  claim: ClaimRecord;
  /** UTF-16 range in the article text; null when the quote can no longer be found. */
  range: { start: number; end: number } | null;
}

/**
 * The innermost (shortest) placed claim among those `keep` accepts: where highlights overlap, it is
 * the one drawn on top and the one a click or the keyboard opens.
 */
export function innermost(
  placed: readonly PlacedClaim[],
  keep: (p: PlacedClaim) => boolean,
): PlacedClaim | undefined {
  let best: PlacedClaim | undefined;
  for (const p of placed) {
    if (!p.range || !keep(p)) continue;
    if (!best || p.range.end - p.range.start < best.range!.end - best.range!.start) best = p;
  }
  return best;
}

/** The article text in UTF-16 terms for drawing: blocks, sentences and where each claim lies now. */
export function useArticleModel(
  text: ArticleTextRecord | null | undefined,
  claims: ClaimRecord[] | undefined,
) {
  const index = useMemo(() => (text ? new CodePointIndex(text.text) : null), [text]);
  const layout = useMemo(() => {
    if (!text || !index) return null;
    const toU16 = (r: { start: number; end: number }) => ({
      start: index.toUtf16(r.start),
      end: index.toUtf16(r.end),
    });
    return {
      blocks: text.blocks.map((b) => ({ kind: b.kind, ...toU16(b) })),
      sentences: text.sentences.map(toU16),
    };
  }, [text, index]);
  const placed = useMemo<PlacedClaim[]>(() => {
    if (!index || !claims) return [];
    return claims.map((claim) => {
      const pos = anchorSelector(index, claim.selector);
      return {
        claim,
        range: pos ? { start: index.toUtf16(pos.start), end: index.toUtf16(pos.end) } : null,
      };
    });
  }, [index, claims]);
  return { index, layout, placed };
}
