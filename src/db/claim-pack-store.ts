import type { DBCore, DBCoreIndex, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import { equal, everything, inRange, RANGE_EQUAL, rowOrder, keyCmp, type Row } from './key-ranges';

/**
 * The physical side of claims stored by article (src/db/claim-packs.ts): the `claimPacks` store, one
 * row per article holding its claims, and what reads and writes packs.
 */
export const PACKS = 'claimPacks';
/**
 * The packs' store: by article, with the ids of its claims (to find a claim's pack) and the newest
 * and oldest update time among them (so the latest claims are read from a few packs, not all).
 */
export const PACKS_SPEC = 'articleId, *ids, newest, oldest';

export type Claim = { id: string; articleId: string; updatedAt?: unknown } & Record<string, unknown>;
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

/**
 * A pack of these claims, its ids and times taken from them (an empty one stands for an article
 * that has no pack yet: it is never stored).
 */
export function pack(articleId: string, claims: Claim[]): ClaimPack {
  let newest = -Infinity;
  let oldest = Infinity;
  for (const c of claims) {
    const t = typeof c.updatedAt === 'number' ? c.updatedAt : 0;
    if (t > newest) newest = t;
    if (t < oldest) oldest = t;
  }
  return { articleId, ids: claims.map((c) => c.id), newest, oldest, claims };
}

/** Packs made from claims, by article, and their count (the upgrade that moves claims into packs). */
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

/** Reads and writes of the packs, through the DBCore below the claims' middleware. */
export function packStore(down: DBCore) {
  const packs = down.table(PACKS);
  const index = (name: string) => packs.schema.indexes.find((i) => i.name === name)!;
  const idsIndex = index('ids');
  const newestIndex = index('newest');
  const oldestIndex = index('oldest');

  const all = async (trans: DBCoreTransaction): Promise<ClaimPack[]> =>
    (
      (
        await packs.query({
          trans,
          values: true,
          query: { index: packs.schema.primaryKey, range: everything },
        })
      ).result as Array<ClaimPack | ClaimCount>
    ).filter((p): p is ClaimPack => p.articleId !== COUNT_KEY);

  /** The pack holding a claim. */
  const of = async (trans: DBCoreTransaction, id: unknown): Promise<ClaimPack | undefined> => {
    const r = await packs.query({
      trans,
      values: true,
      limit: 1,
      query: { index: idsIndex, range: equal(id) },
    });
    return r.result[0] as ClaimPack | undefined;
  };

  /** The number of claims: kept, else (never so after the upgrade) counted through the ids' index. */
  const count = async (trans: DBCoreTransaction): Promise<number> => {
    const kept = (await packs.get({ trans, key: COUNT_KEY })) as ClaimCount | undefined;
    return kept ? kept.count : packs.count({ trans, query: { index: idsIndex, range: everything } });
  };

  return {
    all,
    of,
    count,

    /** The claims a query on `index` over `range` can find: one pack by article, else every pack. */
    async claimsFor(trans: DBCoreTransaction, index: DBCoreIndex, range: DBCoreKeyRange): Promise<Claim[]> {
      if (index.name === 'articleId' && range.type === RANGE_EQUAL) {
        const p = (await packs.get({ trans, key: range.lower })) as ClaimPack | undefined;
        return p ? p.claims : [];
      }
      if (index.isPrimaryKey && range.type === RANGE_EQUAL) {
        const p = await of(trans, range.lower);
        return p ? p.claims.filter((c) => c.id === range.lower) : [];
      }
      return (await all(trans)).flatMap((p) => p.claims);
    },

    /**
     * The first `limit` claims by update time (newest first when `reverse`): packs are read in order
     * of their newest (oldest) claim until no pack left can hold one that would come before the last
     * of those found.
     */
    async byTime(
      trans: DBCoreTransaction,
      range: DBCoreKeyRange,
      reverse: boolean,
      limit: number,
    ): Promise<Row[]> {
      const order = rowOrder(reverse);
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
    },

    /**
     * The packs holding these claim ids (`where`, by id) and every pack read (`loaded`, by article):
     * read one by one for a few ids, all at once for many.
     */
    async locate(trans: DBCoreTransaction, ids: readonly unknown[]) {
      const where = new Map<unknown, ClaimPack>();
      const loaded = new Map<string, ClaimPack>();
      if (ids.length > 50) {
        for (const p of await all(trans)) {
          loaded.set(p.articleId, p);
          for (const c of p.claims) where.set(c.id, p);
        }
      } else {
        const each = await Promise.all(ids.map((id) => of(trans, id)));
        each.forEach((p, i) => {
          if (!p) return;
          const kept = loaded.get(p.articleId) ?? p;
          loaded.set(p.articleId, kept);
          where.set(ids[i], kept);
        });
      }
      return { where, loaded };
    },

    /** The packs of these articles, an empty one for an article without a pack. */
    async ofArticles(trans: DBCoreTransaction, articleIds: readonly string[]): Promise<ClaimPack[]> {
      const read = (await packs.getMany({ trans, keys: [...articleIds] })) as Array<ClaimPack | undefined>;
      return articleIds.map((a, i) => read[i] ?? pack(a, []));
    },

    /** Writes changed packs (their `ids` still as read: the count kept follows the difference). */
    async write(trans: DBCoreTransaction, changed: ReadonlyMap<string, ClaimPack>): Promise<void> {
      const put: Array<ClaimPack | ClaimCount> = [];
      const gone: string[] = [];
      let delta = 0;
      for (const [articleId, p] of changed) {
        delta += p.claims.length - p.ids.length;
        if (p.claims.length) put.push(pack(articleId, p.claims));
        else gone.push(articleId);
      }
      if (delta) put.push({ articleId: COUNT_KEY, count: (await count(trans)) + delta });
      if (put.length) {
        const r = await packs.mutate({ trans, type: 'put', values: put });
        if (r.numFailures) throw Object.values(r.failures)[0];
      }
      if (gone.length) await packs.mutate({ trans, type: 'delete', keys: gone });
    },

    /** No claims: every pack gone, the count kept at 0. */
    async clear(trans: DBCoreTransaction): Promise<void> {
      await packs.mutate({ trans, type: 'deleteRange', range: everything });
      await packs.mutate({ trans, type: 'put', values: [{ articleId: COUNT_KEY, count: 0 }] });
    },
  };
}
