import Dexie, { liveQuery } from 'dexie';

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
