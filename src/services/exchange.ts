import { scaleById } from '../domain/rating-scales';
import { latestIn, type LatestClaims } from '../db/claims-repo';
import { db } from '../db/db';
import { getSetting, setSetting, SETTINGS } from '../db/settings-repo';
import {
  addImportedClaims,
  mergeWorkbench,
  readAnnotationContext,
  readClaimData,
  readWorkbench,
  replaceWorkbench,
  type RestoreResult,
} from '../db/workbench-repo';
import {
  checkBackup,
  DEVICE_SETTINGS,
  MAX_BACKUP_BYTES,
  serializeBackup,
  type Backup,
} from '../domain/exchange/backup';
import { toClaimReviews } from '../domain/exchange/claim-review';
import { decodeText } from '../domain/exchange/decode';
import {
  readWebAnnotations,
  toWebAnnotations,
  type AnnotationImport,
} from '../domain/exchange/web-annotation';
import { readBytes, stamp } from './download';
import type { FileOut } from './sheet-file';

export type { FileOut } from './sheet-file';

/** Reports what a long job is doing: a phase, and how far through it when that is known. */
export type Progress = (phase: string, done?: number, total?: number) => void;
const quiet: Progress = () => undefined;

/** ClaimReview JSON-LD of every rated claim; never with a made-up publisher: the dialog asks first. */
export async function claimReviewFile(): Promise<FileOut> {
  const organisation = (await getSetting<string>(db, SETTINGS.organisation))?.trim();
  const baseUrl = (await getSetting<string>(db, SETTINGS.baseUrl))?.trim();
  if (!organisation || !baseUrl)
    throw new Error('Name the fact-checking organisation and the base URL of its pages first.');
  const w = await readClaimData(db);
  const reviews = toClaimReviews(
    [...w.claims].sort((a, b) => a.createdAt - b.createdAt),
    new Map(w.articles.map((a) => [a.id, a])),
    {
      organisation,
      baseUrl,
      organisationUrl: (await getSetting<string>(db, SETTINGS.organisationUrl)) || undefined,
      logoUrl: (await getSetting<string>(db, SETTINGS.logoUrl)) || undefined,
      scale: scaleById(await getSetting<string>(db, SETTINGS.ratingScale)),
    },
    w.links,
  );
  return {
    name: `corroborate-claimreview-${stamp()}.json`,
    type: 'application/ld+json',
    content: `${JSON.stringify(reviews, null, 2)}\n`,
    count: reviews.length,
  };
}

export async function webAnnotationFile(): Promise<FileOut> {
  const w = await readClaimData(db);
  const doc = toWebAnnotations(
    [...w.claims].sort((a, b) => a.createdAt - b.createdAt),
    [...w.links].sort((a, b) => a.createdAt - b.createdAt),
    new Map(w.articles.map((a) => [a.id, a])),
    new Map(w.categories.map((c) => [c.id, c])),
    { creator: { type: 'Person', name: (await getSetting<string>(db, SETTINGS.editorName)) ?? '' } },
  );
  return {
    name: `corroborate-annotations-${stamp()}.jsonld`,
    type: 'application/ld+json',
    content: `${JSON.stringify(doc, null, 2)}\n`,
    count: w.claims.length,
  };
}

/** Largest annotation file read: generous for 100,000 claims, safe for a tab. */
const MAX_ANNOTATION_BYTES = 200 * 1024 * 1024;

/** Reads a Web Annotation file and adds what resolves, skipping duplicates; nothing is written on error. */
export async function importWebAnnotations(
  file: File,
  progress: Progress = quiet,
): Promise<AnnotationImport> {
  progress('Reading the file');
  const decoded = decodeText(await readBytes(file, MAX_ANNOTATION_BYTES), MAX_ANNOTATION_BYTES);
  if (!decoded.ok) throw new Error(`“${file.name}”: ${decoded.error}`);
  let doc: unknown;
  try {
    doc = JSON.parse(decoded.text);
  } catch {
    throw new Error(`“${file.name}” is not valid JSON (it may be truncated).`);
  }
  progress('Reading the workbench');
  const w = await readAnnotationContext(db);
  const texts = new Map(w.texts.map((t) => [t.articleId, t]));
  progress('Placing annotations in the articles', 0, 1);
  const result = readWebAnnotations(
    doc,
    w.articles.map((a) => ({
      ...a,
      text: texts.get(a.id)?.text ?? '',
      sentences: texts.get(a.id)?.sentences ?? [],
    })),
    { claims: w.claims, links: w.links },
    () => crypto.randomUUID(),
    (done, total) => progress('Placing annotations in the articles', done, total),
  );
  if (!result.claims.length && !result.links.length && !result.duplicates && !result.unresolved)
    throw new Error(`“${file.name}” holds no Web Annotations that Corroborate can read.`);
  progress(`Saving ${result.claims.length} claims and ${result.links.length} links`);
  await addImportedClaims(db, result.claims, result.links);
  return result;
}

/** The whole workbench as one versioned JSON file; remembers when it was made. */
export async function backupFile(progress: Progress = quiet): Promise<FileOut> {
  progress('Reading the workbench');
  const w = await readWorkbench(db);
  progress('Writing the backup');
  const content = serializeBackup(w);
  await setSetting(db, SETTINGS.lastBackupAt, Date.now());
  return {
    name: `corroborate-backup-${stamp()}.json`,
    type: 'application/json',
    content,
    count: w.claims.length,
  };
}

/** Reads and checks a backup file completely; nothing is written. */
export async function readBackupFile(
  file: File,
  progress: Progress = quiet,
): Promise<{ backup: Backup; migratedFrom: number | null }> {
  progress('Reading the file');
  const decoded = decodeText(await readBytes(file, MAX_BACKUP_BYTES), MAX_BACKUP_BYTES);
  if (!decoded.ok) throw new Error(decoded.error);
  progress('Checking every record');
  const check = checkBackup(decoded.text);
  if (!check.ok) throw new Error(check.error);
  return { backup: check.backup, migratedFrom: check.migratedFrom };
}

/** How many of a replaced workbench's newest claims the restore hands the table (its first screens). */
export const FIRST_ROWS = 200;

/**
 * Writes a checked backup, replacing the workbench or merging into it, in one transaction. A
 * replacement also gives the workbench's newest claims with what their rows need (`first`): the
 * table shows them at once, instead of reading them back while the claims worker reads everything.
 */
export async function restoreBackup(
  b: Backup,
  mode: 'replace' | 'merge',
  progress: Progress = quiet,
): Promise<RestoreResult & { first?: LatestClaims }> {
  progress(mode === 'replace' ? 'Replacing the workbench' : 'Merging into the workbench');
  if (mode === 'merge') return mergeWorkbench(db, b.data, DEVICE_SETTINGS);
  const r = await replaceWorkbench(db, b.data, DEVICE_SETTINGS);
  return { ...r, first: latestIn(b.data, FIRST_ROWS) };
}
