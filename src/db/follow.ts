import Dexie, { liveQuery, RangeSet, type ObservabilitySet } from 'dexie';

/**
 * Runs a read now and again whenever what it read changes (written by this tab, another tab or a
 * worker): the workers' counterpart of the UI's live-query hooks. Returns a stop function.
 */
export function follow<T>(
  read: () => Promise<T>,
  next: (value: T) => void | Promise<void>,
  error: (e: unknown) => void,
): () => void {
  const subscription = liveQuery(read).subscribe({ next: (v) => void next(v), error });
  return () => subscription.unsubscribe();
}

/**
 * Calls `changed` whenever any of `tables` is written, by this tab, another tab or a worker (Dexie's
 * storagemutated event). Returns a stop function.
 */
export function onTablesWritten(db: Dexie, tables: readonly string[], changed: () => void): () => void {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  const handler = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) changed();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}

/** More keys than this in one write are read as "everything changed". */
const MANY_KEYS = 2000;

/**
 * The primary keys of `table` that a write touched, from Dexie's account of it (its storagemutated
 * event, for a write in this context or any other of the origin): the keys when the write named
 * them one by one, null when it covered a range (a clear, a bulk write of 50 or more, a change in
 * another browser window) or more than MANY_KEYS, undefined when the table was not written.
 */
export function writtenKeys(db: Dexie, table: string, parts: ObservabilitySet): string[] | null | undefined {
  if ('all' in parts) return null;
  const tree = parts[`idb://${db.name}/${table}/`];
  if (!tree) return undefined;
  const keys: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (keys.length > MANY_KEYS) return null;
  }
  return keys;
}

/**
 * Calls `changed` with the keys of `table` written (by this tab, another tab or a worker), or with
 * null when a write covered more than it can name (see `writtenKeys`). Returns a stop function.
 */
export function onKeysWritten(
  db: Dexie,
  table: string,
  changed: (keys: string[] | null) => void,
): () => void {
  const handler = (parts: ObservabilitySet) => {
    const keys = writtenKeys(db, table, parts);
    if (keys !== undefined && keys?.length !== 0) changed(keys);
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
