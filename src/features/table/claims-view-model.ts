import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import { dayOf } from '../../store/ui/filters';
import { HeldOrder, passing, type Selection } from './shown-order';
import { overviewOf, reportClaim, type Overview, type ReportClaim } from './claims-summary';
import { corroborationOf } from '../evidence/corroboration';
import { queryMatcher } from '../../domain/evidence/find';
export type { Overview, ReportClaim } from './claims-summary';
import { buildClaimRows, claimText, groupSlots, type ClaimRow } from './claim-rows';
import { FilterFields } from './filter-fields';
import { SearchCorpus } from './search-corpus';
import { SortedOrders } from './sorted-orders';
import {
  sortValue,
  standingUnderSourced,
  VERDICT_ORDER,
  type ClaimsPage,
  type ClaimsQuery,
  type SortKey,
  type Standing,
} from './claims-query';
export { SORT_KEYS, type ClaimsPage, type ClaimsQuery, type SortKey, type Standing } from './claims-query';

const UNLINKED: Standing = { evidence: 0, contradict: 0, contradictLinks: 0 };

/** The orders kept: one per sort key, and by id for a query without a sort. */
type OrderKey = SortKey | 'id';

/** What a query shows: claims (by slot) in its order, the rows before filters, grouped counts. */
const now = () => performance.now();

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
  /** Every claim's text in lower case, as one string: the table's search. */
  private corpus = new SearchCorpus({
    count: () => this.idAt.length,
    textOf: (s) => {
      const id = this.idAt[s];
      return id === undefined ? '' : claimText(this.claims.get(id)!).toLowerCase();
    },
  });
  /** The verdict, category and article of each slot, as the filters compare them. */
  private fields = new FilterFields();
  /** Each linked claim's standing, judged when first shown or sorted by. */
  private standings = new Map<string, Standing>();
  private groups: ReadonlyMap<string, readonly string[]> | null = null;
  /** Slots in ascending order of each sort key (ties by id), kept across changes. */
  private orders = new SortedOrders<OrderKey>({
    count: () => this.idAt.length,
    idOf: (s) => this.idAt[s],
    value: (s, key) => this.value(s, key),
  });
  private lastQuery: Selection | null = null;
  /** The order of the last query asked: the one the table shows. */
  private shownOrder: OrderKey = 'updatedAt';
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
      this.rowCursor = 0;
    } else {
      for (const s of slots) {
        this.rowAt[s] = undefined;
        const id = this.idAt[s];
        if (id !== undefined) this.standings.delete(id);
        this.rowCursor = Math.min(this.rowCursor, s);
      }
      this.orders.changed(slots);
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

  /** All claims at once (first load, or after a restore). */
  setClaims(claims: readonly ClaimRecord[]): void {
    this.claims = new Map(claims.map((c) => [c.id, c]));
    this.idAt = [...this.claims.keys()];
    this.slotOf = new Map(this.idAt.map((id, i) => [id!, i]));
    this.idAt.forEach((id, s) => this.fields.place(s, this.claims.get(id!)!));
    this.shape++;
    this.corpus.reset();
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
      this.fields.place(s, c);
      slots.push(s);
    }
    if (slots.length) this.changed(slots);
    return slots.length > 0;
  }

  /**
   * A verdict being written, shown before the write ends: the claim as it will be stored, but for its
   * update time (guessed) and its revision (kept as stored: the row's verdict control compares
   * revisions with its own writes, and two quick changes guessed two ahead of the database and were
   * taken for another tab's) — the stored claim replaces it when read. Returns whether anything changed.
   */
  setVerdict(id: string, verdict: ClaimRecord['verdict'], rating: string | null): boolean {
    const c = this.claims.get(id);
    if (!c || (c.verdict === verdict && (c.rating ?? null) === rating)) return false;
    return this.putClaims([{ ...c, verdict, rating, updatedAt: Math.max(Date.now(), c.updatedAt + 1) }]);
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
    if (key === 'claim') return this.corpus.textAt(s);
    // Read from the claim itself (no row needed), as the row would say them.
    if (key === 'updatedAt') return this.claims.get(this.idAt[s]!)!.updatedAt;
    if (key === 'verdict') return VERDICT_ORDER[this.claims.get(this.idAt[s]!)!.verdict];
    return key === 'evidence' ? this.standing(this.idAt[s]!).evidence : sortValue(this.row(s), key);
  }

  /** The order last shown, kept while the table holds it (`ClaimsQuery.hold`). */
  private held = new HeldOrder<Selection>();

  /** The claims (by slot) that pass the query's filters, in its order; held, the order last shown. */
  private select(q: ClaimsQuery): Selection {
    const key = JSON.stringify({ ...q, hold: undefined });
    return this.held.select(q.hold, key, this.claims.size, () => this.fresh(q, key));
  }

  private fresh(q: ClaimsQuery, key: string): Selection {
    if (this.lastQuery?.key === key) return this.lastQuery;
    const pass = this.filterOf(q);
    this.shownOrder = q.sort ? q.sort.id : 'id';
    const order = this.orders.ordered(this.shownOrder);
    const base =
      q.grouped && this.groups
        ? groupSlots(
            order,
            (s) => this.idAt[s]!,
            this.groups,
            (id) => this.claims.get(id)?.createdAt ?? 0,
          )
        : { slots: order, equivalents: null };
    const from = base.slots;
    const slots = passing(from, q.sort?.desc ?? false, pass);
    this.lastQuery = { key, slots, total: from.length, equivalents: base.equivalents };
    return this.lastQuery;
  }

  /** The test of a slot against the query's filters, or null when nothing is filtered. */
  private filterOf(q: ClaimsQuery): ((s: number) => boolean) | null {
    const { verdict, categoryId, articleId, day, standing } = q.filters;
    const text = q.filters.search.trim();
    if (!(verdict || categoryId || articleId || day || text || standing)) return null;
    const needle = q.match === 'words' ? '' : text.toLowerCase();
    const found = needle ? this.corpus.containing(needle) : null;
    const words = text && q.match === 'words' ? (queryMatcher(text) ?? (() => false)) : null;
    const fields = this.fields.matcher(q.filters);
    return (s: number) =>
      fields(s) &&
      (!found || found[s] === 1) &&
      (!day || dayOf(this.claims.get(this.idAt[s]!)!.createdAt) === day) &&
      (!words || words(this.row(s).text)) &&
      // Under-sourced: the verdict rests on fewer sources than the rule asks.
      (!standing ||
        standingUnderSourced(this.claims.get(this.idAt[s]!)!.verdict, this.standing(this.idAt[s]!)));
  }

  /**
   * Work done ahead, while nobody waits: the rows and their search text, every sorted order and the
   * standings. Returns false when there is nothing left to do; each call works for about `budget`
   * milliseconds (a first sort of every claim is one piece), so the worker answers requests between
   * pieces.
   */
  prepare(budget = 8): boolean {
    const until = now() + budget;
    const sort = (keys: readonly OrderKey[]) => {
      const key = keys.find((k) => this.orders.stale(k));
      if (!key) return false;
      this.orders.advance(key, until);
      return true;
    };
    // The order the table shows now first (by update time when it has not asked yet: its first
    // order), so that an edit or a filter finds it ready; then the search text; then the other
    // orders that need no row (by claim and verdict: the table's usual sorts), then the rows and the
    // orders that need them, then the standings (judging independence is the costly part), and the
    // evidence order last.
    if (sort([this.shownOrder])) return true;
    while (!this.corpus.complete) {
      this.corpus.extend(2000);
      if (now() > until) return true;
    }
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
    const heldAt = this.held.since(q.hold);
    const from = Math.max(0, Math.min(start, slots.length));
    const rows = slots.slice(from, Math.max(from, end)).map((s) => {
      const row = this.full(s, equivalents?.get(s));
      return heldAt !== undefined && row.updatedAt > heldAt ? { ...row, outOfOrder: true } : row;
    });
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
