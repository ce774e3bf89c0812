import type { ArticleRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';

/** The dossier: every article by headline and outlet. */
export function ArticleList({ articles }: { articles: ArticleRecord[] | undefined }) {
  const openArticleId = useUi((s) => s.openArticleId);
  const openArticle = useUi((s) => s.openArticle);
  return (
    <nav className="sidebar" aria-label="Articles">
      <h2 className="sidebar-title">
        Articles {articles ? <span className="count">{articles.length}</span> : null}
      </h2>
      {!articles ? (
        <p className="muted" role="status">
          Loading articles…
        </p>
      ) : articles.length === 0 ? (
        <p className="muted">No articles yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.id}>
              <a
                href={`#/article/${encodeURIComponent(a.id)}`}
                className="article-link"
                aria-current={a.id === openArticleId ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  openArticle(a.id);
                }}
              >
                <span className="article-headline">{a.headline}</span>
                <span className="article-outlet">{a.outlet ?? 'Unknown outlet'}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
