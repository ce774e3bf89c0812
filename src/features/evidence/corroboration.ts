import { judgeClaim, type Corroboration } from '../../domain/evidence/independence';
import type { ArticleRecord, ClaimRecord, LinkRecord } from '../../db/records';

export { corroborationSummary, verdictWarning } from '../../domain/evidence/verdict-rules';

/** Judges a claim's stored links (outlets and wire credits as the articles say now). */
export function corroborationOf(
  claim: ClaimRecord,
  links: readonly LinkRecord[],
  articles: ReadonlyMap<string, ArticleRecord>,
): Corroboration {
  return judgeClaim(claim, links, (id) => articles.get(id));
}

/** How each reason reads after "… as the claim" or "… as #2". */
export const REASON_LABELS = {
  'same-article': 'same article',
  'same-outlet': 'same outlet',
  'same-wire': 'same wire',
  'shared-wording': 'same wording',
  'shared-attribution': 'same attribution',
} as const;
