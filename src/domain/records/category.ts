import { z } from 'zod';
import { id, text } from './common';
import { defineRecord } from './record-type';

/** A claim category: the three defaults or the user's own. */
export const categorySchema = z.strictObject({
  id,
  name: text.pipe(z.string().min(1).max(60)),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  order: z.number().int(),
});
export type CategoryRecord = z.infer<typeof categorySchema>;

export const categoryRecord = defineRecord({
  table: 'categories',
  schema: categorySchema,
  stores: { 1: 'id, &name, order' },
  migrations: [],
});

/** A setting: organisation details, editor name, last backup time… JSON values only. */
export const settingSchema = z.strictObject({ key: id, value: z.json() });
/** As stored: the value is whatever JSON the app wrote; the schema checks it where files come in. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export const settingRecord = defineRecord({
  table: 'settings',
  schema: settingSchema,
  stores: { 1: 'key' },
  migrations: [],
});
