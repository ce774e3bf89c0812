import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CorroborateDB } from './db';
import { linkBucket } from './pack-layouts';
import { storesAt } from '../domain/records';
import { byId, outcome, rowsIn, upgradedFrom8 } from './pack-testing';

/** Links as the indexes see them (the packs never look inside a link otherwise). */
interface L {
  id: string;
  claimId: string;
  articleId: string;
  sentenceKey: string;
  relation: string;
}

let packed: CorroborateDB;
let plain: Dexie & { links: Table<L, string> };
let n = 0;

beforeEach(async () => {
  packed = new CorroborateDB(`link-packs-${++n}`);
  await packed.open();
  plain = new Dexie(`link-rows-${n}`) as typeof plain;
  // The links' indexes as declared (version 2 brought links).
  plain.version(1).stores({ links: storesAt(2).links! });
  await plain.open();
});
afterEach(async () => {
  await packed.delete();
  await plain.delete();
});

const id = fc.constantFrom(...Array.from({ length: 10 }, (_, i) => `l${i}`));
const claimId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5');
const sentenceKey = fc.constantFrom('b:0', 'b:10', 'c:0');
const link = fc.record({
  id,
  claimId,
  articleId: fc.constantFrom('b', 'c'),
  sentenceKey,
  relation: fc.constantFrom('supports', 'contradicts'),
});
const action = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), link }),
  fc.record({ kind: fc.constant('bulkAdd' as const), links: fc.array(link, { maxLength: 60 }) }),
  fc.record({ kind: fc.constant('put' as const), link }),
  fc.record({ kind: fc.constant('bulkPut' as const), links: fc.array(link, { maxLength: 60 }) }),
  fc.record({
    kind: fc.constant('update' as const),
    id,
    relation: fc.constantFrom('supports', 'contradicts'),
  }),
  fc.record({ kind: fc.constant('delete' as const), id }),
  fc.record({ kind: fc.constant('deleteClaim' as const), claimId }),
  fc.record({ kind: fc.constant('parallel' as const), a: link, b: link }),
  fc.record({ kind: fc.constant('clear' as const) }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Runs an action on a table; returns what it answered (or the name of the error it failed with). */
function run(t: Table<L, string>, db: Dexie, a: Action): Promise<unknown> {
  return outcome(db, t, async () => {
    switch (a.kind) {
      case 'add':
        return await t.add(a.link);
      case 'bulkAdd':
        return await t.bulkAdd(a.links);
      case 'put':
        return await t.put(a.link);
      case 'bulkPut':
        return await t.bulkPut(a.links);
      case 'update':
        return await t.update(a.id, { relation: a.relation });
      case 'delete':
        return await t.delete(a.id);
      case 'deleteClaim':
        return await t.where('claimId').equals(a.claimId).delete();
      case 'parallel':
        // Two writes at once, as IndexedDB queues them: the second sees the first.
        return await Promise.all([t.put(a.a), t.put({ ...a.b, id: `${a.b.id}-2` })]);
      case 'clear':
        return await t.clear();
    }
  });
}

/** Everything the app asks of the links table, asked of a table. */
async function look(t: Table<L, string>) {
  return {
    all: await t.toArray(),
    count: await t.count(),
    ofClaim: await t.where('claimId').equals('c2').toArray(),
    ofClaims: await t.where('claimId').anyOf(['c1', 'c4']).primaryKeys(),
    pair: await t.where('[claimId+sentenceKey]').equals(['c3', 'b:10']).first(),
    byArticle: await t.where('articleId').equals('c').primaryKeys(),
    get: await t.get('l3'),
    bulkGet: await t.bulkGet(['l1', 'missing', 'l5']),
    keys: await t.orderBy('claimId').keys(),
  };
}

it('the packed links table answers every read and write as a table of one row per link', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), async (actions) => {
      await packed.links.clear();
      await plain.links.clear();
      for (const a of actions) {
        const got = await run(packed.links as unknown as Table<L, string>, packed, a);
        const want = await run(plain.links, plain, a);
        expect(got).toEqual(want);
      }
      expect(await look(packed.links as unknown as Table<L, string>)).toEqual(await look(plain.links));
    }),
    { numRuns: 80 },
  );
}, 60_000);

it('keeps a claim’s links in one pack, and refuses a second link of a claim to one sentence', async () => {
  const t = packed.links as unknown as Table<L, string>;
  const links: L[] = [
    { id: 'x1', claimId: 'c1', articleId: 'b', sentenceKey: 'b:0', relation: 'supports' },
    { id: 'x2', claimId: 'c1', articleId: 'c', sentenceKey: 'c:0', relation: 'contradicts' },
  ];
  await t.bulkAdd(links);
  await expect(
    t.add({ id: 'x3', claimId: 'c1', articleId: 'b', sentenceKey: 'b:0', relation: 'supports' }),
  ).rejects.toMatchObject({ name: 'ConstraintError' });
  const packs = await packed.table('linkPacks').toArray();
  expect(packs).toEqual([
    { bucket: linkBucket('c1'), ids: ['x1', 'x2'], links },
    { bucket: '', count: 2 },
  ]);
});

it('upgrades a version-8 database (a row per link) to packs, keeping every link as it was', async () => {
  const links = Array.from({ length: 120 }, (_, i) => ({
    id: `k${i}`,
    claimId: `claim${i % 40}`,
    articleId: `art${i % 3}`,
    sentenceKey: `art${i % 3}:${i}`,
    relation: i % 4 ? 'supports' : 'contradicts',
    note: '',
    weight: { attribution: null, access: null, kind: null },
  }));
  const upgraded = await upgradedFrom8(`links-v8-${++n}`, 'links', links);
  expect(byId(await upgraded.links.toArray())).toEqual(byId(links));
  expect(await upgraded.links.count()).toBe(120);
  expect(await upgraded.links.where('claimId').equals('claim7').primaryKeys()).toEqual(['k47', 'k7', 'k87']);
  expect(await rowsIn(upgraded, 'links')).toBe(0);
  await upgraded.delete();
});
