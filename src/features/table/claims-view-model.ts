import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import type { ClaimFilters } from '../../store/ui-store';
import { dayOf } from '../../store/ui-store';
import { overviewOf, reportClaim, type Overview, type ReportClaim } from './claims-summary';
import { corroborationOf } from '../evidence/corroboration';
import { queryMatcher } from '../../domain/evidence/find';
export type { Overview, ReportClaim } from './claims-summary';
import { buildClaimRows, groupEquivalentRows, type ClaimRow } from './claim-rows';

export type Standing = Pick<ClaimRow, 'evidence' | 'contradict' | 'contradictLinks'>;
const UNLINKED: Standing = { evidence: 0, contradict: 0, contradictLinks: 0 };

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
function sortValue(r: Omit<ClaimRow, keyof Standing> & Standing, key: SortKey): number | string {
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

const byIdAsc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Changes smaller than this are applied to the cached orders in place; larger ones drop them. */
const IN_PLACE = 2000;

/**
 * The Claims table's data, held where it is cheap to ask (a worker): every claim's row, kept up to date
 * change by change (a claim edited rebuilds its row only; links rebuild the rows of the claims whose
 * links changed), with each sorted order kept across edits (an edited row is moved, not the whole
 * order sorted again). The page asks for a window of rows and gets only those, plus its counts.
 */
export class ClaimsViewModel {
  private claims = new Map<string, ClaimRecord>();
  private linksOf = new Map<string, LinkRecord[]>();
  private articles = new Map<string, ArticleRecord>();
  private categories = new Map<string, CategoryRecord>();
  /** Rows without their standing (the independence judgement, the costly part). */
  private rows = new Map<string, ClaimRow>();
  /** Each linked claim's standing, judged when first shown or sorted by. */
  private standings = new Map<string, Standing>();
  private groups: ReadonlyMap<string, readonly string[]> | null = null;
  /** Claim ids in ascending order of a sort key (ties by id), kept across changes. */
  private orders = new Map<SortKey, { ids: string[]; applied: number }>();
  /** Ids whose rows changed, in order; each cached order has applied the first `applied` of them. */
  private changes: string[] = [];
  private lastQuery: { key: string; rows: ClaimRow[]; total: number } | null = null;
  /** Raised by every change: a page asked before it may be stale. */
  version = 0;

  get size(): number {
    return this.claims.size;
  }

  has(id: string): boolean {
    return this.claims.has(id);
  }

  /** Something changed: `ids` are the claims whose rows changed (all of them when null). */
  private changed(ids: Iterable<string> | null): void {
    if (ids === null) {
      this.rows.clear();
      this.standings.clear();
      this.orders.clear();
      this.changes = [];
    } else
      for (const id of ids) {
        this.rows.delete(id);
        this.standings.delete(id);
        this.changes.push(id);
      }
    if (this.changes.length > IN_PLACE) {
      this.orders.clear();
      this.changes = [];
    }
    this.lastQuery = null;
    this.version++;
  }

  setArticles(articles: readonly ArticleRecord[]): void {
    this.articles = new Map(articles.map((a) => [a.id, a]));
    this.changed(null);
  }

  setCategories(categories: readonly CategoryRecord[]): void {
    this.categories = new Map(categories.map((c) => [c.id, c]));
    this.changed(null);
  }

  /** All claims at once (first load, or after a restore). */
  setClaims(claims: readonly ClaimRecord[]): void {
    this.claims = new Map(claims.map((c) => [c.id, c]));
    this.changed(null);
  }

  /** Claims added or changed; returns whether any was new to the model or changed. */
  putClaims(claims: readonly ClaimRecord[]): boolean {
    const ids: string[] = [];
    for (const c of claims) {
      const had = this.claims.get(c.id);
      if (had && had.rev === c.rev && had.updatedAt === c.updatedAt) continue;
      this.claims.set(c.id, c);
      ids.push(c.id);
    }
    if (ids.length) this.changed(ids);
    return ids.length > 0;
  }

  /** Keeps only the claims whose ids are given (the rest were deleted); returns whether any went. */
  keepClaims(ids: readonly string[]): boolean {
    const keep = new Set(ids);
    const gone = [...this.claims.keys()].filter((id) => !keep.has(id));
    for (const id of gone) this.claims.delete(id);
    if (gone.length) this.changed(gone);
    return gone.length > 0;
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
    const touched: string[] = [];
    for (const id of new Set([...this.linksOf.keys(), ...next.keys()]))
      if (signature(this.linksOf.get(id)) !== signature(next.get(id))) touched.push(id);
    this.linksOf = next;
    if (touched.length) this.changed(touched);
  }

  setGroups(groups: ReadonlyMap<string, readonly string[]> | null): void {
    this.groups = groups;
    this.lastQuery = null;
    this.version++;
  }

  /** A claim's row (its standing not yet judged), built when first needed after a change. */
  private row(id: string): ClaimRow {
    let r = this.rows.get(id);
    if (!r) {
      r = buildClaimRows([this.claims.get(id)!], this.articles, this.categories, [])[0]!;
      this.rows.set(id, r);
    }
    return r;
  }

  /** A claim's standing: how many independent sources support and contradict it. */
  private standing(id: string): Standing {
    const links = this.linksOf.get(id);
    if (!links) return UNLINKED;
    let s = this.standings.get(id);
    if (!s) {
      const j = corroborationOf(this.claims.get(id)!, links, this.articles);
      s = {
        evidence: j.independentSupport,
        contradict: j.independentContradict,
        contradictLinks: j.contradict,
      };
      this.standings.set(id, s);
    }
    return s;
  }

  /** A row with its standing, as the table shows it. */
  private full(r: ClaimRow): ClaimRow {
    return { ...r, ...this.standing(r.id) };
  }

  /** A row's value for a sort key. */
  private value(id: string, key: SortKey): number | string {
    return key === 'evidence' ? this.standing(id).evidence : sortValue(this.row(id), key);
  }

  /** Ids in ascending order of a key: from the cache, with changed rows moved into place. */
  private ordered(key: SortKey): string[] {
    const cached = this.orders.get(key);
    if (cached) {
      if (cached.applied < this.changes.length) {
        cached.ids = this.reposition(key, cached.ids, new Set(this.changes.slice(cached.applied)));
        cached.applied = this.changes.length;
        // Forget the changes every order has applied.
        const least = Math.min(...[...this.orders.values()].map((o) => o.applied));
        if (least > 0) {
          this.changes = this.changes.slice(least);
          for (const o of this.orders.values()) o.applied -= least;
        }
      }
      return cached.ids;
    }
    const ids = [...this.claims.keys()];
    const values = ids.map((id) => this.value(id, key));
    const index = ids.map((_, i) => i);
    index.sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      return x < y ? -1 : x > y ? 1 : byIdAsc(ids[a]!, ids[b]!);
    });
    const order = index.map((i) => ids[i]!);
    this.orders.set(key, { ids: order, applied: this.changes.length });
    return order;
  }

  /** Takes the changed ids out of an order and puts those that still exist back in place. */
  private reposition(key: SortKey, ids: readonly string[], changed: ReadonlySet<string>): string[] {
    const kept = ids.filter((id) => !changed.has(id));
    const compare = (a: string, b: string) => {
      const x = this.value(a, key);
      const y = this.value(b, key);
      return x < y ? -1 : x > y ? 1 : byIdAsc(a, b);
    };
    for (const id of changed) {
      if (!this.claims.has(id)) continue;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(kept[mid]!, id) < 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, id);
    }
    return kept;
  }

  private allRows(grouped: boolean, order: readonly string[]): ClaimRow[] {
    const rows = order.map((id) => this.row(id));
    if (!grouped || !this.groups) return rows;
    const created = new Map([...this.claims.values()].map((c) => [c.id, c.createdAt]));
    return groupEquivalentRows(rows, this.groups, created);
  }

  /** The rows that pass the query's filters, in its order. */
  private select(q: ClaimsQuery): { rows: ClaimRow[]; total: number } {
    const key = JSON.stringify(q);
    if (this.lastQuery?.key === key) return this.lastQuery;
    const order = q.sort ? this.ordered(q.sort.id) : [...this.claims.keys()].sort(byIdAsc);
    const base = this.allRows(q.grouped, order);
    const { verdict, categoryId, articleId, day } = q.filters;
    const text = q.filters.search.trim();
    // Case-insensitive, Unicode-aware, without lower-casing every row's text.
    const pattern = text ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu') : null;
    const search = !text
      ? null
      : q.match === 'words'
        ? { test: queryMatcher(text) ?? (() => false) }
        : pattern;
    const pass = (r: ClaimRow) =>
      (!verdict || r.verdict === verdict) &&
      (!categoryId || r.categoryId === categoryId) &&
      (!articleId || r.articleId === articleId) &&
      (!day || dayOf(this.claims.get(r.id)!.createdAt) === day) &&
      (!search || search.test(r.text));
    const filtered = verdict || categoryId || articleId || day || search ? base.filter(pass) : base;
    const rows = q.sort?.desc ? [...filtered].reverse() : filtered;
    this.lastQuery = { key, rows, total: base.length };
    return this.lastQuery;
  }

  /**
   * Work done ahead, while nobody waits: the rows, their standings and every sorted order are built.
   * Returns false when there is nothing left to do; each call does one piece, so the worker answers
   * requests between pieces.
   */
  prepare(): boolean {
    let done = 0;
    // Rows first, then every order but the evidence one, then the standings (judging independence
    // is the costly part), a slice at a time, and the evidence order last.
    for (const id of this.claims.keys()) {
      if (this.rows.has(id)) continue;
      this.row(id);
      if (++done >= 5000) return true;
    }
    const stale = (k: SortKey) => (this.orders.get(k)?.applied ?? -1) < this.changes.length;
    const order = SORT_KEYS.find((k) => k !== 'evidence' && stale(k));
    if (order) {
      this.ordered(order);
      return true;
    }
    for (const id of this.linksOf.keys()) {
      if (this.standings.has(id) || !this.claims.has(id)) continue;
      this.standing(id);
      if (++done >= 500) return true;
    }
    if (stale('evidence')) {
      this.ordered('evidence');
      return true;
    }
    return false;
  }

  /** Rows start..end of what the query shows, with its counts. */
  page(q: ClaimsQuery, start: number, end: number): ClaimsPage {
    const { rows, total } = this.select(q);
    const from = Math.max(0, Math.min(start, rows.length));
    const slice = rows.slice(from, Math.max(from, end)).map((r) => this.full(r));
    return { total, shown: rows.length, start: from, rows: slice };
  }

  /** What the model holds, for a verdict sheet. */
  sheetData() {
    return {
      claims: [...this.claims.values()],
      links: [...this.linksOf.values()].flat(),
      articles: [...this.articles.values()],
      categories: [...this.categories.values()],
    };
  }

  /** Counts of every claim by verdict, category, source, day and independence (the Overview). */
  overview(): Overview {
    return overviewOf(this.claims.values(), this.categories, this.articles, (id) => this.standing(id));
  }

  /** The claims the query shows, at most `limit`, with their evidence: the printable report. */
  report(q: ClaimsQuery, limit: number): { shown: number; claims: ReportClaim[] } {
    const { rows } = this.select(q);
    return {
      shown: rows.length,
      claims: rows
        .slice(0, limit)
        .map((r) =>
          reportClaim(this.full(r), this.claims.get(r.id)!, this.linksOf.get(r.id) ?? [], this.articles),
        ),
    };
  }

  /** The ids of every row the query shows, in order (for "Export CSV" of the rows shown). */
  ids(q: ClaimsQuery): string[] {
    return this.select(q).rows.map((r) => r.id);
  }
}
