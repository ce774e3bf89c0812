import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSION, storesAt } from '../domain/records';
import { CorroborateDB } from './db';

/*
 * What the packed tables' tests share (claim-packs.test.ts, link-packs.test.ts, links.test.ts).
 */

/** Runs a write in its own transaction; answers what it returned, or the name of the error it failed with. */
export async function outcome<T>(
  db: Dexie,
  table: Table<T, string>,
  write: () => Promise<unknown>,
): Promise<unknown> {
  try {
    return await db.transaction('rw', table, write);
  } catch (e) {
    return (e as Error).name;
  }
}

/** A database written as version 8 left it (one row per record) with these rows, then opened as today. */
export async function upgradedFrom8(
  name: string,
  table: string,
  rows: readonly object[],
): Promise<CorroborateDB> {
  const v8 = new Dexie(name);
  for (let v = 1; v <= SCHEMA_VERSION; v++) v8.version(v).stores(storesAt(v));
  await v8.open();
  await v8.table(table).bulkAdd([...rows]);
  v8.close();
  const upgraded = new CorroborateDB(name);
  await upgraded.open();
  return upgraded;
}

/** How many rows an object store holds, read straight from IndexedDB (under the packs' middleware). */
export function rowsIn(db: CorroborateDB, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const r = db.backendDB().transaction(store).objectStore(store).count();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Records in order of id. */
export const byId = <R extends { id: string }>(rows: readonly R[]): R[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
