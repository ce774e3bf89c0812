import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useSetting } from '../../db/hooks';
import { SETTINGS } from '../../db/settings-repo';
import { formatBytes, requestPersistence, storageStatus, type StorageStatus } from '../../services/storage';
import { useUi } from '../../store/ui-store';

/** A backup older than this earns a nudge. */
export const BACKUP_STALE_MS = 7 * 24 * 60 * 60 * 1000;

/** Where the work lives: persistence, space used, last backup. */
export function StorageDialog() {
  const open = useUi((s) => s.dialogs.storage);
  const closeDialog = useUi((s) => s.closeDialog);
  const close = () => closeDialog('storage');
  const lastBackupAt = useSetting<number>(SETTINGS.lastBackupAt);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  // The moment the panel was opened: what "a week old" is measured from.
  const [openedAt, setOpenedAt] = useState(0);

  useEffect(() => {
    if (!open) return;
    setOpenedAt(Date.now());
    void storageStatus().then(setStatus);
  }, [open]);

  const stale = !lastBackupAt || openedAt - lastBackupAt > BACKUP_STALE_MS;
  return (
    <Dialog open={open} title="Storage" onClose={() => close()}>
      <dl className="storage-facts">
        <dt>Persistent storage</dt>
        <dd>
          {status === null
            ? '…'
            : status.persisted === null
              ? 'Unknown in this browser'
              : status.persisted
                ? 'Yes: the browser will not clear your work to free space'
                : 'Not yet: the browser may clear it under storage pressure'}
          {status && status.persisted === false ? (
            <button
              type="button"
              className="link"
              onClick={() => void requestPersistence().then(() => storageStatus().then(setStatus))}
            >
              Ask the browser to keep it
            </button>
          ) : null}
        </dd>
        <dt>Space used</dt>
        <dd>
          {status?.usage != null
            ? `${formatBytes(status.usage)}${status.quota ? ` of ${formatBytes(status.quota)} available` : ''}`
            : '…'}
        </dd>
        <dt>Last backup</dt>
        <dd>{lastBackupAt ? new Date(lastBackupAt).toLocaleString() : 'Never'}</dd>
      </dl>
      {stale ? (
        <p className="warning small" role="note">
          {lastBackupAt
            ? 'Your last backup is more than a week old.'
            : 'You have never made a backup of this workbench.'}{' '}
          Your work lives only in this browser: a backup file is your copy if the browser’s data is cleared.
        </p>
      ) : null}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={() => close()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
