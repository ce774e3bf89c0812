import type { DBCore, DBCoreIndex, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import { flow, wait, waitAll, type Flow } from './dexie-flow';
import { equal, everything, inRange, RANGE_EQUAL, rowOrder, keyCmp, type Row } from './key-ranges';

/**
 * The physical side of a table stored in packs (src/db/packed-table.ts): a store with one row per
 * pack of records, and what reads and writes packs. How a table is packed is its layout
 * (src/db/pack-layouts.ts).
 */
export type Item = { id: string; updatedAt?: unknown } & Record<string, unknown>;
export type PackKey = string | number;

export interface PackLayout {
  /** The logical table the app reads and writes. */
  table: string;
  /** The physical store holding the packs, and its Dexie schema (key path first, `*ids` among them). */
  store: string;
  spec: string;
  /** The field of a stored pack holding its key, and the one holding its records. */
  keyField: string;
  itemsField: string;
  /** The pack a record is kept in. */
  packOf(record: Item): PackKey;
  /**
   * The one pack an equality query on this index can find records in (undefined when the records
   * may be in every pack).
   */
  packFor(index: string, key: unknown): PackKey | undefined;
  /**
   * An index of update times answered from each pack's newest and oldest time (stored as `newest`
   * and `oldest`, indexed): the latest records are then read from a few packs, not all.
   */
  timeIndex?: string;
}

/** A pack in memory: its key, the ids of its records as stored (before any change), its records. */
export interface Pack {
  key: PackKey;
  ids: unknown[];
  items: Item[];
}

/**
 * How many records there are, kept beside the packs under a key no pack has (and written with every
 * change of a pack's size): counting the ids' index reads every entry, 3 s at 100,000.
 */
export const COUNT_KEY = '';

const time = (r: Item): number => (typeof r.updatedAt === 'number' ? r.updatedAt : 0);

/** A pack as stored: its records, their ids and (where the layout asks) their newest and oldest time. */
export function storedPack(layout: PackLayout, key: PackKey, items: Item[]): Record<string, unknown> {
  const stored: Record<string, unknown> = { [layout.keyField]: key, ids: items.map((r) => r.id) };
  if (layout.timeIndex) {
    let newest = -Infinity;
    let oldest = Infinity;
    for (const r of items) {
      const t = time(r);
      if (t > newest) newest = t;
      if (t < oldest) oldest = t;
    }
    Object.assign(stored, { newest, oldest });
  }
  stored[layout.itemsField] = items;
  return stored;
}

/** Packs made from records, and their count (the upgrades that move rows into packs). */
export function packRecords(layout: PackLayout, records: readonly Item[]): Array<Record<string, unknown>> {
  const by = new Map<PackKey, Item[]>();
  for (const r of records) {
    const k = layout.packOf(r);
    const list = by.get(k);
    if (list) list.push(r);
    else by.set(k, [r]);
  }
  const packs = [...by].map(([key, items]) => storedPack(layout, key, items));
  return [...packs, { [layout.keyField]: COUNT_KEY, count: records.length }];
}

/**
 * Reads and writes of a layout's packs, through the DBCore below the packs' middleware: flows
 * (src/db/dexie-flow.ts), run as Dexie's promises by the logical table.
 */
export function packStore(down: DBCore, layout: PackLayout) {
  const packs = down.table(layout.store);
  const index = (name: string) => packs.schema.indexes.find((i) => i.name === name)!;
  const idsIndex = index('ids');
  const fromStored = (s: Record<string, unknown>): Pack => ({
    key: s[layout.keyField] as PackKey,
    ids: s.ids as unknown[],
    items: s[layout.itemsField] as Item[],
  });
  const isPack = (s: Record<string, unknown>) => s[layout.keyField] !== COUNT_KEY;

  function* all(trans: DBCoreTransaction): Flow<Pack[]> {
    const r = yield* wait(
      packs.query({ trans, values: true, query: { index: packs.schema.primaryKey, range: everything } }),
    );
    return (r.result as Array<Record<string, unknown>>).filter(isPack).map(fromStored);
  }

  /** The pack holding a record. */
  function* of(trans: DBCoreTransaction, id: unknown): Flow<Pack | undefined> {
    const r = yield* wait(
      packs.query({ trans, values: true, limit: 1, query: { index: idsIndex, range: equal(id) } }),
    );
    const s = r.result[0] as Record<string, unknown> | undefined;
    return s && fromStored(s);
  }

  /** The number of records: kept, else (never so after the upgrade) counted through the ids' index. */
  function* count(trans: DBCoreTransaction): Flow<number> {
    const kept = (yield* wait(packs.get({ trans, key: COUNT_KEY }))) as { count: number } | undefined;
    if (kept) return kept.count;
    return yield* wait(packs.count({ trans, query: { index: idsIndex, range: everything } }));
  }

  /** The packs with these keys, an empty one for a key without a pack. */
  function* ofKeys(trans: DBCoreTransaction, keys: readonly PackKey[]): Flow<Pack[]> {
    const read = (yield* wait(packs.getMany({ trans, keys: [...keys] }))) as Array<
      Record<string, unknown> | undefined
    >;
    return keys.map((key, i) => {
      const s = read[i];
      return s ? fromStored(s) : { key, ids: [], items: [] };
    });
  }

  return {
    all,
    of,
    count,
    ofKeys,

    /** The records a query on `index` over `range` can find: one pack where the layout says which. */
    *recordsFor(trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange): Flow<Item[]> {
      if (range.type === RANGE_EQUAL) {
        if (index.isPrimaryKey) {
          const p = yield* of(trans, range.lower);
          return p ? p.items.filter((r) => r.id === range.lower) : [];
        }
        const key = layout.packFor(index.name ?? '', range.lower);
        if (key !== undefined) return (yield* ofKeys(trans, [key]))[0]!.items;
      }
      return (yield* all(trans)).flatMap((p) => p.items);
    },

    /**
     * The first `limit` records by update time (newest first when `reverse`): packs are read in order
     * of their newest (oldest) record until no pack left can hold one that would come before the last
     * of those found.
     */
    *byTime(trans: DBCoreTransaction, range: DBCoreKeyRange, reverse: boolean, limit: number): Flow<Row[]> {
      const order = rowOrder(reverse);
      let got: Row[] = [];
      const cursor = yield* wait(
        packs.openCursor({
          trans,
          values: true,
          reverse,
          query: { index: index(reverse ? 'newest' : 'oldest'), range: everything },
        }),
      );
      if (!cursor) return got;
      yield cursor.start(() => {
        const s = cursor.value as Record<string, unknown>;
        const bound = s[reverse ? 'newest' : 'oldest'];
        const last = got.length >= limit ? got[limit - 1]!.key : undefined;
        if (last !== undefined && (reverse ? keyCmp(last, bound) > 0 : keyCmp(last, bound) < 0)) {
          cursor.stop();
          return;
        }
        for (const r of fromStored(s).items)
          if (inRange(r.updatedAt, range)) got.push({ key: r.updatedAt, primaryKey: r.id, value: r });
        got.sort(order);
        if (got.length > limit) got = got.slice(0, limit);
        cursor.continue();
      });
      return got;
    },

    /**
     * The packs holding these ids (`where`, by id) and every pack read (`loaded`, by key): read one by
     * one for a few ids, all at once for many.
     */
    *locate(trans: DBCoreTransaction, ids: readonly unknown[]) {
      const where = new Map<unknown, Pack>();
      const loaded = new Map<PackKey, Pack>();
      if (ids.length > 50) {
        for (const p of yield* all(trans)) {
          loaded.set(p.key, p);
          for (const r of p.items) where.set(r.id, p);
        }
      } else {
        const each = yield* waitAll(ids.map((id) => flow(of(trans, id))));
        each.forEach((p, i) => {
          if (!p) return;
          const kept = loaded.get(p.key) ?? p;
          loaded.set(p.key, kept);
          where.set(ids[i], kept);
        });
      }
      return { where, loaded };
    },

    /** Writes changed packs (their `ids` still as read: the count kept follows the difference). */
    *write(trans: DBCoreTransaction, changed: ReadonlyMap<PackKey, Pack>): Flow<void> {
      const put: Array<Record<string, unknown>> = [];
      const gone: PackKey[] = [];
      let delta = 0;
      for (const [key, p] of changed) {
        delta += p.items.length - p.ids.length;
        if (p.items.length) put.push(storedPack(layout, key, p.items));
        else gone.push(key);
      }
      if (delta) put.push({ [layout.keyField]: COUNT_KEY, count: (yield* count(trans)) + delta });
      if (put.length) {
        const r = yield* wait(packs.mutate({ trans, type: 'put', values: put }));
        if (r.numFailures) throw Object.values(r.failures)[0];
      }
      if (gone.length) yield packs.mutate({ trans, type: 'delete', keys: gone });
    },

    /** No records: every pack gone, the count kept at 0. */
    *clear(trans: DBCoreTransaction): Flow<void> {
      yield packs.mutate({ trans, type: 'deleteRange', range: everything });
      yield packs.mutate({ trans, type: 'put', values: [{ [layout.keyField]: COUNT_KEY, count: 0 }] });
    },
  };
}

export type PackStore = ReturnType<typeof packStore>;
