import { useCallback, useRef } from 'react';
import { outletName } from '../../domain/evidence/sources';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { useShortcut } from '../keyboard/use-shortcuts';

/** Estimated height of an entry (two lines of headline and the outlet); entries are measured once drawn. */
const ENTRY_HEIGHT = 72;

/** The dossier: every article by headline and outlet, virtualised so 1,000 articles stay light. */
export function ArticleList({ articles }: { articles: ArticleRecord[] | undefined }) {
  const openArticleId = useUi((s) => s.openArticleId);
  const openArticle = useUi((s) => s.openArticle);
  const scrollRef = useRef<HTMLElement>(null);
  const count = articles?.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ENTRY_HEIGHT,
    getItemKey: (i) => articles?.[i]?.id ?? i,
    overscan: 10,
  });
  // ] and [ open the next and previous article, keeping it in view in the list.
  const step = useCallback(
    (by: 1 | -1) => {
      if (!articles?.length) return false;
      const at = articles.findIndex((a) => a.id === openArticleId);
      const next = Math.max(0, Math.min(articles.length - 1, at < 0 ? 0 : at + by));
      openArticle(articles[next]!.id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [articles, openArticleId, openArticle, virtualizer],
  );
  useShortcut(
    'next-article',
    useCallback(() => step(1), [step]),
  );
  useShortcut(
    'previous-article',
    useCallback(() => step(-1), [step]),
  );

  return (
    <nav className="sidebar" aria-label="Articles" ref={scrollRef}>
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
        <ul className="article-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const a = articles[item.index]!;
            return (
              <li
                key={a.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={count}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
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
                  <span className="article-outlet">{outletName(a)}</span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
