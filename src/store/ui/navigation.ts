import type { StateCreator } from 'zustand';
import type { UiState } from '../ui-store';

/** The user's current text selection in the open article (UTF-16 offsets into its text). */
export interface TextSelection {
  articleId: string;
  start: number;
  end: number;
}

/** Where the user is: the open article and claim, the selection, and what to scroll to and flash. */
export interface NavigationSlice {
  openArticleId: string | null;
  /** The claim whose evidence panel is open. */
  activeClaimId: string | null;
  textSelection: TextSelection | null;
  /** A sentence (code-point start) to scroll into view and flash, e.g. a linked piece of evidence. */
  focusSentence: { articleId: string; start: number } | null;
  /** A claim to scroll into view and flash once its article is drawn. */
  focusClaimId: string | null;
  /** Bumped on every request, so asking to flash the same claim twice flashes it twice. */
  focusNonce: number;
  openArticle: (id: string) => void;
  showClaim: (articleId: string, claimId: string) => void;
  showSentence: (articleId: string, start: number) => void;
  setActiveClaim: (id: string | null) => void;
  setTextSelection: (selection: TextSelection | null) => void;
}

export const createNavigationSlice: StateCreator<UiState, [], [], NavigationSlice> = (set) => ({
  openArticleId: null,
  activeClaimId: null,
  textSelection: null,
  focusSentence: null,
  focusClaimId: null,
  focusNonce: 0,
  openArticle: (id) => set({ openArticleId: id, focusClaimId: null, focusSentence: null }),
  showClaim: (articleId, claimId) =>
    set((s) => ({
      openArticleId: articleId,
      focusClaimId: claimId,
      activeClaimId: claimId,
      focusSentence: null,
      focusNonce: s.focusNonce + 1,
    })),
  showSentence: (articleId, start) =>
    set((s) => ({
      openArticleId: articleId,
      focusSentence: { articleId, start },
      focusClaimId: null,
      focusNonce: s.focusNonce + 1,
    })),
  setActiveClaim: (id) => set({ activeClaimId: id }),
  setTextSelection: (textSelection) => set({ textSelection }),
});

/** The place the address names: the open claim (with its article) or the open article. */
export const selectPlace = (s: NavigationSlice) =>
  s.activeClaimId && s.openArticleId
    ? ({ kind: 'claim', articleId: s.openArticleId, claimId: s.activeClaimId } as const)
    : s.openArticleId
      ? ({ kind: 'article', articleId: s.openArticleId } as const)
      : null;
