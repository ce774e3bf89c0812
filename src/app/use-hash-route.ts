import { useEffect } from 'react';
import { useUi, type UiState } from '../store/ui-store';
import { parseHash, placeOf, toHash, type UrlState } from './url-state';

const stateOf = (s: UiState): UrlState => ({
  articleId: s.openArticleId,
  claimId: s.activeClaimId,
  filters: s.filters,
  sort: s.sort,
  grouped: s.grouped,
});

/**
 * Keeps the address and the UI in step (see url-state.ts): a reload, the back button or a link shared
 * with a colleague holding the same dossier land in the same place, with the same filters and sort.
 * Moving to another article or claim is a new history entry; changing a filter or the sort is not.
 */
export function useHashRoute(articleIds: readonly string[] | undefined): void {
  useEffect(() => {
    if (!articleIds?.length) return;
    // The place the address showed last (read or written): a new one is pushed, the same replaced.
    let shownPlace: string | null = null;
    const apply = () => {
      const url = parseHash(location.hash);
      const ui = useUi.getState();
      const articleId = url.articleId && articleIds.includes(url.articleId) ? url.articleId : null;
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      if (!same(ui.filters, url.filters)) ui.setFilters(url.filters);
      if (!same(ui.sort, url.sort)) ui.setSort(url.sort);
      if (ui.grouped !== url.grouped) ui.setGrouped(url.grouped);
      if (articleId && url.claimId) {
        if (ui.activeClaimId !== url.claimId || ui.openArticleId !== articleId)
          ui.showClaim(articleId, url.claimId);
      } else if (articleId) {
        if (ui.openArticleId !== articleId) ui.openArticle(articleId);
        if (ui.activeClaimId) ui.setActiveClaim(null);
      } else if (!ui.openArticleId) {
        ui.openArticle(articleIds[0]!);
      }
      shownPlace = placeOf(stateOf(useUi.getState()));
      write(useUi.getState());
    };
    const write = (s: UiState) => {
      const want = toHash(stateOf(s));
      if (!want || location.hash === want) return;
      const place = placeOf(stateOf(s));
      if (shownPlace !== null && place !== shownPlace) history.pushState(null, '', want);
      else history.replaceState(null, '', want);
      shownPlace = place;
    };
    apply();
    // Every store change passes here (a selection while dragging, a toast): only the address's parts count.
    const unsubscribe = useUi.subscribe((s, prev) => {
      if (
        s.openArticleId !== prev.openArticleId ||
        s.activeClaimId !== prev.activeClaimId ||
        s.filters !== prev.filters ||
        s.sort !== prev.sort ||
        s.grouped !== prev.grouped
      )
        write(s);
    });
    window.addEventListener('popstate', apply);
    window.addEventListener('hashchange', apply);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', apply);
      window.removeEventListener('hashchange', apply);
    };
  }, [articleIds]);
}
