import Dexie, { type EntityTable } from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { whereAnyOf } from './any-of';

interface Row {
  id: string;
  group: string;
}
let db: Dexie & { rows: EntityTable<Row, 'id'> };
let n = 0;
beforeEach(async () => {
  db = new Dexie(`any-of-${++n}`) as typeof db;
  db.version(1).stores({ rows: 'id, group' });
  await db.open();
  await db.rows.bulkAdd(Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, group: `g${i % 37}` })));
});
afterEach(async () => {
  await db.delete();
});

it('finds the records of every key given, once each, as Dexie’s anyOf does', async () => {
  const keys = ['g3', 'g0', 'g3', 'missing', 'g36'];
  const got = await whereAnyOf(db.rows, 'group', keys);
  const expected = await db.rows.where('group').anyOf(keys).toArray();
  const ids = (rows: Row[]) => rows.map((r) => r.id).sort();
  expect(ids(got)).toEqual(ids(expected));
  expect(got.length).toBe(9 + 9 + 8);
  expect(await whereAnyOf(db.rows, 'group', [])).toEqual([]);
});
