import type { z } from 'zod';

/** One step of a record's history: what schema version `version` changed, and how to bring a record up. */
export interface Migration {
  version: number;
  why: string;
  /** Takes a record as the previous version stored it; returns it as `version` stores it. */
  up: (record: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Everything about one kind of record in one place (after tldraw's record files): its table, its
 * schema (the type is inferred from it), its IndexedDB indexes by schema version, and its migrations.
 * The database, the backup format and the exchange formats all read records through it, so a new
 * field is one edit here plus a migration.
 */
export interface RecordType<S extends z.ZodType = z.ZodType> {
  table: string;
  schema: S;
  /** Dexie index specification for each schema version that changed it (the first is its birth). */
  stores: Readonly<Record<number, string>>;
  migrations: readonly Migration[];
  /** Derived data (a cache): kept out of backups, never migrated, rebuilt when stale. */
  derived?: boolean;
}

export function defineRecord<S extends z.ZodType>(r: RecordType<S>): RecordType<S> {
  return r;
}
