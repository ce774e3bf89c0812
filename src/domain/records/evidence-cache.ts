import { z } from 'zod';
import { defineRecord } from './record-type';

/**
 * The evidence index as last built, so a reopened dossier loads it instead of rebuilding it. Derived
 * data: never backed up or restored, rebuilt whenever its signature no longer matches the articles.
 */
export const evidenceCacheSchema = z.object({
  key: z.string(),
  /** Each indexed article's content hash and outlet, by article id: what the index was built from. */
  signature: z.record(z.string(), z.string()),
  /** The stored index (see StoredEvidenceIndex in src/domain/evidence). */
  index: z.unknown(),
});
export type EvidenceCacheRecord = z.infer<typeof evidenceCacheSchema>;

export const evidenceCacheRecord = defineRecord({
  table: 'evidenceCache',
  schema: evidenceCacheSchema,
  stores: { 3: 'key' },
  migrations: [],
  derived: true,
});
