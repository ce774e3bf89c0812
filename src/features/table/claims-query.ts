import { underSourced } from '../../domain/evidence/verdict-rules';
import type { ClaimFilters } from '../../store/ui-store';
import type { ClaimRow } from './claim-rows';

/*
 * What the Claims table asks of its data: a query (filters, sort, grouping) and the window of rows
 * it gets back, and how a row sorts.
 */

export type Standing = Pick<ClaimRow, 'evidence' | 'contradict' | 'contradictLinks'>;

/** Whether a verdict rests on fewer sources than the rule asks, by a row's standing (verdict-rules.ts). */
export function standingUnderSourced(verdict: ClaimRow['verdict'], s: Standing): boolean {
  return underSourced(verdict, {
    independentSupport: s.evidence,
    independentContradict: s.contradict,
    contradict: s.contradictLinks,
  });
}

/** The columns the Claims table sorts by. */
export const SORT_KEYS = ['claim', 'category', 'verdict', 'source', 'evidence', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the table shows: its filters, its sort, and whether equivalent claims are one row. */
export interface ClaimsQuery {
  filters: ClaimFilters;
  /** How the search text matches: as written anywhere (the table), or every word starting a word. */
  match?: 'text' | 'words';
  sort: { id: SortKey; desc: boolean } | null;
  grouped: boolean;
  /**
   * Keep the rows where they are (after an inline edit): the order last shown for this query is
   * kept, rows changed since say so, until the query changes or a claim is added or removed.
   */
  hold?: boolean;
}

/** A window of the table: rows start..start+rows.length of `shown`, out of `total`. */
export interface ClaimsPage {
  /** Rows in the table before filters (after grouping). */
  total: number;
  /** Rows that pass the filters. */
  shown: number;
  start: number;
  rows: ClaimRow[];
  /** The first rows, read before the claims were counted: `total` and `shown` are not known yet. */
  counting?: boolean;
}

export const VERDICT_ORDER: Record<ClaimRow['verdict'], number> = {
  confirmed: 0,
  disputed: 1,
  unverified: 2,
};

/** A row's value for a sort: numbers compare as numbers, text case-insensitively. */
export function sortValue(r: Omit<ClaimRow, keyof Standing> & Standing, key: SortKey): number | string {
  switch (key) {
    case 'claim':
      return r.text.toLowerCase();
    case 'category':
      return r.category.toLowerCase();
    case 'verdict':
      return VERDICT_ORDER[r.verdict];
    case 'source':
      return r.source.toLowerCase();
    case 'evidence':
      return r.evidence;
    case 'updatedAt':
      return r.updatedAt;
  }
}
