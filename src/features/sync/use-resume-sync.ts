import { useEffect } from 'react';
import { db } from '../../db/db';
import { getSetting, SETTINGS } from '../../db/settings-repo';
import { resumeSync } from './sync-client';

/** A dossier shared before reconnects when the app opens on it. */
export function useResumeSync(): void {
  useEffect(() => {
    void getSetting<string>(db, SETTINGS.editorName).then((name) => resumeSync(name?.trim() || 'Someone'));
  }, []);
}
