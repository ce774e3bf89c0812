/// <reference lib="webworker" />
/**
 * Exchange jobs off the main thread: reading and checking files, placing annotations in the articles,
 * writing to IndexedDB in one transaction, and making export files. Progress is posted as it goes;
 * the page may end the worker to cancel while nothing has been written.
 */
import { errorMessage } from '../../services/errors';
import type { Backup } from '../../domain/exchange/backup';
import * as exchange from '../../services/exchange';
import { db } from '../../db/db';
import { claimReviewScope } from '../../db/claims-repo';
import { draftsFrom, saveDrafts, viewOf, type ArticleDraft } from '../../services/import-articles';
import type { ExchangeRequest, ExchangeResponse, ExchangeResults, MadeFile } from './exchange-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ExchangeResponse) => scope.postMessage(m);
/** Checked backups waiting for Replace or Merge. */
const backups = new Map<number, Backup>();
/** Article drafts read and not yet saved, by key. */
const drafts = new Map<string, ArticleDraft>();

const made = (f: exchange.FileOut): MadeFile => ({
  name: f.name,
  type: f.type,
  blob: new Blob([f.content], { type: f.type }),
  count: f.count,
});

async function run(
  { id, job }: ExchangeRequest,
  progress: exchange.Progress,
): Promise<ExchangeResults[typeof job.kind]> {
  switch (job.kind) {
    case 'claim-review':
      progress('Writing the claim reviews');
      return made(await exchange.claimReviewFile());
    case 'annotations-out':
      progress('Writing the annotations');
      return made(await exchange.webAnnotationFile());
    case 'backup':
      return made(await exchange.backupFile(progress));
    case 'claim-review-scope':
      return claimReviewScope(db, job.sample);
    case 'annotations-in': {
      const r = await exchange.importWebAnnotations(job.file, progress);
      return {
        claims: r.claims.length,
        links: r.links.length,
        duplicates: r.duplicates,
        unresolved: r.unresolved,
      };
    }
    case 'check-backup': {
      const { backup, migratedFrom } = await exchange.readBackupFile(job.file, progress);
      backups.clear();
      backups.set(id, backup);
      const d = backup.data;
      return {
        backupId: id,
        articles: d.articles.length,
        claims: d.claims.length,
        links: d.links.length,
        categories: d.categories.length,
        migratedFrom,
      };
    }
    case 'read-articles': {
      progress('Reading article files', 0, job.sources.length);
      const r = await draftsFrom(job.sources, (done, total) =>
        progress('Reading article files', done, total),
      );
      for (const d of r.drafts) drafts.set(d.key, d);
      return { drafts: r.drafts.map(viewOf), problems: r.problems };
    }
    case 'save-articles': {
      progress(`Saving ${job.drafts.length} ${job.drafts.length === 1 ? 'article' : 'articles'}`);
      const chosen = job.drafts.map(({ key, details }) => {
        const draft = drafts.get(key);
        if (!draft) throw new Error('The files were read in another window: pick them again.');
        return { draft, details };
      });
      const r = await saveDrafts(chosen);
      drafts.clear();
      return r;
    }
    case 'forget-drafts':
      drafts.clear();
      return null;
    case 'restore': {
      const backup = backups.get(job.backupId);
      if (!backup) throw new Error('The checked backup is no longer at hand: pick the file again.');
      const r = await exchange.restoreBackup(backup, job.mode, progress);
      backups.delete(job.backupId);
      return r;
    }
  }
}

// Opened ahead of the first job (the page starts this worker when it is idle).
db.open().catch(() => undefined);

scope.onmessage = (event: MessageEvent<ExchangeRequest>) => {
  const request = event.data;
  const progress: exchange.Progress = (phase, done, total) =>
    post({ type: 'progress', id: request.id, phase, done, total });
  run(request, progress).then(
    (result) => post({ type: 'done', id: request.id, result }),
    (e: unknown) => post({ type: 'failed', id: request.id, message: errorMessage(e) }),
  );
};
