import { create } from 'zustand';
import { createDialogsSlice, type DialogsSlice } from './ui/dialogs';
import { createEditorSlice, type EditorSlice } from './ui/editor';
import { createFiltersSlice, type FiltersSlice } from './ui/filters';
import { createNavigationSlice, type NavigationSlice } from './ui/navigation';
import { createNoticesSlice, type NoticesSlice } from './ui/notices';

export type { DialogName } from './ui/dialogs';
export type { EditorState } from './ui/editor';
export { DEFAULT_SORT, NO_FILTERS, dayOf, type ClaimFilters, type ClaimsSort } from './ui/filters';
export type { TextSelection } from './ui/navigation';
export type { Toast } from './ui/notices';

/** The UI's state, slice by slice (each in src/store/ui with its selectors and tests). */
export type UiState = NavigationSlice & EditorSlice & FiltersSlice & DialogsSlice & NoticesSlice;

/** UI state only: what is open, selected and filtered. The workbench itself lives in IndexedDB. */
export const useUi = create<UiState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createEditorSlice(...a),
  ...createFiltersSlice(...a),
  ...createDialogsSlice(...a),
  ...createNoticesSlice(...a),
}));
