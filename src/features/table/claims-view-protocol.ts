import type { SheetChoice } from '../../services/sheet-file';
import type { Verdict } from '../../domain/types';
import type { ClaimsPage, ClaimsQuery, Overview, ReportClaim } from './claims-view-model';

/** Messages to the claims-view worker. */
export type ClaimsViewRequest =
  | { type: 'page'; id: number; query: ClaimsQuery; start: number; end: number }
  /** Groups of equivalent claims (from the evidence worker), for "Group equivalent claims". */
  | { type: 'groups'; groups: string[][] | null }
  /** Claims this tab has just written: read now, without waiting for the change to be broadcast. */
  | { type: 'touched'; ids: string[] }
  /**
   * A verdict this tab is writing: shown at once, before the write ends (the stored claim, read
   * when the write is told, replaces it; a failed write is told too, and the stored claim comes back).
   */
  | { type: 'verdict'; id: string; verdict: Verdict; rating: string | null }
  /** The verdict sheet of the rows a query shows (null: every claim), made from what the worker holds. */
  | { type: 'sheet'; id: number; format: 'csv' | 'tsv'; query: ClaimsQuery | null; choice: SheetChoice }
  /** The dossier in counts (the Overview). */
  | { type: 'overview'; id: number }
  /** The claims a query shows, with their evidence, for the printable report. */
  | { type: 'report'; id: number; query: ClaimsQuery; limit: number };

/** Messages from it: answers, and word that the data changed (pages asked before are stale). */
export type ClaimsViewResponse =
  | { type: 'page'; id: number; version: number; page: ClaimsPage }
  | { type: 'sheet'; id: number; name: string; blob: Blob; count: number }
  | { type: 'overview'; id: number; version: number; overview: Overview }
  | { type: 'report'; id: number; shown: number; claims: ReportClaim[] }
  | { type: 'changed'; version: number; shape: number }
  | { type: 'failed'; message: string };
