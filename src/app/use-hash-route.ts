import { useEffect } from 'react';
import { useUi } from '../store/ui-store';

/**
 * Keeps the open article and the URL in step (`#/article/<id>`, `#/claim/<articleId>/<claimId>`), so a
 * link or a reload opens the same place.
 */
export function useHashRoute(articleIds: readonly string[] | undefined): void {
  const openArticleId = useUi((s) => s.openArticleId);

  useEffect(() => {
    if (!articleIds?.length) return;
    const apply = () => {
      const [, kind, a, c] = location.hash.split('/');
      const ui = useUi.getState();
      if (kind === 'claim' && a && c && articleIds.includes(decodeURIComponent(a))) {
        ui.showClaim(decodeURIComponent(a), decodeURIComponent(c));
      } else if (kind === 'article' && a && articleIds.includes(decodeURIComponent(a))) {
        if (ui.openArticleId !== decodeURIComponent(a)) ui.openArticle(decodeURIComponent(a));
      } else if (!ui.openArticleId) {
        ui.openArticle(articleIds[0]!);
      }
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, [articleIds]);

  useEffect(() => {
    if (!openArticleId) return;
    const want = `#/article/${encodeURIComponent(openArticleId)}`;
    if (location.hash !== want) history.replaceState(null, '', want);
  }, [openArticleId]);
}
