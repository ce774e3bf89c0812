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
