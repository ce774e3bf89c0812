import { z } from 'zod';
import { defineRecord } from './record-type';

/**
 * Team sync's base: for each shared record, its shared version as this browser last agreed it (see
 * src/domain/sync/merge.ts). A local record differing from its base is a local edit not yet shared.
 * Kept per browser: never backed up (a restore is then shared as an edit, as it should be).
 */
export const syncBaseSchema = z.object({
  /** `table \t id`. */
  key: z.string(),
  table: z.string(),
  record: z.unknown(),
});
export type SyncBaseRecord = z.infer<typeof syncBaseSchema>;

export const syncBaseRecord = defineRecord({
  table: 'syncBase',
  schema: syncBaseSchema,
  stores: { 6: 'key, table' },
  migrations: [],
  derived: true,
});
