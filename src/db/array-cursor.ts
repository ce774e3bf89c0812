import Dexie from 'dexie';
import type { DBCoreCursor, DBCoreTransaction } from 'dexie';
import { keyCmp, type Row } from './key-ranges';

/** A cursor over results already read (what a pack store gives a query on any claim index). */
export function arrayCursor(trans: DBCoreTransaction, rows: readonly Row[], reverse: boolean): DBCoreCursor {
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
      return new Dexie.Promise((resolve, reject) => {
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
