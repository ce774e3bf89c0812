import type { CorroborateDB } from './db';

/** Settings keys in use. */
export const SETTINGS = {
  lastBackupAt: 'lastBackupAt',
  organisation: 'organisation',
  baseUrl: 'baseUrl',
  /** The fact-checker's name: the creator of exported annotations. */
  editorName: 'editorName',
} as const;

export async function getSetting<T>(db: CorroborateDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: CorroborateDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
