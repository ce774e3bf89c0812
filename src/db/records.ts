/** The stored records, defined once in src/domain/records (type, schema, indexes, migrations). */
export type {
  ArticleRecord,
  ArticleTextRecord,
  CategoryRecord,
  ClaimRecord,
  DismissalRecord,
  EmbeddingPackRecord,
  EvidenceCacheRecord,
  HistoryRecord,
  LinkRecord,
  Relation,
  SettingRecord,
  SyncBaseRecord,
  UndoRecord,
} from '../domain/records';
