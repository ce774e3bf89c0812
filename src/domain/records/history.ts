import { z } from 'zod';
import { id, time } from './common';
import { defineRecord } from './record-type';

/** What happened to a claim. */
export const HISTORY_KINDS = [
  'created',
  'verdict',
  'category',
  'note',
  'claimant',
  'linked',
  'unlinked',
  'deleted',
  'restored',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/**
 * One entry of a claim's audit trail: what changed, from what to what, when and by whom (the name in
 * Settings). Entries are appended in the transaction of the change they record and never rewritten;
 * a deleted claim keeps its trail.
 */
export const historySchema = z.strictObject({
  id,
  claimId: id,
  at: time,
  /** The editor's name from Settings when the change was made ("" when none was set). */
  editor: z.string().max(200),
  kind: z.enum(HISTORY_KINDS),
  from: z.string().max(5000).nullable(),
  to: z.string().max(5000).nullable(),
});
export type HistoryRecord = z.infer<typeof historySchema>;

export const historyRecord = defineRecord({
  table: 'history',
  schema: historySchema,
  stores: { 5: 'id, claimId, at' },
  migrations: [],
});
