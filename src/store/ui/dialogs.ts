import type { StateCreator } from 'zustand';
import type { UiState } from '../ui-store';

/** The page's dialogs and views opened on demand. */
export const DIALOGS = ['matrix', 'storage', 'details', 'help', 'search', 'overview', 'elsewhere'] as const;
export type DialogName = (typeof DIALOGS)[number];

export interface DialogsSlice {
  /** Dialogs open now (a dialog may open over another: details over search, say). */
  dialogs: Readonly<Record<DialogName, boolean>>;
  openDialog: (name: DialogName) => void;
  closeDialog: (name: DialogName) => void;
  toggleDialog: (name: DialogName) => void;
}

const closed = Object.fromEntries(DIALOGS.map((d) => [d, false])) as Record<DialogName, boolean>;

export const createDialogsSlice: StateCreator<UiState, [], [], DialogsSlice> = (set) => ({
  dialogs: closed,
  openDialog: (name) => set((s) => ({ dialogs: { ...s.dialogs, [name]: true } })),
  closeDialog: (name) => set((s) => ({ dialogs: { ...s.dialogs, [name]: false } })),
  toggleDialog: (name) => set((s) => ({ dialogs: { ...s.dialogs, [name]: !s.dialogs[name] } })),
});

export const selectDialogOpen = (name: DialogName) => (s: DialogsSlice) => s.dialogs[name];
