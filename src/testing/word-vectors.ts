import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWordVectors, type WordVectors } from '../domain/evidence/word-vectors';

/** The word-vector file the app ships in public/, for tests and benchmarks (Node only). */
export const WORD_VECTORS_FILE = join(import.meta.dirname, '..', '..', 'public', 'word-vectors.bin');

let cached: WordVectors | null = null;
export function shippedWordVectors(): WordVectors {
  if (!cached) {
    const b = readFileSync(WORD_VECTORS_FILE);
    cached = readWordVectors(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }
  return cached;
}
