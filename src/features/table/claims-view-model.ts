import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import type { ClaimFilters } from '../../store/ui-store';
import { dayOf } from '../../store/ui-store';
import { overviewOf, reportClaim, type Overview, type ReportClaim } from './claims-summary';
import { corroborationOf } from '../evidence/corroboration';
import { queryMatcher } from '../../domain/evidence/find';
export type { Overview, ReportClaim } from './claims-summary';
import { buildClaimRows, claimText, type ClaimRow } from './claim-rows';
import { PieceSort } from './piece-sort';

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
  /** The first rows, read before the claims were counted: `total` and `shown` are not known yet. */
  counting?: boolean;
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

/** The orders kept: one per sort key, and by id for a query without a sort. */
type OrderKey = SortKey | 'id';

/** What a query shows: claims (by slot) in its order, the rows before filters, grouped counts. */
interface Selection {
  key: string;
  slots: number[];
  total: number;
  equivalents: ReadonlyMap<number, number> | null;
}

const now = () => performance.now();
/** Ends each claim's text in the search corpus: no search has it (a search is one line of text). */
const SEP = '\n';
const VERDICT_CODE: Record<ClaimRow['verdict'], number> = { confirmed: 1, disputed: 2, unverified: 3 };

/**
 * The Claims table's data, held where it is cheap to ask (a worker): every claim's row, kept up to date
 * change by change (a claim edited rebuilds its row only; links rebuild the rows of the claims whose
 * links changed), with each sorted order kept across edits (an edited row is moved, not the whole
 * order sorted again). Each claim has a slot, a number; rows, their search text and the orders are
 * held by slot in plain arrays, so a filter over 100,000 rows is a loop over numbers. The page asks
 * for a window of rows and gets only those, plus its counts.
 */
export class ClaimsViewModel {
  private claims = new Map<string, ClaimRecord>();
  private linksOf = new Map<string, LinkRecord[]>();
  private articles = new Map<string, ArticleRecord>();
  private categories = new Map<string, CategoryRecord>();
  /** Each claim's slot, and the claim in each slot (undefined once deleted; slots are not reused). */
  private slotOf = new Map<string, number>();
  private idAt: Array<string | undefined> = [];
  /** Rows without their standing (the independence judgement, the costly part), by slot. */
  private rowAt: Array<ClaimRow | undefined> = [];
  /**
   * Every claim's text in lower case, in slot order, each ended by SEP: the table's search is one
   * `indexOf` pass over it. A claim's text never changes, so this only grows as claims arrive (a
   * deleted claim's text stays, unreachable); `offsets[s]` is where slot s's text starts.
   */
  private corpus = '';
  private offsets: number[] = [0];
  /**
   * What the filters compare, by slot, in small typed arrays (a filter over 100,000 claims reads
   * 100,000 bytes, not 100,000 objects): the verdict's code, and the category's and article's
   * numbers (see `code`). They follow the claim record alone, so they are set when a claim is put.
   */
  private verdictAt = new Uint8Array(1024);
  private categoryAt = new Int32Array(1024);
  private articleAt = new Int32Array(1024);
  private codes = new Map<string, number>();
  /** Each linked claim's standing, judged when first shown or sorted by. */
  private standings = new Map<string, Standing>();
  private groups: ReadonlyMap<string, readonly string[]> | null = null;
  /** Slots in ascending order of a key (ties by id), kept across changes. */
  private orders = new Map<OrderKey, { slots: number[]; applied: number }>();
  /** Orders being sorted ahead, in pieces; `applied` as for `orders`, when the sort began. */
  private sorting = new Map<
    OrderKey,
    {
      slots: number[];
      /** Each slot's value, read up to `read` of `slots`. */
      values: Array<number | string>;
      read: number;
      sort: PieceSort<number> | null;
      applied: number;
    }
  >();
  /** Slots whose rows changed, in order; each cached order has applied the first `applied` of them. */
  private changes: number[] = [];
  private lastQuery: Selection | null = null;
  /** Where work done ahead has got to: rows built up to this slot, standings up to this linked claim. */
  private rowCursor = 0;
  private standingCursor = 0;
  private linked: string[] = [];
  /** Raised by every change: a page asked before it may be stale. */
  version = 0;
  /** Raised when claims are added or removed (not when one is edited). */
  shape = 0;

  get size(): number {
    return this.claims.size;
  }

  has(id: string): boolean {
    return this.claims.has(id);
  }

  /** Something changed: the claims in `slots` have new rows (every claim when null). */
  private changed(slots: Iterable<number> | null): void {
    if (slots === null) {
      this.rowAt = [];
      this.standings.clear();
      this.orders.clear();
      this.sorting.clear();
      this.changes = [];
      this.rowCursor = 0;
    } else
      for (const s of slots) {
        this.rowAt[s] = undefined;
        const id = this.idAt[s];
        if (id !== undefined) this.standings.delete(id);
        this.changes.push(s);
        this.rowCursor = Math.min(this.rowCursor, s);
      }
    if (this.changes.length > IN_PLACE) {
      this.orders.clear();
      this.sorting.clear();
      this.changes = [];
    }
    this.standingCursor = 0;
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

  /** A number for an id (a category's, an article's), the same for the model's life; 0 is none. */
  private code(id: string): number {
    let c = this.codes.get(id);
    if (c === undefined) {
      c = this.codes.size + 1;
      this.codes.set(id, c);
    }
    return c;
  }

  /** Puts a claim in its slot's filter fields, growing the arrays as needed. */
  private place(s: number, c: ClaimRecord): void {
    if (s >= this.verdictAt.length) {
      const size = Math.max(s + 1, this.verdictAt.length * 2);
      const grow = <T extends Uint8Array | Int32Array>(a: T, made: T): T => (made.set(a), made);
      this.verdictAt = grow(this.verdictAt, new Uint8Array(size));
      this.categoryAt = grow(this.categoryAt, new Int32Array(size));
      this.articleAt = grow(this.articleAt, new Int32Array(size));
    }
    this.verdictAt[s] = VERDICT_CODE[c.verdict];
    this.categoryAt[s] = this.code(c.categoryId);
    this.articleAt[s] = this.code(c.articleId);
  }

  /** All claims at once (first load, or after a restore). */
  setClaims(claims: readonly ClaimRecord[]): void {
    this.claims = new Map(claims.map((c) => [c.id, c]));
    this.idAt = [...this.claims.keys()];
    this.slotOf = new Map(this.idAt.map((id, i) => [id!, i]));
    this.idAt.forEach((id, s) => this.place(s, this.claims.get(id!)!));
    this.shape++;
    this.corpus = '';
    this.offsets = [0];
    this.changed(null);
  }

  /** Claims added or changed; returns whether any was new to the model or changed. */
  putClaims(claims: readonly ClaimRecord[]): boolean {
    const slots: number[] = [];
    for (const c of claims) {
      const had = this.claims.get(c.id);
      if (had && had.rev === c.rev && had.updatedAt === c.updatedAt) continue;
      this.claims.set(c.id, c);
      let s = this.slotOf.get(c.id);
      if (s === undefined) {
        s = this.idAt.length;
        this.idAt.push(c.id);
        this.slotOf.set(c.id, s);
        this.shape++;
      }
      this.place(s, c);
      slots.push(s);
    }
    if (slots.length) this.changed(slots);
    return slots.length > 0;
  }

  /**
   * A verdict being written, shown before the write ends: the claim as it will be stored, but for its
   * update time (guessed) — the stored claim replaces it when read. Returns whether anything changed.
   */
  setVerdict(id: string, verdict: ClaimRecord['verdict'], rating: string | null): boolean {
    const c = this.claims.get(id);
    if (!c || (c.verdict === verdict && (c.rating ?? null) === rating)) return false;
    return this.putClaims([
      { ...c, verdict, rating, rev: c.rev + 1, updatedAt: Math.max(Date.now(), c.updatedAt + 1) },
    ]);
  }

  /** Keeps only the claims whose ids are given (the rest were deleted); returns whether any went. */
  keepClaims(ids: readonly string[]): boolean {
    const keep = new Set(ids);
    return this.dropClaims([...this.claims.keys()].filter((id) => !keep.has(id)));
  }

  /** Drops the claims whose ids are given (deleted); returns whether the model held any of them. */
  dropClaims(ids: readonly string[]): boolean {
    const gone: number[] = [];
    for (const id of ids) {
      const s = this.slotOf.get(id);
      if (s === undefined) continue;
      this.claims.delete(id);
      this.slotOf.delete(id);
      this.idAt[s] = undefined;
      this.standings.delete(id);
      gone.push(s);
    }
    if (gone.length) {
      this.shape++;
      this.changed(gone);
    }
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
    const touched: number[] = [];
    for (const id of new Set([...this.linksOf.keys(), ...next.keys()])) {
      if (signature(this.linksOf.get(id)) === signature(next.get(id))) continue;
      this.standings.delete(id);
      const s = this.slotOf.get(id);
      if (s !== undefined) touched.push(s);
    }
    this.linksOf = next;
    this.linked = [...next.keys()];
    if (touched.length) this.changed(touched);
    else this.standingCursor = 0;
  }

  setGroups(groups: ReadonlyMap<string, readonly string[]> | null): void {
    this.groups = groups;
    this.lastQuery = null;
    this.version++;
  }

  /** A claim's row (its standing not yet judged), built when first needed after a change. */
  private row(s: number): ClaimRow {
    let r = this.rowAt[s];
    if (!r) {
      r = buildClaimRows([this.claims.get(this.idAt[s]!)!], this.articles, this.categories, [])[0]!;
      this.rowAt[s] = r;
    }
    return r;
  }

  /** Adds the texts of the claims placed since (at most `most` of them) to the search corpus. */
  private extendCorpus(most = Infinity): void {
    const from = this.offsets.length - 1;
    if (from >= this.idAt.length) return;
    const parts: string[] = [];
    let at = this.offsets[from]!;
    for (let s = from; s < Math.min(this.idAt.length, from + most); s++) {
      const id = this.idAt[s];
      const text = id === undefined ? '' : claimText(this.claims.get(id)!).toLowerCase();
      parts.push(text);
      at += text.length + SEP.length;
      this.offsets.push(at);
    }
    this.corpus += parts.join(SEP) + SEP;
  }

  /** A row's text in lower case (the table's search, the claim sort). */
  private lower(s: number): string {
    this.extendCorpus();
    return this.corpus.slice(this.offsets[s], this.offsets[s + 1]! - SEP.length);
  }

  /** Which slots' texts contain the needle (lower case), as one byte per slot. */
  private containing(needle: string): Uint8Array {
    this.extendCorpus();
    const hit = new Uint8Array(this.idAt.length);
    if (needle.includes(SEP)) return hit;
    const { corpus, offsets } = this;
    let s = 0;
    for (let at = corpus.indexOf(needle); at >= 0; at = corpus.indexOf(needle, offsets[s + 1])) {
      while (offsets[s + 1]! <= at) s++;
      hit[s] = 1;
    }
    return hit;
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
  private full(s: number, equivalents?: number): ClaimRow {
    const r = this.row(s);
    const own = equivalents === undefined ? r : { ...r, equivalents };
    return { ...own, ...this.standing(r.id) };
  }

  /** A row's value for a sort key. */
  private value(s: number, key: OrderKey): number | string {
    if (key === 'id') return this.idAt[s]!;
    if (key === 'claim') return this.lower(s);
    // Read from the claim itself (no row needed), as the row would say them.
    if (key === 'updatedAt') return this.claims.get(this.idAt[s]!)!.updatedAt;
    if (key === 'verdict') return VERDICT_ORDER[this.claims.get(this.idAt[s]!)!.verdict];
    return key === 'evidence' ? this.standing(this.idAt[s]!).evidence : sortValue(this.row(s), key);
  }

  private stale(key: OrderKey): boolean {
    return (this.orders.get(key)?.applied ?? -1) < this.changes.length;
  }

  /**
   * Sorts every claim by a key until `deadline`; returns the order once sorted (kept in `orders`),
   * else null. A sort begun earlier goes on where it stopped; changes made meanwhile are applied
   * afterwards, as to any kept order, since each item's value was read when the sort began.
   */
  private sortBy(key: OrderKey, deadline = Infinity): number[] | null {
    let job = this.sorting.get(key);
    if (!job) {
      const slots: number[] = [];
      for (let s = 0; s < this.idAt.length; s++) if (this.idAt[s] !== undefined) slots.push(s);
      job = { slots, values: [], read: 0, sort: null, applied: this.changes.length };
      this.sorting.set(key, job);
    }
    // Each claim's value first (in pieces too), then the sort.
    const { slots, values } = job;
    while (job.read < slots.length) {
      const s = slots[job.read++]!;
      // A claim deleted meanwhile is taken out afterwards (it is among the changes).
      values[s] = this.idAt[s] === undefined ? 0 : this.value(s, key);
      if ((job.read & 1023) === 0 && now() > deadline) return null;
    }
    if (!job.sort) {
      const ids = [...this.idAt];
      const compare = (a: number, b: number) => {
        const x = values[a]!;
        const y = values[b]!;
        return x < y ? -1 : x > y ? 1 : byIdAsc(ids[a] ?? '', ids[b] ?? '');
      };
      job.sort = new PieceSort(slots, compare);
    }
    if (!job.sort.step(deadline)) return null;
    this.sorting.delete(key);
    this.orders.set(key, { slots: job.sort.result, applied: job.applied });
    return this.ordered(key);
  }

  /** Slots in ascending order of a key: from the cache, with changed rows moved into place. */
  private ordered(key: OrderKey): number[] {
    const cached = this.orders.get(key);
    if (cached) {
      if (cached.applied < this.changes.length) {
        cached.slots = this.reposition(key, cached.slots, new Set(this.changes.slice(cached.applied)));
        cached.applied = this.changes.length;
        // Forget the changes every order (and every sort under way) has applied.
        const all = [...this.orders.values(), ...this.sorting.values()];
        const least = Math.min(...all.map((o) => o.applied));
        if (least > 0) {
          this.changes = this.changes.slice(least);
          for (const o of all) o.applied -= least;
        }
      }
      return cached.slots;
    }
    return this.sortBy(key)!;
  }

  /** Takes the changed slots out of an order and puts those that still hold a claim back in place. */
  private reposition(key: OrderKey, slots: readonly number[], changed: ReadonlySet<number>): number[] {
    const kept = slots.filter((s) => !changed.has(s));
    const compare = (a: number, b: number) => {
      const x = this.value(a, key);
      const y = this.value(b, key);
      return x < y ? -1 : x > y ? 1 : byIdAsc(this.idAt[a]!, this.idAt[b]!);
    };
    for (const s of changed) {
      if (this.idAt[s] === undefined) continue;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compare(kept[mid]!, s) < 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, s);
    }
    return kept;
  }

  /**
   * One row per thing claimed: of each group of equivalent claims, the earliest stands for the group
   * and says how many others there are; claims in no group are kept as they are.
   */
  private grouped(order: readonly number[]): { slots: number[]; equivalents: Map<number, number> } {
    const groups = this.groups!;
    const firstOf = new Map<readonly string[], string>();
    const created = (id: string) => this.claims.get(id)?.createdAt ?? 0;
    const slots: number[] = [];
    const equivalents = new Map<number, number>();
    for (const s of order) {
      const id = this.idAt[s]!;
      const g = groups.get(id);
      if (!g) {
        slots.push(s);
        continue;
      }
      let first = firstOf.get(g);
      if (first === undefined) {
        first = [...g].sort((a, b) => created(a) - created(b) || (a < b ? -1 : 1))[0]!;
        firstOf.set(g, first);
      }
      if (first !== id) continue;
      slots.push(s);
      equivalents.set(s, g.length - 1);
    }
    return { slots, equivalents };
  }

  /** The claims (by slot) that pass the query's filters, in its order. */
  private select(q: ClaimsQuery): Selection {
    const key = JSON.stringify(q);
    if (this.lastQuery?.key === key) return this.lastQuery;
    const { verdict, categoryId, articleId, day } = q.filters;
    const text = q.filters.search.trim();
    const needle = q.match === 'words' ? '' : text.toLowerCase();
    const found = needle ? this.containing(needle) : null;
    const words = text && q.match === 'words' ? (queryMatcher(text) ?? (() => false)) : null;
    const v = verdict ? VERDICT_CODE[verdict] : 0;
    // An id the model never saw matches nothing (-1), never "any" (0).
    const category = categoryId ? (this.codes.get(categoryId) ?? -1) : 0;
    const article = articleId ? (this.codes.get(articleId) ?? -1) : 0;
    const pass = (s: number) =>
      (!v || this.verdictAt[s] === v) &&
      (!category || this.categoryAt[s] === category) &&
      (!article || this.articleAt[s] === article) &&
      (!found || found[s] === 1) &&
      (!day || dayOf(this.claims.get(this.idAt[s]!)!.createdAt) === day) &&
      (!words || words(this.row(s).text));
    const filtering = Boolean(verdict || categoryId || articleId || day || text);
    const order = this.ordered(q.sort ? q.sort.id : 'id');
    const base = q.grouped && this.groups ? this.grouped(order) : { slots: order, equivalents: null };
    const from = base.slots;
    // (Never `push(...from)`: 100,000 arguments overflow a worker's stack.)
    let slots: number[] = [];
    if (q.sort?.desc) {
      for (let i = from.length - 1; i >= 0; i--) if (!filtering || pass(from[i]!)) slots.push(from[i]!);
    } else if (filtering) {
      for (const s of from) if (pass(s)) slots.push(s);
    } else slots = from.slice();
    this.lastQuery = {
      key,
      slots,
      total: from.length,
      equivalents: base.equivalents,
    };
    return this.lastQuery;
  }

  /**
   * Work done ahead, while nobody waits: the rows and their search text, every sorted order and the
   * standings. Returns false when there is nothing left to do; each call works for about `budget`
   * milliseconds (a first sort of every claim is one piece), so the worker answers requests between
   * pieces.
   */
  prepare(budget = 8): boolean {
    const until = now() + budget;
    while (this.offsets.length - 1 < this.idAt.length) {
      this.extendCorpus(2000);
      if (now() > until) return true;
    }
    // The search text first, then the orders that need no row (by claim, time and verdict: the
    // table's usual sorts), then the rows and the orders that need them, then the standings (judging
    // independence is the costly part), and the evidence order last.
    const sort = (keys: readonly SortKey[]) => {
      const key = keys.find((k) => this.stale(k));
      if (!key) return false;
      if (this.orders.has(key)) this.ordered(key);
      else this.sortBy(key, until);
      return true;
    };
    if (sort(['claim', 'updatedAt', 'verdict'])) return true;
    while (this.rowCursor < this.idAt.length) {
      const s = this.rowCursor++;
      if (this.idAt[s] !== undefined) this.row(s);
      if ((s & 255) === 0 && now() > until) return true;
    }
    if (sort(['category', 'source'])) return true;
    while (this.standingCursor < this.linked.length) {
      const id = this.linked[this.standingCursor++]!;
      if (this.claims.has(id)) this.standing(id);
      if ((this.standingCursor & 31) === 0 && now() > until) return true;
    }
    return sort(['evidence']);
  }

  /** Rows start..end of what the query shows, with its counts. */
  page(q: ClaimsQuery, start: number, end: number): ClaimsPage {
    const { slots, total, equivalents } = this.select(q);
    const from = Math.max(0, Math.min(start, slots.length));
    const rows = slots.slice(from, Math.max(from, end)).map((s) => this.full(s, equivalents?.get(s)));
    return { total, shown: slots.length, start: from, rows };
  }

  /** What the model holds, for a verdict sheet. */
  sheetData() {
    return {
      claims: [...this.claims.values()],
      links: [...this.linksOf.values()].flat(),
      articles: [...this.articles.values()],
      categories: [...this.categories.values()],
      // The standings judged already (kept current: a change drops its claim's) are not judged again.
      independent: (id: string) => this.standings.get(id)?.evidence,
    };
  }

  /** Counts of every claim by verdict, category, source, day and independence (the Overview). */
  overview(): Overview {
    return overviewOf(this.claims.values(), this.categories, this.articles, (id) => this.standing(id));
  }

  /** The claims the query shows, at most `limit`, with their evidence: the printable report. */
  report(q: ClaimsQuery, limit: number): { shown: number; claims: ReportClaim[] } {
    const { slots, equivalents } = this.select(q);
    return {
      shown: slots.length,
      claims: slots.slice(0, limit).map((s) => {
        const id = this.idAt[s]!;
        const row = this.full(s, equivalents?.get(s));
        return reportClaim(row, this.claims.get(id)!, this.linksOf.get(id) ?? [], this.articles);
      }),
    };
  }

  /** The ids of every row the query shows, in order (for "Export CSV" of the rows shown). */
  ids(q: ClaimsQuery): string[] {
    return this.select(q).slots.map((s) => this.idAt[s]!);
  }
}
