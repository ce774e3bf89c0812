import { judgeClaim, type Corroboration } from '../../domain/evidence/independence';
import type { ArticleRecord, ClaimRecord, LinkRecord } from '../../db/records';

/** Judges a claim's stored links (outlets as the articles say now). */
export function corroborationOf(
  claim: ClaimRecord,
  links: readonly LinkRecord[],
  articles: ReadonlyMap<string, ArticleRecord>,
): Corroboration {
  return judgeClaim(claim, links, (id) => articles.get(id)?.outlet ?? '');
}

/** "2 independent sources support, 1 contradicts": the claim's standing in words. */
export function corroborationSummary(c: Pick<Corroboration, 'independentSupport' | 'contradict'>): string {
  const n = c.independentSupport;
  const m = c.contradict;
  return `${n} independent ${n === 1 ? 'source supports' : 'sources support'}, ${m} ${m === 1 ? 'contradicts' : 'contradict'}`;
}

/** A gentle warning when a verdict outruns its evidence, or null. */
export function verdictWarning(
  verdict: ClaimRecord['verdict'],
  c: Pick<Corroboration, 'independentSupport' | 'contradict'>,
): string | null {
  if (verdict === 'confirmed' && c.independentSupport < 2)
    return `Confirmed with ${c.independentSupport === 0 ? 'no' : 'only one'} independent supporting source. Most desks want two.`;
  if (verdict === 'disputed' && c.contradict === 0)
    return 'Disputed, but no contradicting evidence is linked yet.';
  return null;
}

export const REASON_LABELS = {
  'same-outlet': 'same outlet',
  'shared-wording': 'same wording',
  'shared-attribution': 'same attribution',
} as const;
