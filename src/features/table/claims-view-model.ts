import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import type { ClaimFilters } from '../../store/ui-store';
import { buildClaimRows, groupEquivalentRows, type ClaimRow } from './claim-rows';

/** The columns the Claims table sorts by. */
export const SORT_KEYS = ['claim', 'category', 'verdict', 'source', 'evidence', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the table shows: its filters, its sort, and whether equivalent claims are one row. */
export interface ClaimsQuery {
  filters: ClaimFilters;
  sort: { id: SortKey; desc: boolean } | null;
  grouped: boolean;
}

/** A window of the table: rows start..start+rows.length of `shown`, out of `total`. */
export interface ClaimsPage {
  /** Rows in the table before filters (after grouping). */
  total: number;
  /** Rows that pass the filters. */
  shown: number;
  start: number;
  rows: ClaimRow[];
}

const VERDICT_ORDER: Record<ClaimRow['verdict'], number> = { confirmed: 0, disputed: 1, unverified: 2 };

/** A row's value for a sort: numbers compare as numbers, text case-insensitively. */
function sortValue(r: ClaimRow, key: SortKey): number | string {
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

const byId = (a: ClaimRow, b: ClaimRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The Claims table's data, held where it is cheap to ask (a worker): every claim's row, kept up to date
 * change by change (a claim edited rebuilds its row only; links rebuild the rows of the claims whose
 * links changed), with sorted orders cached until the data changes. The page asks for a window of
 * rows and gets only those, plus the counts it shows.
 */
export class ClaimsViewModel {
  private claims = new Map<string, ClaimRecord>();
  private linksOf = new Map<string, LinkRecord[]>();
  private articles = new Map<string, ArticleRecord>();
  private categories = new Map<string, CategoryRecord>();
  private rows = new Map<string, ClaimRow>();
  private groups: ReadonlyMap<string, readonly string[]> | null = null;
  /** Rows in ascending order of a sort key (ties by id), until the next change. */
  private orders = new Map<SortKey, ClaimRow[]>();
  private lastQuery: { key: string; rows: ClaimRow[]; total: number } | null = null;
  /** Raised by every change: a page asked before it may be stale. */
  version = 0;

  get size(): number {
    return this.claims.size;
  }

  has(id: string): boolean {
    return this.claims.has(id);
  }

  private changed(): void {
    this.orders.clear();
    this.lastQuery = null;
    this.version++;
  }

  setArticles(articles: readonly ArticleRecord[]): void {
    this.articles = new Map(articles.map((a) => [a.id, a]));
    this.rows.clear();
    this.changed();
  }

  setCategories(categories: readonly CategoryRecord[]): void {
    this.categories = new Map(categories.map((c) => [c.id, c]));
    this.rows.clear();
    this.changed();
  }

  /** All claims at once (first load, or after a restore). */
  setClaims(claims: readonly ClaimRecord[]): void {
    this.claims = new Map(claims.map((c) => [c.id, c]));
    this.rows.clear();
    this.changed();
  }

  /** Claims added or changed; returns whether any was new to the model or changed. */
  putClaims(claims: readonly ClaimRecord[]): boolean {
    let any = false;
    for (const c of claims) {
      const had = this.claims.get(c.id);
      if (had && had.rev === c.rev && had.updatedAt === c.updatedAt) continue;
      this.claims.set(c.id, c);
      this.rows.delete(c.id);
      any = true;
    }
    if (any) this.changed();
    return any;
  }

  /** Keeps only the claims whose ids are given (the rest were deleted); returns whether any went. */
  keepClaims(ids: readonly string[]): boolean {
    const keep = new Set(ids);
    let any = false;
    for (const id of [...this.claims.keys()])
      if (!keep.has(id)) {
        this.claims.delete(id);
        this.rows.delete(id);
        any = true;
      }
    if (any) this.changed();
    return any;
  }

  /** Every link: only the rows of claims whose links changed are rebuilt. */
  setLinks(links: readonly LinkRecord[]): void {
    const next = new Map<string, LinkRecord[]>();
    for (const l of links) {
      const list = next.get(l.claimId);
      if (list) list.push(l);
      else next.set(l.claimId, [l]);
    }
    const signature = (list: readonly LinkRecord[] | undefined) =>
      list ? list.map((l) => `${l.id}:${l.relation}:${l.updatedAt}`).join(',') : '';
    let any = false;
    for (const id of new Set([...this.linksOf.keys(), ...next.keys()]))
      if (signature(this.linksOf.get(id)) !== signature(next.get(id))) {
        this.rows.delete(id);
        any = true;
      }
    this.linksOf = next;
    if (any) this.changed();
  }

  setGroups(groups: ReadonlyMap<string, readonly string[]> | null): void {
    this.groups = groups;
    this.changed();
  }

  /** A claim's row, built when first needed after a change. */
  private row(id: string): ClaimRow {
    let r = this.rows.get(id);
    if (!r) {
      const claim = this.claims.get(id)!;
      r = buildClaimRows([claim], this.articles, this.categories, this.linksOf.get(id) ?? [])[0]!;
      this.rows.set(id, r);
    }
    return r;
  }

  private allRows(grouped: boolean): ClaimRow[] {
    const rows = [...this.claims.keys()].map((id) => this.row(id));
    if (!grouped || !this.groups) return rows;
    const created = new Map([...this.claims.values()].map((c) => [c.id, c.createdAt]));
    return groupEquivalentRows(rows, this.groups, created);
  }

  private ordered(key: SortKey, grouped: boolean): ClaimRow[] {
    const cacheKey = grouped ? null : key;
    const cached = cacheKey && this.orders.get(cacheKey);
    if (cached) return cached;
    const rows = this.allRows(grouped);
    const values = new Map(rows.map((r) => [r.id, sortValue(r, key)]));
    rows.sort((a, b) => {
      const x = values.get(a.id)!;
      const y = values.get(b.id)!;
      return x < y ? -1 : x > y ? 1 : byId(a, b);
    });
    if (cacheKey) this.orders.set(cacheKey, rows);
    return rows;
  }

  /** The rows that pass the query's filters, in its order. */
  private select(q: ClaimsQuery): { rows: ClaimRow[]; total: number } {
    const key = JSON.stringify(q);
    if (this.lastQuery?.key === key) return this.lastQuery;
    const base = q.sort ? this.ordered(q.sort.id, q.grouped) : this.allRows(q.grouped).sort(byId);
    const { verdict, categoryId, articleId } = q.filters;
    const search = q.filters.search.trim().toLowerCase();
    const pass = (r: ClaimRow) =>
      (!verdict || r.verdict === verdict) &&
      (!categoryId || r.categoryId === categoryId) &&
      (!articleId || r.articleId === articleId) &&
      (!search || r.text.toLowerCase().includes(search));
    const filtered = verdict || categoryId || articleId || search ? base.filter(pass) : base;
    const rows = q.sort?.desc ? [...filtered].reverse() : filtered;
    this.lastQuery = { key, rows, total: base.length };
    return this.lastQuery;
  }

  /** Rows start..end of what the query shows, with its counts. */
  page(q: ClaimsQuery, start: number, end: number): ClaimsPage {
    const { rows, total } = this.select(q);
    const from = Math.max(0, Math.min(start, rows.length));
    return { total, shown: rows.length, start: from, rows: rows.slice(from, Math.max(from, end)) };
  }

  /** The ids of every row the query shows, in order (for "Export CSV" of the rows shown). */
  ids(q: ClaimsQuery): string[] {
    return this.select(q).rows.map((r) => r.id);
  }
}
