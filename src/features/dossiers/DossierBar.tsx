import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import {
  createDossier,
  currentDossierId,
  deleteDossier,
  rememberDossier,
  renameDossier,
  type DossierRecord,
} from '../../db/dossiers';
import { useDossiers } from '../../db/hooks';
import { db } from '../../db/db';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { ShareDialog } from '../sync/ShareDialog';
import { stopSync } from '../sync/sync-client';
import { SyncStatus } from '../sync/SyncStatus';
import { CancelledError, offerDownload, runExchange } from '../exchange/exchange-client';

/**
 * Opens a dossier: the page reloads on it, so every view, worker and cache starts on that dossier's
 * database alone (the service worker makes the reload instant, also offline).
 */
export function openDossier(id: string): void {
  rememberDossier(id);
  const url = new URL(window.location.href);
  url.searchParams.set('dossier', id);
  url.hash = '';
  window.location.assign(url.href);
}

/** The header's dossier switcher: which investigation is open, a new one, rename and delete. */
export function DossierBar() {
  const dossiers = useDossiers();
  const current = currentDossierId();
  const [dialog, setDialog] = useState<'new' | 'manage' | 'share' | null>(null);
  const selectId = useId();
  const here = dossiers?.find((d) => d.id === current);
  return (
    <div className="dossier-bar" role="group" aria-label="Dossiers">
      <label className="dossier-label" htmlFor={selectId}>
        Dossier
      </label>
      <select
        id={selectId}
        className="dossier-select"
        value={current}
        onChange={(e) => openDossier(e.target.value)}
        disabled={!dossiers}
      >
        {(dossiers ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
        {!here ? <option value={current}>…</option> : null}
      </select>
      <button type="button" className="header-button" onClick={() => setDialog('new')}>
        New dossier
      </button>
      <button type="button" className="header-button" disabled={!here} onClick={() => setDialog('manage')}>
        Manage dossier
      </button>
      <button type="button" className="header-button" disabled={!here} onClick={() => setDialog('share')}>
        Share dossier
      </button>
      <SyncStatus />
      {dialog === 'share' && here ? <ShareDialog dossier={here} onClose={() => setDialog(null)} /> : null}
      {dialog === 'new' ? <NewDossierDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'manage' && here ? (
        <ManageDossierDialog
          dossier={here}
          others={(dossiers ?? []).filter((d) => d.id !== here.id)}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

function NewDossierDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const d = await createDossier(name);
      openDossier(d.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open title="New dossier" onClose={onClose}>
      <form onSubmit={submit}>
        <Field label="Name">
          <input
            value={name}
            autoFocus
            placeholder="e.g. Grain deal, July 2024"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <p className="muted small">
          A dossier is one investigation: its own articles, claims, categories, evidence and history. It
          starts empty; import articles into it once it is open.
        </p>
        <FormError error={error} />
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create dossier
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ManageDossierDialog({
  dossier,
  others,
  onClose,
}: {
  dossier: DossierRecord;
  others: DossierRecord[];
  onClose: () => void;
}) {
  const showToast = useUi((s) => s.showToast);
  const [name, setName] = useState(dossier.name);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [backedUp, setBackedUp] = useState(false);
  const rename = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await renameDossier(dossier.id, name);
      showToast({ message: `Dossier renamed “${name.trim()}”.`, tone: 'info' });
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const backup = async () => {
    try {
      offerDownload(await runExchange({ kind: 'backup' }, 'Making a backup', { where: 'dialog' }));
      setBackedUp(true);
    } catch (err) {
      if (!(err instanceof CancelledError)) setError(errorMessage(err));
    }
  };
  const remove = async () => {
    try {
      const next = others[0]?.id ?? (await createDossier('Untitled dossier')).id;
      rememberDossier(next);
      // This tab lets go of the database (and its sync copy) first, so the deletion is not left waiting.
      stopSync();
      db.close({ disableAutoOpen: true });
      await deleteDossier(dossier.id);
      openDossier(next);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Dialog open title="Manage dossier" onClose={onClose}>
      <form onSubmit={rename}>
        <Field label="Dossier name">
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="submit" className="primary">
            Rename
          </button>
        </div>
      </form>
      <section className="danger-zone" aria-labelledby="delete-dossier-title">
        <h3 id="delete-dossier-title">Delete this dossier</h3>
        {!confirming ? (
          <>
            <p className="muted small">
              Deletes its articles, claims, evidence and history from this browser. Shared copies on a server
              and other people&apos;s browsers are not touched.
            </p>
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              Delete dossier…
            </button>
          </>
        ) : (
          <>
            <p role="alert" className="warning">
              Delete “{dossier.name}” and everything in it from this browser? This cannot be undone
              {backedUp
                ? '; your backup can bring it back with Restore.'
                : '. Save a backup first to keep a copy.'}
            </p>
            <div className="dialog-actions">
              <button type="button" className="secondary" onClick={() => void backup()}>
                {backedUp ? 'Backup saved' : 'Save a backup first'}
              </button>
              <span className="spacer" />
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </button>
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete for good
              </button>
            </div>
          </>
        )}
      </section>
      <FormError error={error} />
    </Dialog>
  );
}
