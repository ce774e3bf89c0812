import { useMemo } from 'react';
import { useArticles } from '../db/hooks';
import { ArticleList } from '../features/articles/ArticleList';
import { ArticleDetailsDialog } from '../features/articles/ArticleDetailsDialog';
import { ClaimEditor } from '../features/claims/ClaimEditor';
import { EvidencePanel } from '../features/evidence/EvidencePanel';
import { MatrixDialog } from '../features/evidence/MatrixDialog';
import { Reader } from '../features/reader/Reader';
import { ClaimsPanel } from '../features/table/ClaimsPanel';
import { Toaster } from '../components/Toaster';
import { useHashRoute } from './use-hash-route';
import { useSeed } from './use-seed';

export function App() {
  const seed = useSeed();
  const articles = useArticles();
  const ids = useMemo(() => articles?.map((a) => a.id), [articles]);
  useHashRoute(seed.status === 'ready' ? ids : undefined);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          ✓
        </span>
        <h1 className="app-title">Corroborate</h1>
        <span className="tagline">claim-verification workbench</span>
      </header>
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
            <Reader loading={seed.status === 'loading' && !articles?.length} />
            <EvidencePanel />
            <ClaimsPanel />
          </main>
        </div>
      )}
      <ClaimEditor />
      <MatrixDialog />
      <ArticleDetailsDialog />
      <Toaster />
    </div>
  );
}
