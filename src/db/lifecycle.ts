import type { CorroborateDB } from './db';

/**
 * When another tab opens a newer version of the app (a schema upgrade), this tab closes its
 * connection at once so the upgrade is never left blocked, stops writing (the connection stays
 * closed), and tells the user to reload.
 */
export function onOutdatedByAnotherTab(db: CorroborateDB, notify: () => void): () => void {
  const handler = () => {
    db.close({ disableAutoOpen: true });
    notify();
    return false; // we closed it ourselves; skip Dexie's default close-and-warn
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
