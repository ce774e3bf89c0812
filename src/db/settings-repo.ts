import type { CorroborateDB } from './db';

/** Settings keys in use. */
export const SETTINGS = {
  lastBackupAt: 'lastBackupAt',
  organisation: 'organisation',
  /** The fact-checking organisation's own site, and its logo (ClaimReview's author). */
  organisationUrl: 'organisationUrl',
  logoUrl: 'logoUrl',
  baseUrl: 'baseUrl',
  /** The fact-checker's name: the creator of exported annotations. */
  editorName: 'editorName',
  /** The newsroom's rating scale (src/domain/rating-scales.ts); absent: Confirmed / Disputed / Unverified. */
  ratingScale: 'ratingScale',
} as const;

export async function getSetting<T>(db: CorroborateDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: CorroborateDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Text settings read together, by the names a form gives them ('' for those not set). */
export async function getTextSettings<K extends string>(
  db: CorroborateDB,
  keys: Readonly<Record<K, string>>,
): Promise<Record<K, string>> {
  const names = Object.keys(keys) as K[];
  const values = await Promise.all(names.map((k) => getSetting<string>(db, keys[k])));
  return Object.fromEntries(names.map((k, i) => [k, values[i] ?? ''])) as Record<K, string>;
}

/** Text settings written together, trimmed, in one transaction. */
export async function setTextSettings<K extends string>(
  db: CorroborateDB,
  keys: Readonly<Record<K, string>>,
  values: Readonly<Record<K, string>>,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    for (const k of Object.keys(keys) as K[]) await setSetting(db, keys[k], values[k].trim());
  });
}
