import Dexie, {
  type DBCore,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { arrayCursor } from './array-cursor';
import { packStore, PACKS, type Claim, type ClaimPack } from './claim-pack-store';
import { inRange, keyCmp, RANGE_ANY, rowOrder } from './key-ranges';

export { packClaims, PACKS, PACKS_SPEC } from './claim-pack-store';

/**
 * Claims stored by article. IndexedDB's cost is per row: 100,000 claims, one per row with their four
 * indexes, take 5–7 s to write and 1.1 s to read back in Chromium; as 1,000 rows (one per article)
 * 0.3 s and 0.4 s. This middleware, under Dexie's own (its observability and cache middlewares
 * still see a `claims` table, so live queries and other tabs and workers learn which claims
 * changed), keeps the logical `claims` table, its keys and indexes, over the physical `claimPacks`
 * store (src/db/claim-pack-store.ts). Every other part of the app reads and writes `claims` as before.
 */
export const CLAIMS = 'claims';

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

/** The logical claims table over the packs. */
function claimsTable(physical: DBCoreTable, store: ReturnType<typeof packStore>): DBCoreTable {
  const keyOf = (index: DBCoreIndex, c: Claim): unknown =>
    index.isPrimaryKey ? c.id : index.extractKey ? index.extractKey(c) : undefined;
  /** What a query finds, in index order (ties by primary key), as rows of a cursor. */
  const found = async (
    trans: DBCoreTransaction,
    index: DBCoreIndex,
    range: DBCoreKeyRange,
    reverse: boolean,
    unique: boolean,
  ) => {
    const rows = (await store.claimsFor(trans, index, range))
      .map((c) => ({ key: keyOf(index, c), primaryKey: c.id as unknown, value: c as unknown }))
      .filter((r) => inRange(r.key, range));
    rows.sort(rowOrder(reverse));
    if (!unique) return rows;
    return rows.filter((r, i) => i === 0 || keyCmp(r.key, rows[i - 1]!.key) !== 0);
  };

  return {
    ...physical,
    async get(req) {
      const p = await store.of(req.trans, req.key);
      return p?.claims.find((c) => c.id === req.key);
    },
    async getMany(req) {
      const { where } = await store.locate(req.trans, req.keys);
      return req.keys.map((k) => where.get(k)?.claims.find((c) => c.id === k));
    },
    async query(req) {
      const reverse = req.direction === 'prev' || req.direction === 'prevunique';
      const unique = req.direction === 'nextunique' || req.direction === 'prevunique';
      const { index, range } = req.query;
      let rows =
        index.name === 'updatedAt' && req.limit !== undefined && req.limit < Infinity && !unique
          ? await store.byTime(req.trans, range, reverse, req.limit)
          : await found(req.trans, index, range, reverse, unique);
      if (req.limit !== undefined && req.limit < rows.length) rows = rows.slice(0, req.limit);
      return { result: rows.map((r) => (req.values ? r.value : r.primaryKey)) };
    },
    async openCursor(req) {
      const reverse = !!req.reverse;
      const rows = await found(req.trans, req.query.index, req.query.range, reverse, !!req.unique);
      return rows.length ? arrayCursor(req.trans, rows, reverse) : null;
    },
    async count(req) {
      if (req.query.range.type === RANGE_ANY) return store.count(req.trans);
      return (await found(req.trans, req.query.index, req.query.range, false, false)).length;
    },
    async mutate(req) {
      const { trans } = req;
      const changed = new Map<string, ClaimPack>();
      if (req.type === 'deleteRange') {
        if (req.range.type === RANGE_ANY) {
          await store.clear(trans);
          return NOTHING_FAILED;
        }
        for (const p of await store.all(trans)) {
          const kept = p.claims.filter((c) => !inRange(c.id, req.range));
          if (kept.length !== p.claims.length) changed.set(p.articleId, { ...p, claims: kept });
        }
        await store.write(trans, changed);
        return NOTHING_FAILED;
      }
      if (req.type === 'delete') {
        const { where } = await store.locate(trans, req.keys);
        for (const k of req.keys) {
          const p = where.get(k);
          if (!p) continue;
          p.claims = p.claims.filter((c) => c.id !== k);
          changed.set(p.articleId, p);
        }
        await store.write(trans, changed);
        return NOTHING_FAILED;
      }
      // add or put
      const values = req.values as Claim[];
      const ids = values.map((v) => v.id);
      const { where, loaded } = await store.locate(trans, ids);
      // The packs of the claims' articles, read unless already at hand.
      const articles = [...new Set(values.map((v) => v.articleId))].filter((a) => !loaded.has(a));
      for (const p of await store.ofArticles(trans, articles)) loaded.set(p.articleId, p);
      const failures: Record<number, Error> = {};
      let numFailures = 0;
      values.forEach((v, i) => {
        const had = where.get(v.id);
        if (had && req.type === 'add') {
          failures[i] = constraintError();
          numFailures++;
          return;
        }
        if (had) {
          had.claims = had.claims.filter((c) => c.id !== v.id);
          changed.set(had.articleId, had);
        }
        const into = loaded.get(v.articleId)!;
        into.claims.push(v);
        changed.set(into.articleId, into);
        where.set(v.id, into);
      });
      await store.write(trans, changed);
      return { numFailures, failures, results: ids, lastResult: ids[ids.length - 1] };
    },
  };
}

/**
 * Answered as Dexie's promises, which carry its transaction zone to what callers chain on them (the
 * middlewares above read the current transaction from it).
 */
function zoned(table: DBCoreTable): DBCoreTable {
  const z =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    (...a: A): Promise<R> =>
      Dexie.Promise.resolve(f(...a)) as Promise<R>;
  return {
    ...table,
    get: z(table.get),
    getMany: z(table.getMany),
    query: z(table.query),
    openCursor: z(table.openCursor),
    count: z(table.count),
    mutate: z(table.mutate),
  };
}

export const claimPacksMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'claim-packs',
  // Under Dexie's observability (0) and existing-values cache (−1) middlewares.
  level: -2,
  create(down) {
    // Before the upgrade that brings packs (and in the upgrades before it), claims are rows.
    if (!down.schema.tables.some((t) => t.name === PACKS)) return {};
    const store = packStore(down);
    return {
      transaction(stores, mode, options) {
        const withPacks = stores.includes(CLAIMS) && !stores.includes(PACKS) ? [...stores, PACKS] : stores;
        return down.transaction(withPacks, mode, options);
      },
      table(name) {
        const physical = down.table(name);
        return name === CLAIMS ? zoned(claimsTable(physical, store)) : physical;
      },
    };
  },
};
