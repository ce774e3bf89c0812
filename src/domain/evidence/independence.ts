import { sharesAttribution } from './attribution';
import type { EvidenceCandidate } from './index';
import { isWireOriginal, sameOutlet, sharedWire, sourceOf, type SourceInfo } from './sources';
import { sharesWording } from './wording';

export type DependenceReason =
  'same-article' | 'same-outlet' | 'same-wire' | 'shared-wording' | 'shared-attribution';

/** A sentence as judging needs it: where it is, what it says, and its article's outlet and credits. */
export interface JudgedSentence extends EvidenceCandidate {
  /** The article's wire credits ("With Agence France-Presse and Reuters"); none when not given. */
  credits?: readonly string[];
  /** Start of the sentence in its article (code points): orders several sentences of one article. */
  start?: number;
}

function sourceInfo(s: JudgedSentence): SourceInfo {
  return sourceOf({ outlet: s.outlet, credits: s.credits });
}

/** Why two articles are one source as far as outlet and wire go (wording and attribution aside). */
function sourceReasons(a: SourceInfo, b: SourceInfo): Array<{ reason: DependenceReason; detail?: string }> {
  if (sameOutlet(a, b)) return [{ reason: 'same-outlet', detail: a.outlet! }];
  const wire = sharedWire(a, b);
  return wire ? [{ reason: 'same-wire', detail: wire }] : [];
}

/**
 * Why `b` is not independent corroboration of `a`, or an empty list when it is: the same article, the
 * same outlet, the same wire's copy (by credit), near-verbatim wording, or one named source quoted.
 */
export function dependence(a: JudgedSentence, b: JudgedSentence): DependenceReason[] {
  const reasons: DependenceReason[] = [];
  if (a.articleId === b.articleId) reasons.push('same-article');
  else for (const r of sourceReasons(sourceInfo(a), sourceInfo(b))) reasons.push(r.reason);
  if (sharesWording(a.text, b.text)) reasons.push('shared-wording');
  if (sharesAttribution(a.text, b.text)) reasons.push('shared-attribution');
  return reasons;
}

export type Relation = 'supports' | 'contradicts';

export interface LinkForCount extends JudgedSentence {
  relation: Relation;
}

/** One reason a source does not count, and what it repeats: the claim, or another source. */
export interface Dependency {
  reason: DependenceReason;
  /** 'claim', or the id of the link that stands for the source depended on. */
  on: 'claim' | string;
  /** The outlet or wire shared, where there is one ("AFP"). */
  detail?: string;
}

/** One article among a claim's evidence of one relation: the unit that counts. */
export interface SourceJudgement {
  articleId: string;
  relation: Relation;
  /** The outlet as judged (stated, or filled from a wire credit); null when unknown. */
  outlet: string | null;
  outletFromCredit: boolean;
  /** The article's links of this relation, first the one that stands for the source. */
  linkIds: string[];
  /** True when this source counts towards the claim's independent sources. */
  counts: boolean;
  /** Why it does not count; empty when it does. */
  dependsOn: Dependency[];
}

export interface LinkJudgement {
  id: string;
  /** Reasons this link does not count on its own, each with what it depends on. */
  dependsOn: Dependency[];
  /** True for the one link that stands for a source that counts. */
  independent: boolean;
}

export interface Corroboration {
  /** Independent supporting sources: articles, grouped by outlet, wire, wording and attribution. */
  independentSupport: number;
  /** Independent contradicting sources, grouped the same way. */
  independentContradict: number;
  /** Supporting links (sentences). */
  support: number;
  /** Contradicting links (sentences). */
  contradict: number;
  /** Every source, supporting first, each group's counting source before those it stands for. */
  sources: SourceJudgement[];
  links: LinkJudgement[];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Links in an order that depends on what they are, never on when they were made. */
function canonical(links: readonly LinkForCount[]): LinkForCount[] {
  return [...links].sort(
    (a, b) => byKey(a.articleId, b.articleId) || (a.start ?? 0) - (b.start ?? 0) || byKey(a.id, b.id),
  );
}

interface Group {
  articleId: string;
  info: SourceInfo;
  links: LinkForCount[];
}

/** Reasons two groups of sentences (two articles) are one source. */
function groupReasons(a: Group, b: Group): Array<{ reason: DependenceReason; detail?: string }> {
  const out = sourceReasons(a.info, b.info);
  const pairs = a.links.flatMap((x) => b.links.map((y) => [x.text, y.text] as const));
  if (pairs.some(([x, y]) => sharesWording(x, y))) out.push({ reason: 'shared-wording' });
  if (pairs.some(([x, y]) => sharesAttribution(x, y))) out.push({ reason: 'shared-attribution' });
  return out;
}

/** Reasons a group repeats the claim itself. */
function claimReasons(claim: JudgedSentence, g: Group): Array<{ reason: DependenceReason; detail?: string }> {
  if (claim.articleId === g.articleId) return [{ reason: 'same-article' }];
  const out = sourceReasons(sourceInfo(claim), g.info);
  if (g.links.some((l) => sharesWording(claim.text, l.text))) out.push({ reason: 'shared-wording' });
  if (g.links.some((l) => sharesAttribution(claim.text, l.text))) out.push({ reason: 'shared-attribution' });
  return out;
}

/** Judges the links of one relation; returns the sources, counting ones first within each group. */
function judgeRelation(claim: JudgedSentence, relation: Relation, links: LinkForCount[]): SourceJudgement[] {
  const groups: Group[] = [];
  for (const l of links) {
    const last = groups[groups.length - 1];
    if (last && last.articleId === l.articleId) last.links.push(l);
    else groups.push({ articleId: l.articleId, info: sourceInfo(l), links: [l] });
  }
  // Support that repeats the claim's own outlet, wire, wording or named source is not corroboration.
  // A contradiction is one wherever it is printed, so contradicting sources are only grouped.
  const onClaim = groups.map((g) => (relation === 'supports' ? claimReasons(claim, g) : []));
  const eligible = groups.map((_, i) => onClaim[i]!.length === 0);
  // Sources that depend on each other, directly or through others, form one group that counts once:
  // a wire's own copy stands for the papers that reprint it (the original counts, not the reprint),
  // else the first in canonical order (union-find keeps the lowest rank as the root).
  const rank = groups.map((g, i) => (isWireOriginal(g.info) ? i : groups.length + i));
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edges = new Map<number, Array<{ to: number; reason: DependenceReason; detail?: string }>>();
  for (let i = 0; i < groups.length; i++) {
    if (!eligible[i]) continue;
    for (let j = i + 1; j < groups.length; j++) {
      if (!eligible[j]) continue;
      const reasons = groupReasons(groups[i]!, groups[j]!);
      if (!reasons.length) continue;
      for (const r of reasons) {
        edges.set(j, [...(edges.get(j) ?? []), { to: i, ...r }]);
        edges.set(i, [...(edges.get(i) ?? []), { to: j, ...r }]);
      }
      const [ri, rj] = [find(i), find(j)];
      if (ri !== rj) {
        const [root, child] = rank[ri]! < rank[rj]! ? [ri, rj] : [rj, ri];
        parent[child] = root;
      }
    }
  }
  const judged = groups.map((g, i): SourceJudgement => {
    const root = find(i);
    const counts = eligible[i]! && root === i;
    let dependsOn: Dependency[];
    if (!eligible[i]) dependsOn = onClaim[i]!.map((r) => ({ ...r, on: 'claim' }));
    else if (counts) dependsOn = [];
    else {
      // Name what this source repeats: the counting source first where the two are linked directly.
      const own = [...(edges.get(i) ?? [])].sort((a, b) =>
        a.to === root ? -1 : b.to === root ? 1 : a.to - b.to,
      );
      dependsOn = own.map(({ to, reason, detail }) => ({
        reason,
        on: groups[to]!.links[0]!.id,
        ...(detail ? { detail } : {}),
      }));
    }
    return {
      articleId: g.articleId,
      relation,
      outlet: g.info.outlet,
      outletFromCredit: g.info.outletFromCredit,
      linkIds: g.links.map((l) => l.id),
      counts,
      dependsOn,
    };
  });
  // Sources grouped with others first, each counting source followed by those it stands for; then
  // those that only repeat the claim.
  const order = groups
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(!eligible[a]) - Number(!eligible[b]) ||
        rank[find(a)]! - rank[find(b)]! ||
        Number(find(b) === b) - Number(find(a) === a) ||
        a - b,
    );
  return order.map((i) => judged[i]!);
}

/**
 * Judges a claim's evidence. A source is an article: several sentences of one article are one source.
 * Supporting sources that repeat the claim's outlet, wire, wording or named source do not count;
 * the others are grouped when they share an outlet, a wire, wording or a named source, and each group
 * counts once. Contradicting sources are grouped the same way. The result depends only on the set of
 * links, never on the order they were made in.
 */
export function judgeEvidence(claim: JudgedSentence, links: readonly LinkForCount[]): Corroboration {
  const sorted = canonical(links);
  const supports = judgeRelation(
    claim,
    'supports',
    sorted.filter((l) => l.relation === 'supports'),
  );
  const contradicts = judgeRelation(
    claim,
    'contradicts',
    sorted.filter((l) => l.relation === 'contradicts'),
  );
  const sources = [...supports, ...contradicts];
  const linkJudgements = new Map<string, LinkJudgement>();
  for (const s of sources) {
    s.linkIds.forEach((id, k) => {
      const dependsOn: Dependency[] =
        k === 0 ? s.dependsOn : [{ reason: 'same-article', on: s.linkIds[0]! }, ...s.dependsOn];
      linkJudgements.set(id, {
        id,
        dependsOn,
        independent: s.counts && s.relation === 'supports' && k === 0,
      });
    });
  }
  return {
    independentSupport: supports.filter((s) => s.counts).length,
    independentContradict: contradicts.filter((s) => s.counts).length,
    support: supports.reduce((n, s) => n + s.linkIds.length, 0),
    contradict: contradicts.reduce((n, s) => n + s.linkIds.length, 0),
    sources,
    links: links.map((l) => linkJudgements.get(l.id)!),
  };
}

/** A stored claim or link as far as judging needs: where it is and what it quotes. */
interface Quoted {
  id: string;
  articleId: string;
  selector: { quote: { exact: string }; position: { start: number } };
}

/** What judging needs of an article: its outlet and wire credits, as they stand now. */
export interface ArticleSource {
  outlet: string | null;
  credits?: readonly string[];
}

/**
 * Judges a stored claim's links, each article's outlet and credits looked up as they stand now. The
 * one function behind every count the app shows or exports: panel, table, matrix, CSV, ClaimReview.
 */
export function judgeClaim(
  claim: Quoted,
  links: ReadonlyArray<Quoted & { relation: Relation }>,
  articleOf: (articleId: string) => ArticleSource | undefined,
): Corroboration {
  const candidate = (q: Quoted): JudgedSentence => {
    const a = articleOf(q.articleId);
    return {
      id: q.id,
      articleId: q.articleId,
      outlet: a?.outlet ?? '',
      credits: a?.credits ?? [],
      text: q.selector.quote.exact,
      start: q.selector.position.start,
    };
  };
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

/** The order links are shown in everywhere (panel, CSV): as they were made, ties by id. */
export function displayOrder<T extends { id: string; createdAt: number }>(links: readonly T[]): T[] {
  return [...links].sort((a, b) => a.createdAt - b.createdAt || byKey(a.id, b.id));
}
