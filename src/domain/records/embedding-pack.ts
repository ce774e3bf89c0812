import { z } from 'zod';

/**
 * Sentence embeddings as the evidence worker keeps them: derived data (never backed up, synced or
 * undone; rebuilt when missing), stored in packs of a few dozen sentences, since one IndexedDB row
 * per sentence costs more in writes and reads than the vectors themselves. Each sentence is keyed by
 * a hash of its text, so an article imported again, or a sentence reprinted in another article,
 * reuses the embedding; each pack says which model made it, so another model's vectors never mix in.
 * Vectors are stored as one signed byte per dimension with a scale per sentence.
 */
export const embeddingPackSchema = z.object({
  /** `model \u0000 sequence`: a model's packs are read by prefix. */
  key: z.string(),
  model: z.string(),
  /** Each sentence's text hash (textHash), in the order of the vectors. */
  hashes: z.array(z.string()),
  vectors: z.instanceof(Int8Array),
  scales: z.instanceof(Float32Array),
});
export type EmbeddingPackRecord = z.infer<typeof embeddingPackSchema>;

/** Its table and its place among the database's versions: a storage change after the packs (8.2). */
export const EMBEDDING_PACKS = { table: 'embeddingPacks', version: 8.3, spec: 'key' } as const;
