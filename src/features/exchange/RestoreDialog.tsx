import { useState } from 'react';
import { useWorkbenchCounts } from '../../db/hooks';
import { FormError } from '../../components/FormError';
import { Dialog } from '../../components/Dialog';
import type { Backup } from '../../domain/exchange/backup';
import { errorMessage } from '../../services/errors';
import { restoreBackup } from '../../services/exchange';
import { useUi } from '../../store/ui-store';

type State =
  | { status: 'checking' }
  | { status: 'ready'; backup: Backup; migratedFrom: number | null; name: string }
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
      const r = await restoreBackup(state.backup, mode);
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

  const d = state.status === 'ready' ? state.backup.data : null;
  return (
    <Dialog open title="Backup file" onClose={onClose}>
      {state.status === 'checking' ? (
        <p role="status">Checking the backup…</p>
      ) : state.status === 'error' ? (
        <p role="alert" className="error">
          “{state.name}” cannot be restored. {state.error} Nothing was changed.
        </p>
      ) : (
        <>
          <p>
            “{state.name}” holds {d!.articles.length} articles, {d!.claims.length} claims, {d!.links.length}{' '}
            evidence links and {d!.categories.length} categories.
            {state.migratedFrom
              ? ` It was made by an older version (format ${state.migratedFrom}) and has been brought up to date.`
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
