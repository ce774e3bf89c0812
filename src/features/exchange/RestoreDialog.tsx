import { useState } from 'react';
import { useWorkbenchCounts } from '../../db/hooks';
import { FormError } from '../../components/FormError';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../services/errors';
import { runExchange } from './exchange-client';
import { bulkWrite } from '../table/claims-view-client';
import type { CheckedBackup } from './exchange-protocol';
import { JobProgress } from './JobProgress';
import { useUi } from '../../store/ui-store';

type State =
  | { status: 'checking' }
  | { status: 'ready'; checked: CheckedBackup; name: string }
  | { status: 'error'; error: string; name: string };

/** Restoring a backup: the whole file is checked first; then replace or merge, in one transaction. */
export function RestoreDialog({ state, onClose }: { state: State; onClose: () => void }) {
  const showToast = useUi((s) => s.showToast);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useWorkbenchCounts();

  const apply = async (mode: 'replace' | 'merge') => {
    if (state.status !== 'ready') return;
    setBusy(true);
    try {
      const r = await bulkWrite(
        () =>
          runExchange(
            { kind: 'restore', backupId: state.checked.backupId, mode },
            mode === 'replace' ? 'Replacing the workbench' : 'Merging the backup',
            { cancellable: false, where: 'dialog' },
          ),
        (done) => (done.first ? { latest: done.first, total: done.claims } : null),
      );
      onClose();
      showToast({
        message: `${mode === 'replace' ? 'Workbench replaced' : 'Backup merged'}: ${r.claims} claims, ${r.links} evidence links${r.skipped ? `, ${r.skipped} records already present` : ''}.`,
        tone: 'info',
      });
      useUi.getState().setActiveClaim(null);
    } catch (e) {
      setError(`${errorMessage(e)} Nothing was changed.`);
      setBusy(false);
    }
  };

  const d = state.status === 'ready' ? state.checked : null;
  return (
    <Dialog open title="Backup file" onClose={onClose}>
      {state.status === 'checking' ? (
        <JobProgress where="dialog" />
      ) : state.status === 'error' ? (
        <p role="alert" className="error">
          “{state.name}” cannot be restored. {state.error} Nothing was changed.
        </p>
      ) : (
        <>
          <p>
            “{state.name}” holds {d!.articles} articles, {d!.claims} claims, {d!.links} evidence links and{' '}
            {d!.categories} categories.
            {d!.migratedFrom
              ? ` It was made by an older version (format ${d!.migratedFrom}) and has been brought up to date.`
              : ''}
          </p>
          <p className="muted small">
            <strong>Replace</strong> makes the workbench exactly the backup. <strong>Merge</strong> adds what
            the backup has and the workbench lacks; where a claim is in both, the later edit wins.
          </p>
          {current && current.claims > 0 ? (
            <p className="warning small" role="note">
              This workbench holds {current.claims} {current.claims === 1 ? 'claim' : 'claims'} and{' '}
              {current.articles} articles now. Replacing discards whatever the backup does not have: make a
              Backup first if in doubt.
            </p>
          ) : null}
          <FormError error={error} />
          {busy ? <JobProgress where="dialog" /> : null}
        </>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onClose}>
          {state.status === 'ready' ? 'Cancel' : 'Close'}
        </button>
        {state.status === 'ready' ? (
          <>
            <button type="button" disabled={busy} onClick={() => void apply('merge')}>
              Merge into workbench
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void apply('replace')}>
              Replace workbench
            </button>
          </>
        ) : null}
      </div>
    </Dialog>
  );
}
