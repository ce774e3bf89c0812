import type { RestoreResult } from '../../db/workbench-repo';
import type { ClaimReviewScope, LatestClaims } from '../../db/claims-repo';
import type { AddResult } from '../../db/articles-repo';
import type { ArticleDetails } from '../../domain/types';
import type { ArticleSource, DraftProblem, DraftView } from '../../services/import-articles';

/** The long exchange jobs, run in the exchange worker so the page stays responsive. */
export type ExchangeJob =
  | { kind: 'claim-review' }
  /** What a ClaimReview export would hold (read here: it reads every unverified claim). */
  | { kind: 'claim-review-scope'; sample: number }
  | { kind: 'annotations-out' }
  | { kind: 'backup' }
  | { kind: 'annotations-in'; file: File }
  | { kind: 'check-backup'; file: File }
  | { kind: 'restore'; backupId: number; mode: 'replace' | 'merge' }
  /** Article files (and pasted text) read into drafts, kept in the worker until saved. */
  | { kind: 'read-articles'; sources: ArticleSource[] }
  /** The drafts to save, with the details as the user corrected them. */
  | { kind: 'save-articles'; drafts: Array<{ key: string; details: ArticleDetails }> }
  | { kind: 'forget-drafts' };

/** A file the worker made, for the page to offer as a download (or copy). */
export interface MadeFile {
  name: string;
  type: string;
  blob: Blob;
  count: number;
}

export interface AnnotationImportCounts {
  claims: number;
  links: number;
  duplicates: number;
  unresolved: number;
}

/** A checked backup, kept in the worker until it is restored; the page sees what it holds. */
export interface CheckedBackup {
  backupId: number;
  articles: number;
  claims: number;
  links: number;
  categories: number;
  migratedFrom: number | null;
}

export interface ExchangeResults {
  'claim-review': MadeFile;
  'claim-review-scope': ClaimReviewScope;
  'annotations-out': MadeFile;
  backup: MadeFile;
  'annotations-in': AnnotationImportCounts;
  'check-backup': CheckedBackup;
  /** With a replacement, its newest claims for the table's first rows. */
  restore: RestoreResult & { first?: LatestClaims };
  'read-articles': { drafts: DraftView[]; problems: DraftProblem[] };
  'save-articles': AddResult;
  'forget-drafts': null;
}

export type ExchangeRequest = { id: number; job: ExchangeJob };

export type ExchangeResponse =
  | { type: 'progress'; id: number; phase: string; done?: number; total?: number }
  | { type: 'done'; id: number; result: ExchangeResults[ExchangeJob['kind']] }
  | { type: 'failed'; id: number; message: string };
