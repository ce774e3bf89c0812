import { articleRecord, articleTextRecord } from './article';
import { categoryRecord, settingRecord } from './category';
import { claimRecord } from './claim';
import { dismissalRecord, linkRecord } from './evidence';
import { evidenceCacheRecord } from './evidence-cache';
import { historyRecord } from './history';
import { syncBaseRecord } from './sync-base';
import { undoRecord } from './undo';
import type { RecordType } from './record-type';

export * from './article';
export * from './category';
export * from './claim';
export * from './common';
export * from './evidence';
export * from './evidence-cache';
export * from './embedding-pack';
export * from './history';
export * from './sync-base';
export * from './undo';
export type { Migration, RecordType } from './record-type';

/**
 * The schema version: the IndexedDB version and the backup format version alike. Raise it with a
 * migration on every record it changes (record files) and a test from a stored older database.
 */
export const SCHEMA_VERSION = 8;

/** Every kind of record, in the order a backup lists them (derived ones are never backed up). */
export const RECORD_TYPES = {
  articles: articleRecord,
  texts: articleTextRecord,
  claims: claimRecord,
  links: linkRecord,
  dismissals: dismissalRecord,
  history: historyRecord,
  categories: categoryRecord,
  settings: settingRecord,
  evidenceCache: evidenceCacheRecord,
  syncBase: syncBaseRecord,
  undo: undoRecord,
} as const satisfies Record<string, RecordType>;
export type TableName = keyof typeof RECORD_TYPES;

/** The Dexie index specification of each table changed by `version` (for `db.version(v).stores`). */
export function storesAt(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of Object.values(RECORD_TYPES)) {
    const spec = r.stores[version];
    if (spec !== undefined) out[r.table] = spec;
  }
  return out;
}

/** The migrations `version` brings, by table. */
export function migrationsAt(
  version: number,
): Array<{ table: string; up: (r: Record<string, unknown>) => Record<string, unknown> }> {
  return Object.values(RECORD_TYPES).flatMap((r) =>
    r.migrations.filter((m) => m.version === version).map((m) => ({ table: r.table, up: m.up })),
  );
}

/** The version in which a table first appeared. */
function bornAt(r: RecordType): number {
  return Math.min(...Object.keys(r.stores).map(Number));
}

/**
 * Brings every table of a document written at `from` up to SCHEMA_VERSION, one version at a time:
 * tables born later start empty, and each record goes through its type's migrations in order.
 */
export function migrateTables(tables: Record<string, unknown>, from: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...tables };
  for (const r of Object.values(RECORD_TYPES)) {
    if (!r.derived && bornAt(r) > from && out[r.table] === undefined) out[r.table] = [];
  }
  for (let v = from + 1; v <= SCHEMA_VERSION; v++) {
    for (const { table, up } of migrationsAt(v)) {
      const rows = out[table];
      if (Array.isArray(rows))
        out[table] = rows.map((row: unknown) =>
          typeof row === 'object' && row !== null && !Array.isArray(row)
            ? up(row as Record<string, unknown>)
            : row,
        );
    }
  }
  return out;
}
