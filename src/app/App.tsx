import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useArticles } from '../db/hooks';
import { ArticleList } from '../features/articles/ArticleList';
import { EvidencePanel } from '../features/evidence/EvidencePanel';
import { Reader } from '../features/reader/Reader';
import { ClaimsPanel } from '../features/table/ClaimsPanel';
import { Toaster } from '../components/Toaster';
import { DossierBar, useDossierActions } from '../features/dossiers/DossierBar';
import { MenuButton, type MenuAction } from '../components/MenuButton';
import { SyncNotices } from '../features/sync/SyncStatus';
import { useResumeSync } from '../features/sync/use-resume-sync';
import { useExchange } from '../features/exchange/use-exchange';
import { UndoButtons } from '../features/undo/UndoButtons';
import { Workspace } from '../features/layout/Workspace';
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
import { useReadForMeaning } from '../features/evidence/use-meaning';

// Dialogs opened now and then load on demand, keeping the first load small.
const MatrixDialog = lazy(() =>
  import('../features/evidence/MatrixDialog').then((m) => ({ default: m.MatrixDialog })),
);
const SearchDialog = lazy(() =>
  import('../features/search/SearchDialog').then((m) => ({ default: m.SearchDialog })),
);
const OverviewDialog = lazy(() =>
  import('../features/overview/OverviewDialog').then((m) => ({ default: m.OverviewDialog })),
);
const ElsewhereDialog = lazy(() =>
  import('../features/claims/ElsewhereDialog').then((m) => ({ default: m.ElsewhereDialog })),
);
const StorageDialog = lazy(() =>
  import('../features/storage/StorageDialog').then((m) => ({ default: m.StorageDialog })),
);
const ArticleDetailsDialog = lazy(() =>
  import('../features/articles/ArticleDetailsDialog').then((m) => ({ default: m.ArticleDetailsDialog })),
);

export function App() {
  const matrixOpen = useUi((s) => s.dialogs.matrix);
  const storageOpen = useUi((s) => s.dialogs.storage);
  const detailsOpen = useUi((s) => s.dialogs.details);
  const helpOpen = useUi((s) => s.dialogs.help);
  const overviewOpen = useUi((s) => s.dialogs.overview);
  const elsewhereOpen = useUi((s) => s.dialogs.elsewhere);
  const searchOpen = useUi((s) => s.dialogs.search);
  const openDialog = useUi((s) => s.openDialog);
  const closeDialog = useUi((s) => s.closeDialog);
  const seed = useSeed();
  useReadForMeaning(seed.status === 'ready');
  useResumeSync();
  const articles = useArticles();
  const ids = useMemo(() => articles?.map((a) => a.id), [articles]);
  useHashRoute(seed.status === 'ready' ? ids : undefined);
  useShortcutListener();
  const exchange = useExchange();
  const dossier = useDossierActions();
  const more = menuOrder([
    ...dossier.actions,
    ...exchange.actions,
    { group: 'Workbench', label: 'Storage', onSelect: () => openDialog('storage') },
    {
      group: 'Workbench',
      label: 'Shortcuts',
      keys: ariaKeys('help'),
      hint: '?',
      onSelect: () => openDialog('help'),
    },
  ]);
  useShortcut(
    'search',
    useCallback(() => openDialog('search'), [openDialog]),
  );
  useShortcut(
    'help',
    useCallback(() => useUi.getState().toggleDialog('help'), []),
  );
  // Esc outside the editor and dialogs (they close themselves): first gives the focus back to the
  // article text (the claim stays open, so its verdict keys still work), then closes the claim.
  useShortcut(
    'close',
    useCallback(() => {
      const ui = useUi.getState();
      const text = articleText();
      if (ui.editor.mode !== 'closed') ui.closeEditor();
      else if (ui.activeClaimId && text && !text.contains(document.activeElement)) text.focus();
      else if (ui.activeClaimId) ui.setActiveClaim(null);
      else return false;
    }, []),
  );
  // T: to the article text, where ↑ ↓ move a sentence at a time from the first one in view.
  useShortcut(
    'text',
    useCallback(() => {
      const text = articleText();
      if (!text) return false;
      text.focus({ preventScroll: true });
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
          <button type="button" className="header-button" onClick={exchange.importArticles}>
            Import articles
          </button>
          <button type="button" className="header-button" onClick={() => openDialog('overview')}>
            Overview
          </button>
          <button type="button" className="header-button" onClick={() => openDialog('matrix')}>
            Corroboration matrix
          </button>
          <button
            type="button"
            className="header-button"
            aria-keyshortcuts={ariaKeys('search')}
            onClick={() => openDialog('search')}
          >
            Search
          </button>
          <MenuButton label="More actions" actions={more}>
            More
          </MenuButton>
        </span>
      </header>
      {exchange.element}
      {dossier.element}
      <UpdatePrompt />
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
        <Workspace
          articles={<ArticleList articles={articles} />}
          reader={
            <Reader
              loading={seed.status === 'loading' && !articles?.length}
              empty={seed.status === 'ready' && articles?.length === 0}
            />
          }
          evidence={<EvidencePanel />}
          claims={<ClaimsPanel />}
        />
      )}
      <Suspense fallback={null}>
        {matrixOpen ? <MatrixDialog /> : null}
        {storageOpen ? <StorageDialog /> : null}
        {overviewOpen ? <OverviewDialog /> : null}
        {elsewhereOpen ? <ElsewhereDialog /> : null}
        {detailsOpen ? <ArticleDetailsDialog /> : null}
      </Suspense>
      {helpOpen ? <ShortcutsHelp onClose={() => closeDialog('help')} /> : null}
      {searchOpen ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => closeDialog('search')} />
        </Suspense>
      ) : null}
      <OutdatedBanner />
      {/* Notices float over the foot of the window: they never push the text or the table. */}
      <div className="notice-stack">
        <JobProgress where="page" />
        <SyncNotices />
        <Toaster />
      </div>
    </div>
  );
}

/** The menu's groups, in this order; actions keep their order within a group. */
const MENU_GROUPS = ['Dossier', 'Import and export', 'Workbench'];
function menuOrder(actions: MenuAction[]): MenuAction[] {
  return [...actions].sort((a, b) => MENU_GROUPS.indexOf(a.group) - MENU_GROUPS.indexOf(b.group));
}

/** The open article's text (the reader's focusable document), if one is shown. */
function articleText(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role="document"][aria-label="Article text"]');
}
