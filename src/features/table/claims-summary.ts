import { standingUnderSourced } from './claims-query';
import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import { outletName } from '../../domain/evidence/sources';
import { VERDICTS, type Verdict } from '../../domain/types';
import { dayOf } from '../../store/ui/filters';
import type { ClaimRow } from './claim-rows';
import type { Standing } from './claims-view-model';

/*
 * What the Overview and the dossier report show, computed from what the claims-view worker holds.
 */

/** The dossier in counts, for the Overview: each count a filter of the table. */
export interface Overview {
  total: number;
  byVerdict: Record<Verdict, number>;
  byCategory: Array<{ id: string; name: string; color: string; count: number }>;
  /** By source article, most claims first. */
  bySource: Array<{ id: string; headline: string; outlet: string; count: number }>;
  /** Claims marked per day (local), oldest first, split by verdict. */
  byDay: Array<{ day: string; counts: Record<Verdict, number> }>;
  /** How many independent sources support each claim; and how many claims have any contradiction. */
  independence: { none: number; one: number; twoOrMore: number; contradicted: number };
  /** Claims whose verdict rests on fewer sources than the rule asks (verdict-rules.ts). */
  underSourced: number;
}

/** One claim of the printable dossier report. */
export interface ReportClaim {
  row: ClaimRow;
  claimant: string | null;
  note: string;
  evidence: Array<{ relation: 'supports' | 'contradicts'; outlet: string; sentence: string }>;
}

/** Counts of every claim by verdict, category, source, day and independence. */
export function overviewOf(
  claims: Iterable<ClaimRecord>,
  categories: ReadonlyMap<string, CategoryRecord>,
  articles: ReadonlyMap<string, ArticleRecord>,
  standing: (id: string) => Standing,
): Overview {
  const zero = () => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  const byVerdict = zero();
  const byCategory = new Map<string, number>();
  const bySource = new Map<string, number>();
  const byDay = new Map<string, Record<Verdict, number>>();
  const independence = { none: 0, one: 0, twoOrMore: 0, contradicted: 0 };
  let weak = 0;
  let total = 0;
  for (const c of claims) {
    total++;
    byVerdict[c.verdict]++;
    byCategory.set(c.categoryId, (byCategory.get(c.categoryId) ?? 0) + 1);
    bySource.set(c.articleId, (bySource.get(c.articleId) ?? 0) + 1);
    const day = dayOf(c.createdAt);
    const counts = byDay.get(day) ?? zero();
    counts[c.verdict]++;
    byDay.set(day, counts);
    const s = standing(c.id);
    if (s.evidence === 0) independence.none++;
    else if (s.evidence === 1) independence.one++;
    else independence.twoOrMore++;
    if (s.contradictLinks > 0) independence.contradicted++;
    if (standingUnderSourced(c.verdict, s)) weak++;
  }
  const ordered = [...categories.values()].sort((a, b) => a.order - b.order);
  return {
    total,
    underSourced: weak,
    byVerdict,
    byCategory: [
      ...ordered.map((c) => ({ id: c.id, name: c.name, color: c.color, count: byCategory.get(c.id) ?? 0 })),
      ...[...byCategory.keys()]
        .filter((id) => !categories.has(id))
        .map((id) => ({ id, name: id, color: '#64748b', count: byCategory.get(id)! })),
    ],
    bySource: [...bySource.entries()]
      .map(([id, count]) => {
        const a = articles.get(id);
        return { id, headline: a?.headline ?? id, outlet: a ? outletName(a) : 'Unknown outlet', count };
      })
      .sort((a, b) => b.count - a.count || (a.headline < b.headline ? -1 : 1)),
    byDay: [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, counts]) => ({ day, counts })),
    independence,
  };
}

/** One claim of the report: its row with its standing, claimant, note and evidence in linking order. */
export function reportClaim(
  row: ClaimRow,
  claim: ClaimRecord,
  links: readonly LinkRecord[],
  articles: ReadonlyMap<string, ArticleRecord>,
): ReportClaim {
  return {
    row,
    claimant: claim.claimant?.name ?? null,
    note: claim.note,
    evidence: [...links]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((l) => {
        const a = articles.get(l.articleId);
        return {
          relation: l.relation,
          outlet: a ? outletName(a) : 'Unknown outlet',
          sentence: l.selector.quote.exact,
        };
      }),
  };
}
