import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { MenuAction } from '../../components/MenuButton';
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

/** The header's dossier switcher: which investigation is open, and sharing it with the team. */
export function DossierBar() {
  const dossiers = useDossiers();
  const current = currentDossierId();
  const [sharing, setSharing] = useState(false);
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
      <button type="button" className="header-button" disabled={!here} onClick={() => setSharing(true)}>
        Share dossier
      </button>
      <SyncStatus />
      {sharing && here ? (
        <Suspense fallback={null}>
          <ShareDialog dossier={here} onClose={() => setSharing(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** New dossier and Manage dossier (rename, delete), listed in the header's menu, and their dialogs. */
export function useDossierActions(): { actions: MenuAction[]; element: ReactNode } {
  const dossiers = useDossiers();
  const current = currentDossierId();
  const [dialog, setDialog] = useState<'new' | 'manage' | null>(null);
  const here = dossiers?.find((d) => d.id === current);
  return {
    actions: [
      { group: 'Dossier', label: 'New dossier', onSelect: () => setDialog('new') },
      { group: 'Dossier', label: 'Manage dossier', disabled: !here, onSelect: () => setDialog('manage') },
    ],
    element: (
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
    ),
  };
}
