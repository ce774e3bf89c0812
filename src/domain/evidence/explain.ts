import type { Dependency, DependenceReason, SourceJudgement } from './independence';

const REASON: Record<DependenceReason, string> = {
  'same-article': 'same article',
  'same-outlet': 'same outlet',
  'same-wire': 'same wire',
  'shared-wording': 'same wording',
  'shared-attribution': 'same named source',
};

/**
 * One reason in words: "same wire as #2 (AFP)", "same outlet as the claim (The Guardian)". `number`
 * gives the number the panel shows for a link.
 */
export function describeDependency(d: Dependency, number: (linkId: string) => number | undefined): string {
  const on = d.on === 'claim' ? 'the claim' : `#${number(d.on) ?? '?'}`;
  return `${REASON[d.reason]} as ${on}${d.detail ? ` (${d.detail})` : ''}`;
}

/** Why a source counts or not, in a sentence for the panel. */
export function describeSource(s: SourceJudgement, number: (linkId: string) => number | undefined): string {
  const sentences = s.linkIds.length === 1 ? 'one sentence' : `${s.linkIds.length} sentences`;
  if (s.counts) {
    const outlet = s.outlet
      ? s.outletFromCredit
        ? ` (outlet from its wire credit: ${s.outlet})`
        : ''
      : ' (outlet unknown: counted once, as its own article; set the outlet if it repeats another source)';
    return `Counts: ${sentences}${outlet}.`;
  }
  const why = s.dependsOn.map((d) => describeDependency(d, number)).join('; ');
  return `Does not count: ${why}.`;
}

/**
 * Whether linking a suggestion would count as independent corroboration of the claim, in words for
 * its flag: "Independent", or why not ("Would not count: same wire as the claim, same wording").
 */
export function describeWouldCount(reasons: readonly DependenceReason[]): string {
  if (!reasons.length) return 'Independent';
  return `Would not count: ${reasons.map((r) => REASON[r]).join(', ')} as the claim`;
}
