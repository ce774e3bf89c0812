import { liveQuery } from 'dexie';

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
