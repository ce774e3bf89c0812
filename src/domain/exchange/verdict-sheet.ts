import { describeDependency } from '../evidence/explain';
import { displayOrder, judgeClaim, linksByClaim } from '../evidence/independence';
import { outletName } from '../evidence/sources';
import { WEIGHT_LABELS, describeWeight, type EvidenceWeight } from '../records/evidence';
import type { Claim, ClaimSelector } from '../types';
import { DEFAULT_SCALE, ratingOf, type RatingScale } from '../rating-scales';

/** The parts of the workbench a verdict sheet is made from (structurally the db records). */
export interface SheetArticle {
  id: string;
  headline: string;
  outlet: string | null;
  fileName: string | null;
  /** Wire credits: an article carrying a wire's copy is one source with that wire. */
  credits?: readonly string[];
}
export type SheetClaim = Claim;
export interface SheetLink {
  id: string;
  claimId: string;
  articleId: string;
  selector: ClaimSelector;
  relation: 'supports' | 'contradicts';
  /** When the link was made: links are listed in that order, as in the evidence panel. */
  createdAt?: number;
  /** The fact-checker's note on the evidence, and its weight (see records/evidence). */
  note?: string;
  weight?: EvidenceWeight;
}

/** "Outlet: sentence", then the evidence's weight and note when said: "(On the record; note: …)". */
function evidenceLine(outlet: string, l: SheetLink): string {
  const extra = [describeWeight(l.weight), l.note ? `note: ${l.note}` : ''].filter(Boolean).join('; ');
  return `${outlet}: ${l.selector.quote.exact}${extra ? ` (${extra})` : ''}`;
}
export interface SheetCategory {
  id: string;
  name: string;
}

/** The verdict sheet's columns in the order an editor reads them. */
export const VERDICT_SHEET_HEADER = [
  'claim text',
  'claimant',
  'verdict',
  'category',
  'independent supporting sources',
  'supporting sentences',
  'contradicting sentences',
  'note',
  'normalised wording',
  'outlet',
  'article headline',
  'article URL',
  'updated (UTC)',
  'verdict changed (UTC)',
] as const;
/** Columns for machines, offered as "Technical columns": ids, files and offsets (code points). */
export const TECHNICAL_HEADER = ['claim id', 'article file', 'start', 'end', 'created (UTC)'] as const;

/** One row per evidence link, for pivot tables. */
export const EVIDENCE_SHEET_HEADER = [
  'claim text',
  'verdict',
  'relation',
  'outlet',
  'sentence',
  'counts as an independent source',
  'attribution',
  'source access',
  'kind of source',
  'evidence note',
  'article headline',
  'linked (UTC)',
] as const;
export const EVIDENCE_TECHNICAL_HEADER = ['claim id', 'link id', 'article file', 'start', 'end'] as const;

/** A time as spreadsheets read a date-time ("2026-11-23 10:30:00"), in UTC. */
export function sheetTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

export interface SheetArticleWithUrl extends SheetArticle {
  url?: string | null;
}

/**
 * One verdict-sheet row per claim, in the given order: the evidence as "Outlet: sentence" lines in the
 * panel's order, times as spreadsheet date-times; with `technical`, ids, file and offsets after.
 */
export function verdictSheetRows(
  claims: readonly SheetClaim[],
  articles: ReadonlyMap<string, SheetArticleWithUrl>,
  categories: ReadonlyMap<string, SheetCategory>,
  links: readonly SheetLink[],
  options: {
    technical?: boolean;
    scale?: RatingScale;
    /** A claim's independent supporting sources when already judged (the same judgement), else undefined. */
    independent?: (claimId: string) => number | undefined;
  } = {},
): string[][] {
  const linksOf = linksByClaim(links);
  const outlet = (articleId: string) => {
    const a = articles.get(articleId);
    return a ? outletName(a) : 'Unknown outlet';
  };
  return claims.map((c) => {
    const own = displayOrder((linksOf.get(c.id) ?? []).map((l) => ({ ...l, createdAt: l.createdAt ?? 0 })));
    const known = own.length ? options.independent?.(c.id) : 0;
    const judged =
      known !== undefined ? { independentSupport: known } : judgeClaim(c, own, (id) => articles.get(id));
    const lines = (relation: SheetLink['relation']) =>
      own
        .filter((l) => l.relation === relation)
        .map((l) => evidenceLine(outlet(l.articleId), l))
        .join('\n');
    const a = articles.get(c.articleId);
    const row = [
      c.selector.quote.exact,
      c.claimant?.name ?? '',
      ratingOf(c, options.scale ?? DEFAULT_SCALE).label,
      categories.get(c.categoryId)?.name ?? c.categoryId,
      String(judged.independentSupport),
      lines('supports'),
      lines('contradicts'),
      c.note,
      c.normalised ?? '',
      a ? outletName(a) : '',
      a?.headline ?? '',
      a?.url ?? '',
      sheetTime(c.updatedAt),
      c.verdictChangedAt ? sheetTime(c.verdictChangedAt) : '',
    ];
    if (options.technical)
      row.push(
        c.id,
        a?.fileName ?? '',
        String(c.selector.position.start),
        String(c.selector.position.end),
        sheetTime(c.createdAt),
      );
    return row;
  });
}

/**
 * One row per evidence link, claims in the given order and links in the panel's order: what the link
 * says, from which outlet, and whether it counts as an independent source or why not.
 */
export function evidenceSheetRows(
  claims: readonly SheetClaim[],
  articles: ReadonlyMap<string, SheetArticleWithUrl>,
  links: readonly SheetLink[],
  options: { technical?: boolean; scale?: RatingScale } = {},
): string[][] {
  const linksOf = linksByClaim(links);
  return claims.flatMap((c) => {
    const own = displayOrder((linksOf.get(c.id) ?? []).map((l) => ({ ...l, createdAt: l.createdAt ?? 0 })));
    const judged = judgeClaim(c, own, (id) => articles.get(id));
    const judgement = new Map(judged.links.map((j) => [j.id, j]));
    const number = new Map(own.map((l, i) => [l.id, i + 1]));
    return own.map((l) => {
      const a = articles.get(l.articleId);
      const j = judgement.get(l.id)!;
      const counts =
        l.relation === 'contradicts'
          ? j.dependsOn.length
            ? `no: ${j.dependsOn.map((d) => describeDependency(d, (id) => number.get(id))).join('; ')}`
            : 'contradiction'
          : j.independent
            ? 'yes'
            : `no: ${j.dependsOn.map((d) => describeDependency(d, (id) => number.get(id))).join('; ')}`;
      const row = [
        c.selector.quote.exact,
        ratingOf(c, options.scale ?? DEFAULT_SCALE).label,
        l.relation === 'supports' ? 'Supports' : 'Contradicts',
        a ? outletName(a) : 'Unknown outlet',
        l.selector.quote.exact,
        counts,
        l.weight?.attribution ? WEIGHT_LABELS.attribution[l.weight.attribution] : '',
        l.weight?.access ? WEIGHT_LABELS.access[l.weight.access] : '',
        l.weight?.kind ? WEIGHT_LABELS.kind[l.weight.kind] : '',
        l.note ?? '',
        a?.headline ?? '',
        sheetTime(l.createdAt),
      ];
      if (options.technical)
        row.push(
          c.id,
          l.id,
          a?.fileName ?? '',
          String(l.selector.position.start),
          String(l.selector.position.end),
        );
      return row;
    });
  });
}
