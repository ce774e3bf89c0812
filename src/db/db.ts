import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSION, migrationsAt, storesAt } from '../domain/records';
import type {
  ArticleRecord,
  ArticleTextRecord,
  CategoryRecord,
  ClaimRecord,
  DismissalRecord,
  EvidenceCacheRecord,
  HistoryRecord,
  LinkRecord,
  SettingRecord,
  SyncBaseRecord,
  UndoRecord,
} from './records';
import { undoMiddleware } from './undo';
import { CLAIMS, claimPacksMiddleware, packClaims, PACKS, PACKS_SPEC } from './claim-packs';

/** The database version that stores claims by article: the last record version, and a tenth. */
const PACKED_VERSION = 8.1;
import { currentDossierId, dbNameOf } from './dossiers';

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
    // Claims stored by article (src/db/claim-packs.ts): a storage change, not a record change, so a
    // tenth of a version, and the backup format keeps its number.
    this.version(PACKED_VERSION)
      .stores({ [PACKS]: PACKS_SPEC })
      .upgrade(async (tx) => {
        // The rows as the earlier versions left them, read under the packs (which are empty yet).
        const rows = tx.idbtrans.objectStore(CLAIMS);
        const claims = await new Promise<ClaimRecord[]>((resolve, reject) => {
          const r = rows.getAll();
          r.onsuccess = () => resolve(r.result as ClaimRecord[]);
          r.onerror = () => reject(r.error);
        });
        await tx.table(PACKS).bulkPut(packClaims(claims));
        rows.clear();
      });
    this.use(claimPacksMiddleware);
    this.use(undoMiddleware);
  }
}

/** The open dossier's database (the page's address, or the worker's name, says which). */
export const db = new CorroborateDB(dbNameOf(currentDossierId()));
