import { canonicalOutlet } from '../boilerplate';
import { sharesAttribution } from './attribution';
import type { EvidenceCandidate } from './index';
import { sharesWording } from './wording';

export type DependenceReason = 'same-outlet' | 'shared-wording' | 'shared-attribution';

/** The outlet, compared by the name it stands for ("The Guardian - AU" is The Guardian); unknown is none. */
function knownOutlet(o: string): string | null {
  const t = canonicalOutlet(o).toLowerCase();
  return t && t !== 'unknown' && t !== 'unknown outlet' ? t : null;
}

/** Why `b` is not independent corroboration of `a`, or an empty list when it is. */
export function dependence(a: EvidenceCandidate, b: EvidenceCandidate): DependenceReason[] {
  const reasons: DependenceReason[] = [];
  const oa = knownOutlet(a.outlet);
  if (oa && oa === knownOutlet(b.outlet)) reasons.push('same-outlet');
  if (sharesWording(a.text, b.text)) reasons.push('shared-wording');
  if (sharesAttribution(a.text, b.text)) reasons.push('shared-attribution');
  return reasons;
}

export interface LinkForCount extends EvidenceCandidate {
  relation: 'supports' | 'contradicts';
}

export interface LinkJudgement {
  id: string;
  /** Reasons this link is not independent, each with what it depends on: the claim or another link's id. */
  dependsOn: Array<{ reason: DependenceReason; on: 'claim' | string }>;
  independent: boolean;
}

export interface Corroboration {
  /** Supporting links that are independent of the claim and of each other. */
  independentSupport: number;
  support: number;
  contradict: number;
  links: LinkJudgement[];
}

/**
 * Judges a claim's links in order: a supporting link counts as an independent source unless it
 * depends on the claim (same outlet, same wording, same attribution) or on a link already counted.
 * Links to contradicting sentences are counted as they are: a denial is a contradiction wherever it
 * is printed.
 */
export function judgeEvidence(claim: EvidenceCandidate, links: readonly LinkForCount[]): Corroboration {
  const counted: LinkForCount[] = [];
  const judgements: LinkJudgement[] = [];
  for (const link of links) {
    const dependsOn: LinkJudgement['dependsOn'] = dependence(claim, link).map((reason) => ({
      reason,
      on: 'claim',
    }));
    for (const other of links) {
      if (other === link || other.relation !== link.relation) continue;
      for (const reason of dependence(other, link)) dependsOn.push({ reason, on: other.id });
    }
    const blocking = dependsOn.filter((d) => d.on === 'claim' || counted.some((c) => c.id === d.on));
    const independent = link.relation === 'supports' && blocking.length === 0;
    if (independent) counted.push(link);
    judgements.push({ id: link.id, dependsOn, independent });
  }
  return {
    independentSupport: counted.length,
    support: links.filter((l) => l.relation === 'supports').length,
    contradict: links.filter((l) => l.relation === 'contradicts').length,
    links: judgements,
  };
}

/** A stored claim or link as far as judging needs: where it is and what it quotes. */
interface Quoted {
  id: string;
  articleId: string;
  selector: { quote: { exact: string } };
}

/** Judges a stored claim's links, with each article's outlet looked up as it stands now. */
export function judgeClaim(
  claim: Quoted,
  links: ReadonlyArray<Quoted & { relation: 'supports' | 'contradicts' }>,
  outletOf: (articleId: string) => string,
): Corroboration {
  const candidate = (q: Quoted): EvidenceCandidate => ({
    id: q.id,
    articleId: q.articleId,
    outlet: outletOf(q.articleId),
    text: q.selector.quote.exact,
  });
  return judgeEvidence(
    candidate(claim),
    links.map((l) => ({ ...candidate(l), relation: l.relation })),
  );
}

/** Links grouped by the claim they belong to. */
export function linksByClaim<T extends { claimId: string }>(links: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const l of links) {
    const list = out.get(l.claimId);
    if (list) list.push(l);
    else out.set(l.claimId, [l]);
  }
  return out;
}
