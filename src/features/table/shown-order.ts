/** The slots a query shows, in order, with the count before filters and the equivalents' counts. */
export interface Selection {
  key: string;
  slots: number[];
  total: number;
  equivalents: ReadonlyMap<number, number> | null;
}

/**
 * The Claims table's order: the slots a query shows (`passing`), and that order kept in place after an inline edit (`ClaimsQuery.hold`): while the query
 * is the same and no claim was added or removed, the order last shown is shown again; rows changed
 * since it was taken say they are out of order.
 */
export class HeldOrder<S extends { key: string; slots: number[] }> {
  private held: (S & { at: number; size: number }) | null = null;

  /** The order to show: the one held, when asked for and still valid; else `fresh`, remembered. */
  select(hold: boolean | undefined, key: string, size: number, fresh: () => S): S {
    const held = this.held;
    if (hold && held?.key === key && held.size === size) return held;
    const next = fresh();
    if (held?.slots !== next.slots) this.held = { ...next, at: Date.now(), size };
    return next;
  }

  /** When the held order was taken (undefined when not holding): rows updated after are out of order. */
  since(hold: boolean | undefined): number | undefined {
    return hold ? this.held?.at : undefined;
  }
}

/**
 * The slots of `order` that pass `pass` (all when null), in that order or reversed. (Never
 * `push(...order)`: 100,000 arguments overflow a worker's stack.)
 */
export function passing(order: readonly number[], reversed: boolean, pass: ((s: number) => boolean) | null) {
  const out: number[] = [];
  if (reversed) {
    for (let i = order.length - 1; i >= 0; i--) if (!pass || pass(order[i]!)) out.push(order[i]!);
  } else if (pass) {
    for (const s of order) if (pass(s)) out.push(s);
  } else return order.slice();
  return out;
}
