import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useArticles } from '../db/hooks';
import { ArticleList } from '../features/articles/ArticleList';
import { ArticleDetailsDialog } from '../features/articles/ArticleDetailsDialog';
import { EvidencePanel } from '../features/evidence/EvidencePanel';
import { Reader } from '../features/reader/Reader';
import { ClaimsPanel } from '../features/table/ClaimsPanel';
import { Toaster } from '../components/Toaster';
import { DossierBar } from '../features/dossiers/DossierBar';
import { SyncNotices } from '../features/sync/SyncStatus';
import { useResumeSync } from '../features/sync/use-resume-sync';
import { ExchangeToolbar } from '../features/exchange/ExchangeToolbar';
import { UndoButtons } from '../features/undo/UndoButtons';
import { JobProgress } from '../features/exchange/JobProgress';
import { ShortcutsHelp } from '../features/keyboard/ShortcutsHelp';
import { ariaKeys } from '../features/keyboard/shortcuts';
import { useShortcut, useShortcutListener } from '../features/keyboard/use-shortcuts';
import { useUi } from '../store/ui-store';
import { OfflineIndicator } from './OfflineIndicator';
import { OutdatedBanner } from './OutdatedBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useHashRoute } from './use-hash-route';
import { useSeed } from './use-seed';

// Dialogs opened now and then load on demand, keeping the first load small.
const MatrixDialog = lazy(() =>
  import('../features/evidence/MatrixDialog').then((m) => ({ default: m.MatrixDialog })),
);
const SearchDialog = lazy(() =>
  import('../features/search/SearchDialog').then((m) => ({ default: m.SearchDialog })),
);
const StorageDialog = lazy(() =>
  import('../features/storage/StorageDialog').then((m) => ({ default: m.StorageDialog })),
);

export function App() {
  const matrixOpen = useUi((s) => s.matrixOpen);
  const storageOpen = useUi((s) => s.storageOpen);
  const seed = useSeed();
  useResumeSync();
  const setStorageOpen = useUi((s) => s.setStorageOpen);
  const articles = useArticles();
  const ids = useMemo(() => articles?.map((a) => a.id), [articles]);
  useHashRoute(seed.status === 'ready' ? ids : undefined);
  useShortcutListener();
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  useShortcut(
    'search',
    useCallback(() => setSearchOpen(true), []),
  );
  useShortcut(
    'help',
    useCallback(() => setHelpOpen((o) => !o), []),
  );
  // Esc outside the editor and dialogs (they close themselves): closes the open claim's panel.
  useShortcut(
    'close',
    useCallback(() => {
      const ui = useUi.getState();
      if (ui.editor.mode !== 'closed') ui.closeEditor();
      else if (ui.activeClaimId) ui.setActiveClaim(null);
      else return false;
    }, []),
  );

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          ✓
        </span>
        <h1 className="app-title">Corroborate</h1>
        <span className="tagline">claim-verification workbench</span>
        <DossierBar />
        <span className="header-actions">
          <OfflineIndicator />
          <UndoButtons />
          <ExchangeToolbar />
          <button type="button" className="header-button" onClick={() => setStorageOpen(true)}>
            Storage
          </button>
          <button
            type="button"
            className="header-button"
            aria-keyshortcuts={ariaKeys('search')}
            onClick={() => setSearchOpen(true)}
          >
            Search
          </button>
          <button
            type="button"
            className="header-button"
            aria-keyshortcuts={ariaKeys('help')}
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts
          </button>
        </span>
      </header>
      <UpdatePrompt />
      <SyncNotices />
      <JobProgress where="page" />
      {seed.status === 'error' ? (
        <div role="alert" className="fatal">
          <h2>The workbench could not open its storage</h2>
          <p>{seed.message}</p>
          <p>
            Your browser may be blocking site storage (private mode, or storage turned off for this site).
            Nothing has been changed.
          </p>
        </div>
      ) : (
        <div className="workspace">
          <ArticleList articles={articles} />
          <main className="main">
            <Reader
              loading={seed.status === 'loading' && !articles?.length}
              empty={seed.status === 'ready' && articles?.length === 0}
            />
            <EvidencePanel />
            <ClaimsPanel />
          </main>
        </div>
      )}
      <Suspense fallback={null}>
        {matrixOpen ? <MatrixDialog /> : null}
        {storageOpen ? <StorageDialog /> : null}
      </Suspense>
      {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
      {searchOpen ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setSearchOpen(false)} />
        </Suspense>
      ) : null}
      <OutdatedBanner />
      <ArticleDetailsDialog />
      <Toaster />
    </div>
  );
}
