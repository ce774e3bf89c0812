import { lazy, Suspense, useId, useState } from 'react';
import { currentDossierId } from '../../db/dossiers';
import { useDossiers } from '../../db/hooks';
import { SyncStatus } from '../sync/SyncStatus';
import { openDossier } from './open-dossier';

// Loaded when first opened: the first load's JavaScript stays within its 200 KB.
const ShareDialog = lazy(() => import('../sync/ShareDialog').then((m) => ({ default: m.ShareDialog })));
const NewDossierDialog = lazy(() =>
  import('./DossierDialogs').then((m) => ({ default: m.NewDossierDialog })),
);
const ManageDossierDialog = lazy(() =>
  import('./DossierDialogs').then((m) => ({ default: m.ManageDossierDialog })),
);

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
      {dialog === 'share' && here ? (
        <Suspense fallback={null}>
          <ShareDialog dossier={here} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        {dialog === 'new' ? <NewDossierDialog onClose={() => setDialog(null)} /> : null}
        {dialog === 'manage' && here ? (
          <ManageDossierDialog
            dossier={here}
            others={(dossiers ?? []).filter((d) => d.id !== here.id)}
            onClose={() => setDialog(null)}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
