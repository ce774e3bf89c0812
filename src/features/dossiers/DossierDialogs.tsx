import { useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import {
  createDossier,
  deleteDossier,
  rememberDossier,
  renameDossier,
  type DossierRecord,
} from '../../db/dossiers';
import { db } from '../../db/db';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { stopSync } from '../sync/sync-client';
import { CancelledError, offerDownload, runExchange } from '../exchange/exchange-client';
import { openDossier } from './open-dossier';

export function NewDossierDialog({ onClose }: { onClose: () => void }) {
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

export function ManageDossierDialog({
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
