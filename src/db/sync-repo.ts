import type { CorroborateDB } from './db';
import type { ArticleTextRecord } from './records';
import type { ReconcileResult, SharedRecord, TableInput } from '../domain/sync/merge';

/** The tables a shared dossier shares (settings stay personal; caches are rebuilt). */
export const SHARED_TABLES = ['articles', 'categories', 'claims', 'links', 'dismissals', 'history'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

/** An article's text as shared: sent once per content hash, whatever the article's id. */
export type SharedText = Omit<ArticleTextRecord, 'articleId'>;

const baseKey = (table: string, id: string) => `${table}\t${id}`;

/** Reads every shared table with its base: what a reconcile starts from. */
export async function readSyncInput(db: CorroborateDB): Promise<Record<SharedTable, TableInput>> {
  return db.transaction('r', [...SHARED_TABLES.map((t) => db.table(t)), db.syncBase], async () => {
    const out = {} as Record<SharedTable, TableInput>;
    for (const table of SHARED_TABLES) {
      const [rows, base] = await Promise.all([
        db.table(table).toArray() as Promise<Array<Record<string, unknown>>>,
        db.syncBase.where('table').equals(table).toArray(),
      ]);
      out[table] = {
        local: new Map(rows.map((r) => [r.id as string, r])),
        base: new Map(base.map((b) => [b.key.slice(table.length + 1), b.record as SharedRecord])),
      };
    }
    return out;
  });
}

/** The texts of local articles, by content hash: for sharing those the document lacks. */
export async function readTexts(db: CorroborateDB, articleIds: string[]): Promise<ArticleTextRecord[]> {
  return (await db.texts.bulkGet(articleIds)).filter((t): t is ArticleTextRecord => !!t);
}

/**
 * Applies a reconcile's result in one transaction: records put and deleted, and the base moved on.
 * An article arrives with its text (from the shared texts) or waits for it; an article whose text is
 * already here under another id, and a link to a sentence the claim already has under another id,
 * are left out (the older one here stands). Returns how many records were left out that way.
 */
export async function applySyncResult(
  db: CorroborateDB,
  result: ReconcileResult,
  textOf: (contentHash: string) => SharedText | undefined,
): Promise<number> {
  let waiting = 0;
  await db.transaction('rw', [...SHARED_TABLES.map((t) => db.table(t)), db.texts, db.syncBase], async () => {
    for (const table of SHARED_TABLES) {
      const changes = result.tables[table];
      if (!changes) continue;
      const skipped = new Set<string>();
      let puts = changes.puts;
      if (table === 'articles') {
        const texts: ArticleTextRecord[] = [];
        puts = [];
        for (const a of changes.puts) {
          const id = a.id as string;
          const text = textOf(a.contentHash as string);
          const clash = await db.articles
            .where('contentHash')
            .equals(a.contentHash as string)
            .first();
          if (!text || (clash && clash.id !== id)) {
            skipped.add(id);
            continue;
          }
          puts.push(a);
          texts.push({ ...text, articleId: id });
        }
        await db.texts.bulkPut(texts);
      }
      if (table === 'links') {
        const kept = [];
        for (const l of puts) {
          const clash = await db.links
            .where('[claimId+sentenceKey]')
            .equals([l.claimId as string, l.sentenceKey as string])
            .first();
          if (clash && clash.id !== l.id) skipped.add(l.id as string);
          else kept.push(l);
        }
        puts = kept;
      }
      waiting += skipped.size;
      if (changes.deletes.length) {
        await db.table(table).bulkDelete(changes.deletes);
        if (table === 'articles') await db.texts.bulkDelete(changes.deletes);
      }
      if (puts.length) await db.table(table).bulkPut(puts);
      await db.syncBase.bulkPut(
        changes.base
          .filter((b) => !skipped.has(b.id))
          .map((b) => ({ key: baseKey(table, b.id), table, record: b.record })),
      );
      if (changes.baseDeletes.length)
        await db.syncBase.bulkDelete(changes.baseDeletes.map((id) => baseKey(table, id)));
    }
  });
  return waiting;
}

/** Forgets what was agreed with a shared document (when a dossier stops being shared). */
export async function clearSyncBase(db: CorroborateDB): Promise<void> {
  await db.syncBase.clear();
}
