import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../db/records';
import { toCsv, toTsv } from '../domain/exchange/csv';
import {
  EVIDENCE_SHEET_HEADER,
  EVIDENCE_TECHNICAL_HEADER,
  evidenceSheetRows,
  TECHNICAL_HEADER,
  VERDICT_SHEET_HEADER,
  verdictSheetRows,
} from '../domain/exchange/verdict-sheet';
import { stamp } from './download';
import { scaleById } from '../domain/rating-scales';

/**
 * A file made for the user: the page offers it as a download (or copies it). Made in a worker (the
 * exchange worker, or the claims-view worker for the sheets), off the main thread.
 */
export interface FileOut {
  name: string;
  type: string;
  content: string;
  /** Rows, claims or reviews written. */
  count: number;
}

/** Which sheet to write: one row per claim or per evidence link, with or without technical columns. */
export interface SheetChoice {
  shape: 'claims' | 'evidence';
  technical: boolean;
  /** The newsroom's rating scale, by id: the verdict column says its ratings. */
  scale?: string;
}

/** What a verdict sheet is made from. */
export interface SheetData {
  claims: readonly ClaimRecord[];
  links: readonly LinkRecord[];
  articles: readonly ArticleRecord[];
  categories: readonly CategoryRecord[];
  /** A claim's independent supporting sources when already judged (see verdictSheetRows). */
  independent?: (claimId: string) => number | undefined;
}

/** The verdict sheet as CSV (or TSV for the clipboard): the given claims in order, or all when null. */
export function sheetFile(
  kind: 'csv' | 'tsv',
  w: SheetData,
  claimIds: readonly string[] | null,
  choice: SheetChoice = { shape: 'claims', technical: false },
): FileOut {
  // The given claims are taken in their order by id (sorting 100,000 claims by a map of positions
  // took a third of a sheet's time).
  const byId = claimIds ? new Map(w.claims.map((c) => [c.id, c])) : null;
  const claims = byId
    ? [...new Set(claimIds)].flatMap((id) => byId.get(id) ?? [])
    : [...w.claims].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const articles = new Map(w.articles.map((a) => [a.id, a]));
  const options = { technical: choice.technical, scale: scaleById(choice.scale), independent: w.independent };
  const { header, rows } =
    choice.shape === 'evidence'
      ? {
          header: [...EVIDENCE_SHEET_HEADER, ...(choice.technical ? EVIDENCE_TECHNICAL_HEADER : [])],
          rows: evidenceSheetRows(claims, articles, w.links, options),
        }
      : {
          header: [...VERDICT_SHEET_HEADER, ...(choice.technical ? TECHNICAL_HEADER : [])],
          rows: verdictSheetRows(
            claims,
            articles,
            new Map(w.categories.map((c) => [c.id, c])),
            w.links,
            options,
          ),
        };
  const name = choice.shape === 'evidence' ? 'evidence' : 'verdicts';
  return kind === 'csv'
    ? {
        name: `corroborate-${name}-${stamp()}.csv`,
        type: 'text/csv;charset=utf-8',
        content: toCsv(header, rows),
        count: rows.length,
      }
    : { name: '', type: 'text/tab-separated-values', content: toTsv(header, rows), count: rows.length };
}
