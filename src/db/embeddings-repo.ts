import type { CorroborateDB } from './db';

/** One sentence's stored embedding: a signed byte per dimension and its scale. */
export interface StoredEmbedding {
  bytes: Int8Array;
  scale: number;
}

const prefix = (model: string) => `${model}\u0000`;

/** Every embedding this model has made in this dossier, by text hash (read in the worker). */
export async function readEmbeddings(
  db: CorroborateDB,
  model: string,
): Promise<Map<string, StoredEmbedding>> {
  const out = new Map<string, StoredEmbedding>();
  await db.embeddingPacks
    .where('key')
    .startsWith(prefix(model))
    .each((pack) => {
      const dims = pack.hashes.length ? pack.vectors.length / pack.hashes.length : 0;
      pack.hashes.forEach((h, i) =>
        out.set(h, { bytes: pack.vectors.subarray(i * dims, (i + 1) * dims), scale: pack.scales[i]! }),
      );
    });
  return out;
}

let sequence = 0;
/** Stores embeddings made by the model as one pack (one row: one write however many sentences). */
export async function saveEmbeddings(
  db: CorroborateDB,
  model: string,
  entries: ReadonlyArray<readonly [hash: string, vector: Float32Array]>,
): Promise<void> {
  if (!entries.length) return;
  const dims = entries[0]![1].length;
  const vectors = new Int8Array(entries.length * dims);
  const scales = new Float32Array(entries.length);
  entries.forEach(([, v], i) => {
    const e = quantise(v);
    vectors.set(e.bytes, i * dims);
    scales[i] = e.scale;
  });
  const key = `${prefix(model)}${Date.now().toString(36)}.${(sequence++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
  await db.embeddingPacks.put({ key, model, hashes: entries.map(([h]) => h), vectors, scales });
}

/** Drops every stored embedding (the table is derived: it is rebuilt as needed). */
export async function clearEmbeddings(db: CorroborateDB): Promise<void> {
  await db.embeddingPacks.clear();
}

/** A vector as a signed byte per dimension and the scale that brings it back. */
export function quantise(v: Float32Array): StoredEmbedding {
  let top = 0;
  for (const x of v) top = Math.max(top, Math.abs(x));
  const scale = top / 127 || 1;
  return { bytes: Int8Array.from(v, (x) => Math.round(x / scale)), scale };
}

export function dequantise(e: StoredEmbedding): Float32Array {
  return Float32Array.from(e.bytes, (b) => b * e.scale);
}
