import type { StateCreator } from 'zustand';
import type { Verdict } from '../../domain/types';
import type { UiState } from '../ui-store';

export interface ClaimFilters {
  verdict: Verdict | '';
  categoryId: string;
  articleId: string;
  search: string;
  /** Claims marked on this day (`YYYY-MM-DD`, local time), or '' for any day. */
  day: string;
  /** 'under-sourced': only claims whose verdict rests on fewer sources than the rule asks. */
  standing: '' | 'under-sourced';
}

export const NO_FILTERS: ClaimFilters = {
  verdict: '',
  categoryId: '',
  articleId: '',
  search: '',
  day: '',
  standing: '',
};

/** The local day of a time, as the day filter writes it. */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The Claims table's sort: a column and its direction. */
export interface ClaimsSort {
  id: string;
  desc: boolean;
}

export const DEFAULT_SORT: ClaimsSort = { id: 'updatedAt', desc: true };

/** How the Claims table is filtered, sorted and grouped (the address carries it too). */
export interface FiltersSlice {
  filters: ClaimFilters;
  sort: ClaimsSort | null;
  grouped: boolean;
  /** The table keeps its rows where they are (an inline edit), until the user sorts or filters again. */
  holdOrder: boolean;
  holdTableOrder: () => void;
  setFilters: (filters: Partial<ClaimFilters>) => void;
  clearFilters: () => void;
  setSort: (sort: ClaimsSort | null) => void;
  setGrouped: (grouped: boolean) => void;
}

export const createFiltersSlice: StateCreator<UiState, [], [], FiltersSlice> = (set) => ({
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  grouped: false,
  holdOrder: false,
  holdTableOrder: () => set({ holdOrder: true }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters }, holdOrder: false })),
  clearFilters: () => set({ filters: NO_FILTERS, holdOrder: false }),
  setSort: (sort) => set({ sort, holdOrder: false }),
  setGrouped: (grouped) => set({ grouped, holdOrder: false }),
});

/** Whether any filter narrows the table. */
export const selectFiltered = (s: FiltersSlice) =>
  Boolean(
    s.filters.verdict ||
    s.filters.categoryId ||
    s.filters.articleId ||
    s.filters.day ||
    s.filters.standing ||
    s.filters.search.trim(),
  );
