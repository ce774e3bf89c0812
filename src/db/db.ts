import Dexie, { type EntityTable } from 'dexie';
import { EMBEDDING_PACKS, SCHEMA_VERSION, migrationsAt, storesAt } from '../domain/records';
import type {
  ArticleRecord,
  ArticleTextRecord,
  CategoryRecord,
  ClaimRecord,
  DismissalRecord,
  EmbeddingPackRecord,
  EvidenceCacheRecord,
  HistoryRecord,
  LinkRecord,
  SettingRecord,
  SyncBaseRecord,
  UndoRecord,
} from './records';
import { undoMiddleware } from './undo';
import { packsMiddleware } from './packed-table';
import { packRecords, type Item, type PackLayout } from './pack-store';
import { CLAIM_PACKS, LINK_PACKS } from './pack-layouts';
import { currentDossierId, dbNameOf } from './dossiers';

/**
 * Tables moved into packs (src/db/packed-table.ts), each at a tenth of a version after the last
 * record version: a storage change, not a record change, so the backup format keeps its number.
 */
const PACKED_AT: ReadonlyArray<[number, PackLayout]> = [
  [8.1, CLAIM_PACKS],
  [8.2, LINK_PACKS],
];

/**
 * The workbench database. Every schema version is declared, in order, from the record files in
 * src/domain/records (indexes and migrations), so a browser holding any earlier version upgrades
 * without loss.
 */
export class CorroborateDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  texts!: EntityTable<ArticleTextRecord, 'articleId'>;
  claims!: EntityTable<ClaimRecord, 'id'>;
  categories!: EntityTable<CategoryRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  links!: EntityTable<LinkRecord, 'id'>;
  dismissals!: EntityTable<DismissalRecord, 'id'>;
  evidenceCache!: EntityTable<EvidenceCacheRecord, 'key'>;
  history!: EntityTable<HistoryRecord, 'id'>;
  syncBase!: EntityTable<SyncBaseRecord, 'key'>;
  undo!: EntityTable<UndoRecord, 'seq'>;
  embeddingPacks!: EntityTable<EmbeddingPackRecord, 'key'>;

  constructor(name: string) {
    super(name);
    for (let v = 1; v <= SCHEMA_VERSION; v++) {
      const version = this.version(v).stores(storesAt(v));
      const steps = migrationsAt(v);
      if (steps.length)
        version.upgrade(async (tx) => {
          for (const { table, up } of steps)
            await tx
              .table(table)
              .toCollection()
              .modify((record: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
                ref.value = up(record);
              });
        });
    }
    for (const [version, layout] of PACKED_AT)
      this.version(version)
        .stores({ [layout.store]: layout.spec })
        .upgrade(async (tx) => {
          // The rows as the earlier versions left them, read under the packs (which are empty yet).
          const rows = tx.idbtrans.objectStore(layout.table);
          const records = await new Promise<Item[]>((resolve, reject) => {
            const r = rows.getAll();
            r.onsuccess = () => resolve(r.result as Item[]);
            r.onerror = () => reject(r.error);
          });
          await tx.table(layout.store).bulkPut(packRecords(layout, records));
          rows.clear();
        });
    // Sentence embeddings (derived, never backed up): a storage change, like the packs.
    this.version(EMBEDDING_PACKS.version).stores({ [EMBEDDING_PACKS.table]: EMBEDDING_PACKS.spec });
    this.use(packsMiddleware(PACKED_AT.map(([, layout]) => layout)));
    this.use(undoMiddleware);
  }
}

/** The open dossier's database (the page's address, or the worker's name, says which). */
export const db = new CorroborateDB(dbNameOf(currentDossierId()));
