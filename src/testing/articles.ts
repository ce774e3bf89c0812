import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The real articles shipped in data/, for tests and benchmarks (Node only). */
export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

export function bundledArticleFiles(): Array<{ fileName: string; raw: string }> {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, raw: readFileSync(join(DATA_DIR, fileName), 'utf8') }));
}
