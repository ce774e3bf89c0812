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
    this.use(undoMiddleware);
  }
}

/** The open dossier's database (the page's address, or the worker's name, says which). */
export const db = new CorroborateDB(dbNameOf(currentDossierId()));
