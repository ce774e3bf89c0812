import { PieceSort } from './piece-sort';

/** Changes smaller than this are applied to the kept orders in place; larger ones drop them. */
const IN_PLACE = 2000;

const byIdAsc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The claims (by slot) in ascending order of each sort key, ties by id, kept across changes: a
 * changed claim is taken out and put back by binary search, not every claim sorted again. A first
 * sort can be done in pieces (values read, then a merge sort that stops at a deadline); changes made
 * meanwhile are applied afterwards, as to any kept order, since each value was read before them.
 */
export class SortedOrders<K extends string> {
  /** Each kept order, and how many of `changes` it has applied. */
  private orders = new Map<K, { slots: number[]; applied: number }>();
  /** Orders being sorted in pieces; `applied` as for `orders`, when the sort began. */
  private sorting = new Map<
    K,
    {
      slots: number[];
      /** Each slot's value, read up to `read` of `slots`. */
      values: Array<number | string>;
      read: number;
      sort: PieceSort<number> | null;
      applied: number;
    }
  >();
  /** Slots whose values changed, in order. */
  private changes: number[] = [];

  constructor(
    private readonly claims: {
      /** How many slots there are. */
      count(): number;
      /** The claim in a slot (undefined once deleted). */
      idOf(slot: number): string | undefined;
      /** A claim's value for a key (only asked of slots holding a claim). */
      value(slot: number, key: K): number | string;
    },
  ) {}

  /** Every order is dropped (every value changed). */
  clear(): void {
    this.orders.clear();
    this.sorting.clear();
    this.changes = [];
  }

  /** The claims in these slots changed (or were added, or deleted). */
  changed(slots: Iterable<number>): void {
    for (const s of slots) this.changes.push(s);
    if (this.changes.length > IN_PLACE) this.clear();
  }

  /** Whether an order is not kept, or has changes to apply. */
  stale(key: K): boolean {
    return (this.orders.get(key)?.applied ?? -1) < this.changes.length;
  }

  /** Slots in ascending order of a key: kept, with changed claims moved into place, else sorted now. */
  ordered(key: K): number[] {
    const kept = this.orders.get(key);
    if (!kept) return this.sortBy(key)!;
    if (kept.applied < this.changes.length) {
      kept.slots = this.reposition(key, kept.slots, new Set(this.changes.slice(kept.applied)));
      kept.applied = this.changes.length;
      // Forget the changes every order (and every sort under way) has applied.
      const all = [...this.orders.values(), ...this.sorting.values()];
      const least = Math.min(...all.map((o) => o.applied));
      if (least > 0) {
        this.changes = this.changes.slice(least);
        for (const o of all) o.applied -= least;
      }
    }
    return kept.slots;
  }

  /** Works on an order until `deadline`: its changes applied, or its first sort taken further. */
  advance(key: K, deadline: number): void {
    if (this.orders.has(key)) this.ordered(key);
    else this.sortBy(key, deadline);
  }

  /** Sorts every claim by a key until `deadline`; returns the order once sorted (then kept), else null. */
  private sortBy(key: K, deadline = Infinity): number[] | null {
    const { claims } = this;
    let job = this.sorting.get(key);
    if (!job) {
      const slots: number[] = [];
      for (let s = 0; s < claims.count(); s++) if (claims.idOf(s) !== undefined) slots.push(s);
      job = { slots, values: [], read: 0, sort: null, applied: this.changes.length };
      this.sorting.set(key, job);
    }
    // Each claim's value first (in pieces too), then the sort.
    const { slots, values } = job;
    while (job.read < slots.length) {
      const s = slots[job.read++]!;
      // A claim deleted meanwhile is taken out afterwards (it is among the changes).
      values[s] = claims.idOf(s) === undefined ? 0 : claims.value(s, key);
      if ((job.read & 1023) === 0 && performance.now() > deadline) return null;
    }
    if (!job.sort) {
      const ids = slots.map((s) => claims.idOf(s) ?? '');
      const idAt: string[] = [];
      slots.forEach((s, i) => (idAt[s] = ids[i]!));
      const compare = (a: number, b: number) => {
        const x = values[a]!;
        const y = values[b]!;
        return x < y ? -1 : x > y ? 1 : byIdAsc(idAt[a]!, idAt[b]!);
      };
      job.sort = new PieceSort(slots, compare);
    }
    if (!job.sort.step(deadline)) return null;
    this.sorting.delete(key);
    this.orders.set(key, { slots: job.sort.result, applied: job.applied });
    return this.ordered(key);
  }

  /** Takes the changed slots out of an order and puts those that still hold a claim back in place. */
  private reposition(key: K, slots: readonly number[], changed: ReadonlySet<number>): number[] {
    const { claims } = this;
    const kept = slots.filter((s) => !changed.has(s));
    const compare = (a: number, b: number) => {
      const x = claims.value(a, key);
      const y = claims.value(b, key);
      return x < y ? -1 : x > y ? 1 : byIdAsc(claims.idOf(a)!, claims.idOf(b)!);
    };
    for (const s of changed) {
      if (claims.idOf(s) === undefined) continue;
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
}
