import { z } from 'zod';
import { time } from './common';
import { defineRecord } from './record-type';

/** The tables an action can change and Undo can put back: the dossier's content, not its trail. */
export const UNDOABLE_TABLES = ['articles', 'texts', 'categories', 'claims', 'links', 'dismissals'] as const;
export type UndoableTable = (typeof UNDOABLE_TABLES)[number];

/** One record an action changed: as it was before (absent: created) and after (absent: deleted). */
export const undoChangeSchema = z.object({
  table: z.enum(UNDOABLE_TABLES),
  key: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type UndoChange = z.infer<typeof undoChangeSchema>;

/**
 * One step of this browser's undo history for the dossier: what an action (marking a claim, a
 * verdict, a link, an import) changed, record by record. `done` steps are undone newest first;
 * `undone` ones can be redone until a new action drops them. Kept per browser, never backed up or
 * shared: a colleague's work is never undone by someone else's Ctrl+Z.
 */
export const undoSchema = z.object({
  seq: z.number().int().positive(),
  /** What the action was, as Undo and Redo name it ("Delete claim"). */
  label: z.string(),
  at: time,
  state: z.enum(['done', 'undone']),
  changes: z.array(undoChangeSchema),
});
export type UndoRecord = z.infer<typeof undoSchema>;

export const undoRecord = defineRecord({
  table: 'undo',
  schema: undoSchema,
  stores: { 8: '++seq, state' },
  migrations: [],
  derived: true,
});
