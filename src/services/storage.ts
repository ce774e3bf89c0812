/** What the browser says about this site's storage. */
export interface StorageStatus {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** Reads whether storage is persistent and how much is used (null where the browser does not say). */
export async function storageStatus(): Promise<StorageStatus> {
  const s = navigator.storage;
  const [persisted, estimate] = await Promise.all([
    s?.persisted ? s.persisted().catch(() => null) : Promise.resolve(null),
    s?.estimate ? s.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

let asked = false;

/**
 * Asks the browser to keep this site's data even under storage pressure. Called after the user's
 * first claim (not at page load): browsers grant it more readily once there is work worth keeping.
 */
export async function requestPersistence(): Promise<boolean | null> {
  if (asked || !navigator.storage?.persist) return null;
  asked = true;
  if (await navigator.storage.persisted?.()) return true;
  return navigator.storage.persist().catch(() => null);
}

/** "1.2 MB": a byte count for people. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
