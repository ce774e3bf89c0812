import type { StateCreator } from 'zustand';
import type { UiState } from '../ui-store';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** What Undo does (puts a deleted claim back, say); no Undo button without it. */
  undo?: () => Promise<void>;
}

/** Notices: the toast at the foot of the window, and the tab's outdated state. */
export interface NoticesSlice {
  toast: Toast | null;
  /** Another tab opened a newer schema: this tab must reload before it writes again. */
  outdated: boolean;
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: () => void;
  setOutdated: () => void;
}

let toastId = 0;

export const createNoticesSlice: StateCreator<UiState, [], [], NoticesSlice> = (set) => ({
  toast: null,
  outdated: false,
  showToast: (toast) => set({ toast: { ...toast, id: ++toastId } }),
  dismissToast: () => set({ toast: null }),
  setOutdated: () => set({ outdated: true }),
});

export const selectToast = (s: NoticesSlice) => s.toast;
