import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CorroborateDB } from './db';
import { byId, outcome, upgradedFrom8 } from './pack-testing';

/** Claims as the indexes see them (the packs never look inside a claim otherwise). */
interface C {
  id: string;
  articleId: string;
  categoryId: string;
  verdict: string;
  updatedAt: number;
}

let packed: CorroborateDB;
let plain: Dexie & { claims: Table<C, string> };
let n = 0;

beforeEach(async () => {
  packed = new CorroborateDB(`packs-${++n}`);
  await packed.open();
  plain = new Dexie(`rows-${n}`) as typeof plain;
  plain.version(1).stores({ claims: 'id, articleId, categoryId, verdict, updatedAt' });
  await plain.open();
});
afterEach(async () => {
  await packed.delete();
  await plain.delete();
});

const id = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `c${i.toString().padStart(2, '0')}`));
const claim = fc.record({
  id,
  articleId: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
  categoryId: fc.constantFrom('arms', 'denials', 'satellite'),
  verdict: fc.constantFrom('unverified', 'confirmed', 'disputed'),
  updatedAt: fc.integer({ min: 1, max: 12 }),
});
const action = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), claim }),
  fc.record({ kind: fc.constant('bulkAdd' as const), claims: fc.array(claim, { maxLength: 70 }) }),
  fc.record({ kind: fc.constant('put' as const), claim }),
  fc.record({ kind: fc.constant('bulkPut' as const), claims: fc.array(claim, { maxLength: 70 }) }),
  fc.record({ kind: fc.constant('update' as const), id, verdict: fc.constantFrom('confirmed', 'disputed') }),
  fc.record({ kind: fc.constant('delete' as const), id }),
  fc.record({ kind: fc.constant('bulkDelete' as const), ids: fc.array(id, { maxLength: 60 }) }),
  fc.record({ kind: fc.constant('deleteArticle' as const), articleId: fc.constantFrom('a1', 'a2') }),
  fc.record({ kind: fc.constant('modifyCategory' as const), categoryId: fc.constantFrom('arms', 'denials') }),
  fc.record({ kind: fc.constant('clear' as const) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Runs an action on a table; returns what it answered (or the name of the error it failed with). */
function run(t: Table<C, string>, db: Dexie, a: Action): Promise<unknown> {
  return outcome(db, t, async () => {
    switch (a.kind) {
      case 'add':
        return await t.add(a.claim);
      case 'bulkAdd':
        return await t.bulkAdd(a.claims);
      case 'put':
        return await t.put(a.claim);
      case 'bulkPut':
        return await t.bulkPut(a.claims);
      case 'update':
        return await t.update(a.id, { verdict: a.verdict });
      case 'delete':
        return await t.delete(a.id);
      case 'bulkDelete':
        return await t.bulkDelete(a.ids);
      case 'deleteArticle':
        return await t.where('articleId').equals(a.articleId).delete();
      case 'modifyCategory':
        return await t
          .where('categoryId')
          .equals(a.categoryId)
          .modify((c) => {
            c.updatedAt += 1;
          });
      case 'clear':
        return await t.clear();
    }
  });
}

/** Everything the app asks of the claims table, asked of a table. */
async function look(t: Table<C, string>) {
  const ids: string[] = [];
  await t.each((c) => ids.push(c.id));
  return {
    all: await t.toArray(),
    count: await t.count(),
    each: ids,
    byArticle: await t.where('articleId').equals('a2').toArray(),
    anyOf: await t.where('articleId').anyOf(['a1', 'a3']).toArray(),
    unverified: await t.where('verdict').equals('unverified').count(),
    latest: await t.orderBy('updatedAt').reverse().limit(5).toArray(),
    earliest: await t.orderBy('updatedAt').limit(4).toArray(),
    recent: await t.where('updatedAt').below(7).reverse().limit(3).primaryKeys(),
    oldest: await t.orderBy('updatedAt').first(),
    between: await t.where('updatedAt').between(4, 8, true, false).primaryKeys(),
    above: await t.where('updatedAt').above(9).reverse().toArray(),
    keys: await t.orderBy('categoryId').keys(),
    unique: await t.orderBy('verdict').uniqueKeys(),
    filtered: await t.filter((c) => c.verdict === 'disputed').toArray(),
    paged: await t.orderBy('updatedAt').offset(2).limit(3).primaryKeys(),
    byCategory: await t.where('categoryId').equals('denials').primaryKeys(),
    get: await t.get('c03'),
    bulkGet: await t.bulkGet(['c01', 'missing', 'c07', 'c01']),
    startsWith: await t.where('id').startsWith('c0').count(),
    idRange: await t.where(':id').between('c02', 'c08').toArray(),
  };
}

it('the packed claims table answers every read and write as a table of one row per claim', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
      await packed.claims.clear();
      await plain.claims.clear();
      for (const a of actions) {
        const got = await run(packed.claims as unknown as Table<C, string>, packed, a);
        const want = await run(plain.claims, plain, a);
        expect(got).toEqual(want);
      }
      expect(await look(packed.claims as unknown as Table<C, string>)).toEqual(await look(plain.claims));
    }),
    { numRuns: 80 },
  );
}, 60_000);

it('keeps one pack per article, holding exactly its claims', async () => {
  const t = packed.claims as unknown as Table<C, string>;
  await t.bulkAdd([
    { id: 'x1', articleId: 'a1', categoryId: 'arms', verdict: 'confirmed', updatedAt: 1 },
    { id: 'x2', articleId: 'a2', categoryId: 'arms', verdict: 'confirmed', updatedAt: 2 },
    { id: 'x3', articleId: 'a1', categoryId: 'arms', verdict: 'confirmed', updatedAt: 3 },
  ]);
  await t.put({ id: 'x1', articleId: 'a2', categoryId: 'arms', verdict: 'disputed', updatedAt: 4 });
  await t.delete('x3');
  const packs = await packed.table('claimPacks').toArray();
  expect(packs).toEqual([
    { articleId: '', count: 2 },
    {
      articleId: 'a2',
      ids: ['x2', 'x1'],
      newest: 4,
      oldest: 2,
      claims: [
        { id: 'x2', articleId: 'a2', categoryId: 'arms', verdict: 'confirmed', updatedAt: 2 },
        { id: 'x1', articleId: 'a2', categoryId: 'arms', verdict: 'disputed', updatedAt: 4 },
      ],
    },
  ]);
});

it('reads the latest claims from the packs that can hold them, ties in time by id as an index orders them', async () => {
  const t = packed.claims as unknown as Table<C, string>;
  const c = (id: string, articleId: string, updatedAt: number): C => ({
    id,
    articleId,
    categoryId: 'arms',
    verdict: 'confirmed',
    updatedAt,
  });
  await t.bulkAdd([c('b', 'a1', 5), c('a', 'a1', 9), c('c', 'a2', 5), c('d', 'a3', 1)]);
  expect(await t.orderBy('updatedAt').reverse().limit(2).primaryKeys()).toEqual(['a', 'c']);
  expect(await t.orderBy('updatedAt').limit(2).primaryKeys()).toEqual(['d', 'b']);
});

it('upgrades a version-8 database (a row per claim) to packs, keeping every claim as it was', async () => {
  const claims = Array.from({ length: 250 }, (_, i) => ({
    id: `k${i}`,
    articleId: `art${i % 7}`,
    categoryId: 'arms',
    verdict: (['unverified', 'confirmed', 'disputed'] as const)[i % 3],
    updatedAt: 1000 + ((i * 37) % 101),
    note: i % 5 ? '' : `note ${i}`,
  }));
  const upgraded = await upgradedFrom8(`v8-${++n}`, 'claims', claims);
  expect(byId(await upgraded.claims.toArray())).toEqual(byId(claims));
  expect(await upgraded.claims.count()).toBe(250);
  expect(await upgraded.claims.where('articleId').equals('art3').count()).toBe(
    claims.filter((c) => c.articleId === 'art3').length,
  );
  expect((await upgraded.table('claimPacks').toArray()).length).toBe(7 + 1); // seven articles and the count
  await upgraded.delete();
});
