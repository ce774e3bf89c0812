import { cmp, type DBCoreKeyRange } from 'dexie';

/**
 * IndexedDB key ranges and key order, answered in memory: for a table whose records IndexedDB does not
 * hold one per row (src/db/packed-table.ts), queries are answered as IndexedDB would answer them.
 */
export const RANGE_EQUAL = 1;
export const RANGE_ANY = 3;
const RANGE_NEVER = 4;

/**
 * IndexedDB's key order: strings and numbers (all that claims' keys are) compared directly, as
 * IndexedDB does (numbers by value, strings by UTF-16 code unit); anything else by Dexie's `cmp`.
 * Sorting 100,000 ids with `cmp` alone takes most of a second.
 */
export function keyCmp(a: unknown, b: unknown): number {
  if ((typeof a === 'string' && typeof b === 'string') || (typeof a === 'number' && typeof b === 'number'))
    return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

export function inRange(key: unknown, r: DBCoreKeyRange): boolean {
  if (key === undefined) return false;
  if (r.type === RANGE_ANY) return true;
  if (r.type === RANGE_NEVER) return false;
  if (r.type === RANGE_EQUAL) return keyCmp(key, r.lower) === 0;
  // A bound left undefined is no bound (Dexie's `above`, `below`).
  const lo = r.lower === undefined ? 1 : keyCmp(key, r.lower);
  const hi = r.upper === undefined ? -1 : keyCmp(key, r.upper);
  return (r.lowerOpen ? lo > 0 : lo >= 0) && (r.upperOpen ? hi < 0 : hi <= 0);
}

export const equal = (key: unknown): DBCoreKeyRange => ({ type: RANGE_EQUAL, lower: key, upper: key });
export const everything: DBCoreKeyRange = { type: RANGE_ANY, lower: undefined, upper: undefined };

/** A record as an index lists it: the index's key, the record's primary key, the record. */
export type Row = { key: unknown; primaryKey: unknown; value?: unknown };

/** An index's order: by key, ties by primary key; descending when `reverse`. */
export const rowOrder =
  (reverse: boolean) =>
  (a: Row, b: Row): number =>
    (keyCmp(a.key, b.key) || keyCmp(a.primaryKey, b.primaryKey)) * (reverse ? -1 : 1);
