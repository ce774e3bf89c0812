import Dexie, {
  cmp,
  type DBCore,
  type DBCoreCountRequest,
  type DBCoreCursor,
  type DBCoreGetManyRequest,
  type DBCoreGetRequest,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreOpenCursorRequest,
  type DBCoreQueryRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';

/**
 * Claims stored by article. IndexedDB's cost is per row: 100,000 claims, one per row with their four
 * indexes, take 5–7 s to write and 1.1 s to read back in Chromium; as 1,000 rows (one per article)
 * 0.3 s and 0.4 s. This middleware, under Dexie's own (its observability and cache middlewares
 * still see a `claims` table, so live queries and other tabs and workers learn which claims
 * changed), keeps the logical `claims` table, its keys and indexes, over the physical `claimPacks`
 * store: one row per article, with a multi-entry index of the claim ids it holds. Every other part
 * of the app reads and writes `claims` as before.
 */
export const CLAIMS = 'claims';
export const PACKS = 'claimPacks';
/**
 * The packs' store: by article, with the ids of its claims (to find a claim's pack) and the newest
 * and oldest update time among them (so the latest claims are read from a few packs, not all).
 */
export const PACKS_SPEC = 'articleId, *ids, newest, oldest';

type Claim = { id: string; articleId: string; updatedAt?: unknown } & Record<string, unknown>;
export interface ClaimPack {
  articleId: string;
  ids: string[];
  newest: number;
  oldest: number;
  claims: Claim[];
}

/**
 * How many claims there are, kept beside the packs under a key no article has (and written with every
 * change of a pack's size): counting the claim ids' index reads every entry, 3 s at 100,000.
 */
export const COUNT_KEY = '';
export interface ClaimCount {
  articleId: typeof COUNT_KEY;
  count: number;
}

/** A pack of these claims (not empty), its ids and times taken from them. */
function pack(articleId: string, claims: Claim[]): ClaimPack {
  let newest = -Infinity;
  let oldest = Infinity;
  for (const c of claims) {
    const t = typeof c.updatedAt === 'number' ? c.updatedAt : 0;
    if (t > newest) newest = t;
    if (t < oldest) oldest = t;
  }
  return { articleId, ids: claims.map((c) => c.id), newest, oldest, claims };
}

const RANGE_EQUAL = 1;
const RANGE_ANY = 3;
const RANGE_NEVER = 4;

/**
 * IndexedDB's key order: strings and numbers (all that claims' keys are) compared directly, as
 * IndexedDB does (numbers by value, strings by UTF-16 code unit); anything else by Dexie's `cmp`.
 * Sorting 100,000 ids with `cmp` alone takes most of a second.
 */
function keyCmp(a: unknown, b: unknown): number {
  if ((typeof a === 'string' && typeof b === 'string') || (typeof a === 'number' && typeof b === 'number'))
    return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

function inRange(key: unknown, r: DBCoreKeyRange): boolean {
  if (key === undefined) return false;
  if (r.type === RANGE_ANY) return true;
  if (r.type === RANGE_NEVER) return false;
  if (r.type === RANGE_EQUAL) return keyCmp(key, r.lower) === 0;
  // A bound left undefined is no bound (Dexie's `above`, `below`).
  const lo = r.lower === undefined ? 1 : keyCmp(key, r.lower);
  const hi = r.upper === undefined ? -1 : keyCmp(key, r.upper);
  return (r.lowerOpen ? lo > 0 : lo >= 0) && (r.upperOpen ? hi < 0 : hi <= 0);
}

const equal = (key: unknown): DBCoreKeyRange => ({ type: RANGE_EQUAL, lower: key, upper: key });
const everything: DBCoreKeyRange = { type: RANGE_ANY, lower: undefined, upper: undefined };

/** Packs made from claims, by article (the upgrade that moves stored claims into packs uses it). */
export function packClaims(claims: readonly Claim[]): Array<ClaimPack | ClaimCount> {
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = by.get(c.articleId);
    if (list) list.push(c);
    else by.set(c.articleId, [c]);
  }
  const packs: Array<ClaimPack | ClaimCount> = [...by].map(([articleId, list]) => pack(articleId, list));
  return [...packs, { articleId: COUNT_KEY, count: claims.length }];
}

function constraintError(): Error {
  const e = new Error('Key already exists in the object store.');
  e.name = 'ConstraintError';
  return e;
}

type Row = { key: unknown; primaryKey: unknown; value?: unknown };

/** A cursor over results already read (what a pack store gives a query on any claim index). */
function arrayCursor(
  trans: DBCoreTransaction,
  rows: ReadonlyArray<{ key: unknown; primaryKey: unknown; value?: unknown }>,
  reverse: boolean,
): DBCoreCursor {
  let at = 0;
  let stopped = false;
  let moved = false;
  let resolveRun: (v: unknown) => void = () => undefined;
  let rejectRun: (e: unknown) => void = () => undefined;
  const past = (a: unknown, b: unknown) => (reverse ? keyCmp(a, b) < 0 : keyCmp(a, b) > 0);
  const cursor: DBCoreCursor & { done: boolean } = {
    trans,
    done: rows.length === 0,
    get key() {
      return rows[at]?.key;
    },
    get primaryKey() {
      return rows[at]?.primaryKey;
    },
    get value() {
      return rows[at]?.value;
    },
    continue(key?: unknown) {
      moved = true;
      at++;
      if (key !== undefined)
        while (at < rows.length && !past(rows[at]!.key, key) && keyCmp(rows[at]!.key, key) !== 0) at++;
    },
    continuePrimaryKey(key: unknown, primaryKey: unknown) {
      moved = true;
      at++;
      while (
        at < rows.length &&
        (past(key, rows[at]!.key) ||
          (keyCmp(rows[at]!.key, key) === 0 &&
            !past(rows[at]!.primaryKey, primaryKey) &&
            keyCmp(rows[at]!.primaryKey, primaryKey) !== 0))
      )
        at++;
    },
    advance(count: number) {
      moved = true;
      at += count;
    },
    start(onNext: () => void) {
      return new Promise((resolve, reject) => {
        resolveRun = resolve;
        rejectRun = reject;
        // Each step is taken when the callback asks for it (continue, advance) and stops with stop().
        const run = () => {
          while (!stopped) {
            if (at >= rows.length) {
              cursor.done = true;
              resolve(undefined);
              return;
            }
            moved = false;
            try {
              onNext();
            } catch (e) {
              reject(e);
              return;
            }
            if (!moved) return; // waits for continue() from a later callback
          }
        };
        run();
      });
    },
    stop(value?: unknown) {
      stopped = true;
      resolveRun(value);
    },
    next() {
      let one = 1;
      return cursor.start(() => (one-- ? cursor.continue() : cursor.stop())).then(() => cursor);
    },
    fail(error: Error) {
      stopped = true;
      rejectRun(error);
    },
  };
  return cursor;
}

export const claimPacksMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'claim-packs',
  // Under Dexie's observability (0) and existing-values cache (−1) middlewares.
  level: -2,
  create(down) {
    // Before the upgrade that brings packs (and in the upgrades before it), claims are rows.
    if (!down.schema.tables.some((t) => t.name === PACKS)) return {};
    const packs = down.table(PACKS);
    const idsIndex = packs.schema.indexes.find((i) => i.name === 'ids')!;
    const newestIndex = packs.schema.indexes.find((i) => i.name === 'newest')!;
    const oldestIndex = packs.schema.indexes.find((i) => i.name === 'oldest')!;
    return {
      transaction(stores, mode, options) {
        const withPacks = stores.includes(CLAIMS) && !stores.includes(PACKS) ? [...stores, PACKS] : stores;
        return down.transaction(withPacks, mode, options);
      },
      table(name) {
        const physical = down.table(name);
        if (name !== CLAIMS) return physical;

        const allPacks = async (trans: DBCoreTransaction): Promise<ClaimPack[]> =>
          (
            (
              await packs.query({
                trans,
                values: true,
                query: { index: packs.schema.primaryKey, range: everything },
              })
            ).result as Array<ClaimPack | ClaimCount>
          ).filter((p): p is ClaimPack => p.articleId !== COUNT_KEY);
        /** Counting the claim ids indexed: IndexedDB reads every entry (seconds at 100,000). */
        const indexCount = (trans: DBCoreTransaction) =>
          packs.count({ trans, query: { index: idsIndex, range: everything } });
        const packOf = async (trans: DBCoreTransaction, id: unknown): Promise<ClaimPack | undefined> => {
          const r = await packs.query({
            trans,
            values: true,
            limit: 1,
            query: { index: idsIndex, range: equal(id) },
          });
          return r.result[0] as ClaimPack | undefined;
        };
        /** The claims a query on `index` over `range` can find: one pack by article, else every pack. */
        const candidates = async (trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange) => {
          if (index.name === 'articleId' && range.type === RANGE_EQUAL) {
            const p = (await packs.get({ trans, key: range.lower })) as ClaimPack | undefined;
            return p ? p.claims : [];
          }
          if (index.isPrimaryKey && range.type === RANGE_EQUAL) {
            const p = await packOf(trans, range.lower);
            return p ? p.claims.filter((c) => c.id === range.lower) : [];
          }
          return (await allPacks(trans)).flatMap((p) => p.claims);
        };
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
          const rows = (await candidates(trans, index, range))
            .map((c) => ({ key: keyOf(index, c), primaryKey: c.id as unknown, value: c as unknown }))
            .filter((r) => inRange(r.key, range));
          rows.sort((a, b) => keyCmp(a.key, b.key) || keyCmp(a.primaryKey, b.primaryKey));
          if (reverse) rows.reverse();
          if (!unique) return rows;
          return rows.filter((r, i) => i === 0 || keyCmp(r.key, rows[i - 1]!.key) !== 0);
        };

        /**
         * The first `limit` claims by update time (newest first when `reverse`): packs are read in order
         * of their newest (oldest) claim until no pack left can hold one that would come before the
         * last of those found.
         */
        const byTime = async (
          trans: DBCoreTransaction,
          range: DBCoreKeyRange,
          reverse: boolean,
          limit: number,
        ) => {
          const order = (a: Row, b: Row) =>
            (keyCmp(a.key, b.key) || keyCmp(a.primaryKey, b.primaryKey)) * (reverse ? -1 : 1);
          let got: Row[] = [];
          const cursor = await packs.openCursor({
            trans,
            values: true,
            reverse,
            query: { index: reverse ? newestIndex : oldestIndex, range: everything },
          });
          if (!cursor) return got;
          await cursor.start(() => {
            const p = cursor.value as ClaimPack;
            const bound = reverse ? p.newest : p.oldest;
            const last = got.length >= limit ? got[limit - 1]!.key : undefined;
            if (last !== undefined && (reverse ? keyCmp(last, bound) > 0 : keyCmp(last, bound) < 0)) {
              cursor.stop();
              return;
            }
            for (const c of p.claims)
              if (inRange(c.updatedAt, range)) got.push({ key: c.updatedAt, primaryKey: c.id, value: c });
            got.sort(order);
            if (got.length > limit) got = got.slice(0, limit);
            cursor.continue();
          });
          return got;
        };

        /** Writes changed packs (their `ids` still as read: the count kept follows the difference). */
        const writePacks = async (trans: DBCoreTransaction, changed: Map<string, ClaimPack>) => {
          const put: Array<ClaimPack | ClaimCount> = [];
          const gone: string[] = [];
          let delta = 0;
          for (const [articleId, p] of changed) {
            delta += p.claims.length - p.ids.length;
            if (p.claims.length) put.push(pack(articleId, p.claims));
            else gone.push(articleId);
          }
          if (delta) {
            const kept = (await packs.get({ trans, key: COUNT_KEY })) as ClaimCount | undefined;
            // Without a kept count (never so after the upgrade), the index says, as before.
            const before = kept ? kept.count : await indexCount(trans);
            put.push({ articleId: COUNT_KEY, count: before + delta });
          }
          if (put.length) {
            const r = await packs.mutate({ trans, type: 'put', values: put });
            if (r.numFailures) throw Object.values(r.failures)[0];
          }
          if (gone.length) await packs.mutate({ trans, type: 'delete', keys: gone });
        };

        /** The packs holding these claim ids (and the pack of each), read one by one or all at once. */
        const locate = async (trans: DBCoreTransaction, ids: readonly unknown[]) => {
          const where = new Map<unknown, ClaimPack>();
          const loaded = new Map<string, ClaimPack>();
          const keep = (p: ClaimPack) => {
            const had = loaded.get(p.articleId);
            if (had) return had;
            loaded.set(p.articleId, p);
            return p;
          };
          if (ids.length > 50) {
            for (const p of await allPacks(trans)) {
              const kept = keep(p);
              for (const c of kept.claims) where.set(c.id, kept);
            }
          } else {
            const each = await Promise.all(ids.map((id) => packOf(trans, id)));
            each.forEach((p, i) => {
              if (p) where.set(ids[i], keep(p));
            });
          }
          return { where, loaded };
        };

        const table: DBCoreTable = {
          ...physical,
          async get(req: DBCoreGetRequest) {
            const p = await packOf(req.trans, req.key);
            return p?.claims.find((c) => c.id === req.key);
          },
          async getMany(req: DBCoreGetManyRequest) {
            const { where } = await locate(req.trans, req.keys);
            return req.keys.map((k) => where.get(k)?.claims.find((c) => c.id === k));
          },
          async query(req: DBCoreQueryRequest) {
            const reverse = req.direction === 'prev' || req.direction === 'prevunique';
            const unique = req.direction === 'nextunique' || req.direction === 'prevunique';
            const { index, range } = req.query;
            let rows =
              index.name === 'updatedAt' && req.limit !== undefined && req.limit < Infinity && !unique
                ? await byTime(req.trans, range, reverse, req.limit)
                : await found(req.trans, index, range, reverse, unique);
            if (req.limit !== undefined && req.limit < rows.length) rows = rows.slice(0, req.limit);
            return { result: rows.map((r) => (req.values ? r.value : r.primaryKey)) };
          },
          async openCursor(req: DBCoreOpenCursorRequest) {
            const rows = await found(
              req.trans,
              req.query.index,
              req.query.range,
              !!req.reverse,
              !!req.unique,
            );
            return rows.length ? arrayCursor(req.trans, rows, !!req.reverse) : null;
          },
          async count(req: DBCoreCountRequest) {
            if (req.query.range.type === RANGE_ANY) {
              const kept = (await packs.get({ trans: req.trans, key: COUNT_KEY })) as ClaimCount | undefined;
              return kept ? kept.count : indexCount(req.trans);
            }
            return (await found(req.trans, req.query.index, req.query.range, false, false)).length;
          },
          async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const { trans } = req;
            if (req.type === 'deleteRange') {
              if (req.range.type === RANGE_ANY) {
                await packs.mutate({ trans, type: 'deleteRange', range: everything });
                await packs.mutate({ trans, type: 'put', values: [{ articleId: COUNT_KEY, count: 0 }] });
              } else {
                const changed = new Map<string, ClaimPack>();
                for (const p of await allPacks(trans)) {
                  const kept = p.claims.filter((c) => !inRange(c.id, req.range));
                  if (kept.length !== p.claims.length) changed.set(p.articleId, { ...p, claims: kept });
                }
                await writePacks(trans, changed);
              }
              return { numFailures: 0, failures: {}, lastResult: undefined, results: [] };
            }
            if (req.type === 'delete') {
              const { where } = await locate(trans, req.keys);
              const changed = new Map<string, ClaimPack>();
              for (const k of req.keys) {
                const p = where.get(k);
                if (!p) continue;
                p.claims = p.claims.filter((c) => c.id !== k);
                changed.set(p.articleId, p);
              }
              await writePacks(trans, changed);
              return { numFailures: 0, failures: {}, lastResult: undefined, results: [] };
            }
            // add or put
            const values = req.values as Claim[];
            const ids = values.map((v) => v.id);
            const { where, loaded } = await locate(trans, ids);
            const changed = new Map<string, ClaimPack>();
            const failures: Record<number, Error> = {};
            let numFailures = 0;
            // The packs of the claims' articles, read unless already at hand.
            const articles = [...new Set(values.map((v) => v.articleId))].filter((a) => !loaded.has(a));
            const read = (await packs.getMany({ trans, keys: articles })) as Array<ClaimPack | undefined>;
            articles.forEach((a, i) => loaded.set(a, read[i] ?? pack(a, [])));
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
            await writePacks(trans, changed);
            return {
              numFailures,
              failures,
              results: ids,
              lastResult: ids[ids.length - 1],
            };
          },
        };
        // Answered as Dexie's promises, which carry its transaction zone to what callers chain on
        // them (the middlewares above read the current transaction from it).
        const zoned =
          <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
          (...a: A): Promise<R> =>
            Dexie.Promise.resolve(f(...a)) as Promise<R>;
        return {
          ...table,
          get: zoned(table.get),
          getMany: zoned(table.getMany),
          query: zoned(table.query),
          openCursor: zoned(table.openCursor),
          count: zoned(table.count),
          mutate: zoned(table.mutate),
        };
      },
    };
  },
};
