import Dexie, {
  type DBCore,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { flow, type Flow } from './dexie-flow';
import { arrayCursor } from './array-cursor';
import { packStore, type Item, type Pack, type PackKey, type PackLayout, type PackStore } from './pack-store';
import { inRange, keyCmp, RANGE_ANY, rowOrder, type Row } from './key-ranges';

/**
 * Tables stored in packs. IndexedDB's cost is per row: 100,000 claims, one per row with their four
 * indexes, take 5–7 s to write and 1.1 s to read back in Chromium; as 1,000 rows (one per article)
 * 0.3 s and 0.4 s. This middleware, under Dexie's own (its observability and cache middlewares
 * still see the logical tables, so live queries and other tabs and workers learn which records
 * changed), keeps each packed table's keys and indexes over its physical store of packs
 * (src/db/pack-store.ts), as its layout says (src/db/pack-layouts.ts). Every other part of the app
 * reads and writes the tables as before.
 */
function constraintError(): Error {
  const e = new Error('Key already exists in the object store.');
  e.name = 'ConstraintError';
  return e;
}

const NOTHING_FAILED: DBCoreMutateResponse = {
  numFailures: 0,
  failures: {},
  lastResult: undefined,
  results: [],
};

/**
 * Writes one at a time per transaction: a write reads its packs, changes them and writes them back,
 * so two at once on one pack would each write back what the other did not see. A write waits for
 * every operation asked before it, a read for the writes asked before it (reads run side by side),
 * so each sees what was asked before it, as with IndexedDB's own requests.
 */
function inTurn() {
  /** Per transaction: the last write (none yet: undefined) and everything asked so far. */
  const state = new WeakMap<DBCoreTransaction, { write?: Promise<unknown>; all: Promise<unknown> }>();
  const settled = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      () => undefined,
    );
  return <T>(trans: DBCoreTransaction, writes: boolean, op: () => Flow<T>): Promise<T> => {
    const s = state.get(trans);
    const after = writes ? s?.all : s?.write;
    const p = after ? after.then(() => flow(op())) : flow(op());
    const done = settled(p);
    state.set(trans, {
      write: writes ? done : s?.write,
      all: s ? Dexie.Promise.all([s.all, done]) : done,
    });
    return p;
  };
}

/** A logical table over its packs. */
function packedTable(physical: DBCoreTable, store: PackStore, layout: PackLayout): DBCoreTable {
  const keyOf = (index: DBCoreIndex, r: Item): unknown =>
    index.isPrimaryKey ? r.id : index.extractKey ? index.extractKey(r) : undefined;
  const unique = physical.schema.indexes.filter((i) => i.unique && !i.isPrimaryKey);
  /** Whether another record of the pack has the same key as `r` in a unique index. */
  const clashes = (p: Pack, r: Item) =>
    unique.some((index) => {
      const k = keyOf(index, r);
      return k !== undefined && p.items.some((o) => o.id !== r.id && keyCmp(keyOf(index, o), k) === 0);
    });
  /** What a query finds, in index order (ties by primary key), as rows of a cursor. */
  function* found(
    trans: DBCoreTransaction,
    index: DBCoreIndex,
    range: DBCoreKeyRange,
    reverse: boolean,
    unique: boolean,
  ): Flow<Row[]> {
    const rows = (yield* store.recordsFor(trans, index, range))
      .map((r) => ({ key: keyOf(index, r), primaryKey: r.id as unknown, value: r as unknown }))
      .filter((r) => inRange(r.key, range));
    rows.sort(rowOrder(reverse));
    if (!unique) return rows;
    return rows.filter((r, i) => i === 0 || keyCmp(r.key, rows[i - 1]!.key) !== 0);
  }
  const turn = inTurn();

  function* mutate(req: DBCoreMutateRequest): Flow<DBCoreMutateResponse> {
    const { trans } = req;
    const changed = new Map<PackKey, Pack>();
    if (req.type === 'deleteRange') {
      if (req.range.type === RANGE_ANY) {
        yield* store.clear(trans);
        return NOTHING_FAILED;
      }
      for (const p of yield* store.all(trans)) {
        const kept = p.items.filter((r) => !inRange(r.id, req.range));
        if (kept.length !== p.items.length) changed.set(p.key, { ...p, items: kept });
      }
      yield* store.write(trans, changed);
      return NOTHING_FAILED;
    }
    if (req.type === 'delete') {
      const { where } = yield* store.locate(trans, req.keys);
      for (const k of req.keys) {
        const p = where.get(k);
        if (!p) continue;
        p.items = p.items.filter((r) => r.id !== k);
        changed.set(p.key, p);
      }
      yield* store.write(trans, changed);
      return NOTHING_FAILED;
    }
    // add or put
    const values = req.values as Item[];
    const ids = values.map((v) => v.id);
    const { where, loaded } = yield* store.locate(trans, ids);
    // The packs the records go in, read unless already at hand.
    const keys = [...new Set(values.map((v) => layout.packOf(v)))].filter((k) => !loaded.has(k));
    for (const p of yield* store.ofKeys(trans, keys)) loaded.set(p.key, p);
    const failures: Record<number, Error> = {};
    let numFailures = 0;
    values.forEach((v, i) => {
      const had = where.get(v.id);
      const into = loaded.get(layout.packOf(v))!;
      if ((had && req.type === 'add') || clashes(into, v)) {
        failures[i] = constraintError();
        numFailures++;
        return;
      }
      if (had) {
        had.items = had.items.filter((r) => r.id !== v.id);
        changed.set(had.key, had);
      }
      into.items.push(v);
      changed.set(into.key, into);
      where.set(v.id, into);
    });
    yield* store.write(trans, changed);
    return { numFailures, failures, results: ids, lastResult: ids[ids.length - 1] };
  }

  return {
    ...physical,
    get: (req) =>
      turn(req.trans, false, function* () {
        const p = yield* store.of(req.trans, req.key);
        return p?.items.find((r) => r.id === req.key);
      }),
    getMany: (req) =>
      turn(req.trans, false, function* () {
        const { where } = yield* store.locate(req.trans, req.keys);
        return req.keys.map((k) => where.get(k)?.items.find((r) => r.id === k));
      }),
    query: (req) =>
      turn(req.trans, false, function* () {
        const reverse = req.direction === 'prev' || req.direction === 'prevunique';
        const unique = req.direction === 'nextunique' || req.direction === 'prevunique';
        const { index, range } = req.query;
        let rows =
          index.name === layout.timeIndex && req.limit !== undefined && req.limit < Infinity && !unique
            ? yield* store.byTime(req.trans, range, reverse, req.limit)
            : yield* found(req.trans, index, range, reverse, unique);
        if (req.limit !== undefined && req.limit < rows.length) rows = rows.slice(0, req.limit);
        return { result: rows.map((r) => (req.values ? r.value : r.primaryKey)) };
      }),
    openCursor: (req) =>
      turn(req.trans, false, function* () {
        const reverse = !!req.reverse;
        const rows = yield* found(req.trans, req.query.index, req.query.range, reverse, !!req.unique);
        return rows.length ? arrayCursor(req.trans, rows, reverse) : null;
      }),
    count: (req) =>
      turn(req.trans, false, function* () {
        if (req.query.range.type === RANGE_ANY) return yield* store.count(req.trans);
        return (yield* found(req.trans, req.query.index, req.query.range, false, false)).length;
      }),
    mutate: (req) => turn(req.trans, true, () => mutate(req)),
  };
}

/** The middleware keeping these tables in packs, each once its store of packs exists. */
export function packsMiddleware(layouts: readonly PackLayout[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'packs',
    // Under Dexie's observability (0) and existing-values cache (−1) middlewares.
    level: -2,
    create(down) {
      // Before the upgrade that brings a table's packs (and in the upgrades before it), its records are rows.
      const active = layouts.filter((l) => down.schema.tables.some((t) => t.name === l.store));
      if (!active.length) return {};
      const stores = new Map(active.map((l) => [l.table, { layout: l, store: packStore(down, l) }]));
      return {
        transaction(names, mode, options) {
          const more = active.filter((l) => names.includes(l.table) && !names.includes(l.store));
          return down.transaction([...names, ...more.map((l) => l.store)], mode, options);
        },
        table(name) {
          const physical = down.table(name);
          const packed = stores.get(name);
          return packed ? packedTable(physical, packed.store, packed.layout) : physical;
        },
      };
    },
  };
}
