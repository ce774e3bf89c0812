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
  /**
   * Raised by every bulk write (restore, merge, import) in its own transaction: views that follow the
   * claims change by change (by update time) read everything again when it moves. Kept per device.
   */
  dataEpoch: 'dataEpoch',
} as const;

export async function getSetting<T>(db: CorroborateDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: CorroborateDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
