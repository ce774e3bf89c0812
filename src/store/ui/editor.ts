import type { StateCreator } from 'zustand';
import type { ClaimSelector } from '../../domain/types';
import type { UiState } from '../ui-store';

/** What the claim editor is doing: recording a new selection or editing a stored claim. */
export type EditorState =
  | { mode: 'closed' }
  | { mode: 'new'; articleId: string; selector: ClaimSelector }
  | { mode: 'edit'; claimId: string };

export interface EditorSlice {
  editor: EditorState;
  openEditor: (editor: EditorState) => void;
  closeEditor: () => void;
}

export const createEditorSlice: StateCreator<UiState, [], [], EditorSlice> = (set) => ({
  editor: { mode: 'closed' },
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),
});

export const selectEditorOpen = (s: EditorSlice) => s.editor.mode !== 'closed';
/** The stored claim being edited, if any. */
export const selectEditedClaimId = (s: EditorSlice) => (s.editor.mode === 'edit' ? s.editor.claimId : null);
