import type { Verdict } from '../types';
import type { Corroboration } from './independence';

/** Independent supporting sources most desks want before a claim is confirmed. */
export const SOURCES_TO_CONFIRM = 2;

type Standing = Pick<Corroboration, 'independentSupport' | 'independentContradict' | 'contradict'>;

/** "2 independent sources support, 1 contradicts": the claim's standing in words. */
export function corroborationSummary(
  c: Pick<Corroboration, 'independentSupport' | 'independentContradict'>,
): string {
  const n = c.independentSupport;
  const m = c.independentContradict;
  return `${n} independent ${n === 1 ? 'source supports' : 'sources support'}, ${m} ${m === 1 ? 'contradicts' : 'contradict'}`;
}

/**
 * True when the verdict rests on fewer sources than the rule asks (`verdictWarning` has something to
 * say): confirmed with fewer than SOURCES_TO_CONFIRM independent sources or over a contradiction,
 * disputed with nothing that contradicts. The Claims table's "Under-sourced" filter, the Overview's
 * count and the ClaimReview export's check all ask this.
 */
export function underSourced(verdict: Verdict, c: Standing): boolean {
  return verdictWarning(verdict, c) !== null;
}

/**
 * A warning when a verdict outruns its evidence, or null: confirming over any contradiction or with
 * fewer than two independent sources, disputing with nothing that contradicts.
 */
export function verdictWarning(verdict: Verdict, c: Standing): string | null {
  if (verdict === 'confirmed') {
    const problems: string[] = [];
    if (c.contradict > 0)
      problems.push(`${c.contradict} contradicting ${c.contradict === 1 ? 'link stands' : 'links stand'}`);
    if (c.independentSupport < SOURCES_TO_CONFIRM)
      problems.push(
        `${c.independentSupport === 0 ? 'no' : 'only one'} independent supporting source (most desks want ${SOURCES_TO_CONFIRM})`,
      );
    return problems.length ? `Confirmed, but ${problems.join(' and ')}.` : null;
  }
  if (verdict === 'disputed' && c.contradict === 0)
    return 'Disputed, but no contradicting evidence is linked yet.';
  return null;
}
