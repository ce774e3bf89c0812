import { create } from 'zustand';
import type { ClaimSelector, Verdict } from '../domain/types';

/** What the claim editor is doing: recording a new selection or editing a stored claim. */
export type EditorState =
  | { mode: 'closed' }
  | { mode: 'new'; articleId: string; selector: ClaimSelector }
  | { mode: 'edit'; claimId: string };

export interface ClaimFilters {
  verdict: Verdict | '';
  categoryId: string;
  articleId: string;
  search: string;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** What Undo does (puts a deleted claim back, say); no Undo button without it. */
  undo?: () => Promise<void>;
}

/** The user's current text selection in the open article (UTF-16 offsets into its text). */
export interface TextSelection {
  articleId: string;
  start: number;
  end: number;
}

interface UiState {
  openArticleId: string | null;
  /** The claim whose evidence panel is open. */
  activeClaimId: string | null;
  textSelection: TextSelection | null;
  /** A sentence (code-point start) to scroll into view and flash, e.g. a linked piece of evidence. */
  focusSentence: { articleId: string; start: number } | null;
  matrixOpen: boolean;
  storageOpen: boolean;
  /** Another tab opened a newer schema: this tab must reload before it writes again. */
  outdated: boolean;
  /** A claim to scroll into view and flash once its article is drawn. */
  focusClaimId: string | null;
  /** Bumped on every request, so asking to flash the same claim twice flashes it twice. */
  focusNonce: number;
  editor: EditorState;
  filters: ClaimFilters;
  detailsOpen: boolean;
  toast: Toast | null;
  openArticle: (id: string) => void;
  showClaim: (articleId: string, claimId: string) => void;
  showSentence: (articleId: string, start: number) => void;
  setActiveClaim: (id: string | null) => void;
  setTextSelection: (selection: TextSelection | null) => void;
  setMatrixOpen: (open: boolean) => void;
  setStorageOpen: (open: boolean) => void;
  setOutdated: () => void;
  openEditor: (editor: EditorState) => void;
  closeEditor: () => void;
  setFilters: (filters: Partial<ClaimFilters>) => void;
  clearFilters: () => void;
  setDetailsOpen: (open: boolean) => void;
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: () => void;
}

export const NO_FILTERS: ClaimFilters = { verdict: '', categoryId: '', articleId: '', search: '' };

let toastId = 0;

/** UI state only: what is open, selected and filtered. The workbench itself lives in IndexedDB. */
export const useUi = create<UiState>()((set) => ({
  openArticleId: null,
  activeClaimId: null,
  textSelection: null,
  focusSentence: null,
  matrixOpen: false,
  storageOpen: false,
  outdated: false,
  focusClaimId: null,
  focusNonce: 0,
  editor: { mode: 'closed' },
  filters: NO_FILTERS,
  detailsOpen: false,
  toast: null,
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
  setMatrixOpen: (matrixOpen) => set({ matrixOpen }),
  setStorageOpen: (storageOpen) => set({ storageOpen }),
  setOutdated: () => set({ outdated: true }),
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setDetailsOpen: (open) => set({ detailsOpen: open }),
  showToast: (toast) => set({ toast: { ...toast, id: ++toastId } }),
  dismissToast: () => set({ toast: null }),
}));
