import type { ClaimsPage, ClaimsQuery } from './claims-view-model';

/** Messages to the claims-view worker. */
export type ClaimsViewRequest =
  | { type: 'page'; id: number; query: ClaimsQuery; start: number; end: number }
  | { type: 'ids'; id: number; query: ClaimsQuery }
  /** Groups of equivalent claims (from the evidence worker), for "Group equivalent claims". */
  | { type: 'groups'; groups: string[][] | null };

/** Messages from it: answers, and word that the data changed (pages asked before are stale). */
export type ClaimsViewResponse =
  | { type: 'page'; id: number; version: number; page: ClaimsPage }
  | { type: 'ids'; id: number; ids: string[] }
  | { type: 'changed'; version: number }
  | { type: 'failed'; message: string };
