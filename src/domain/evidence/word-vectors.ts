import { normalise } from './terms';
import { STOPWORDS } from './lexicon';

/**
 * Word vectors for matching by meaning: a sentence that says "concern" where the claim says "fears",
 * or "arms" where it says "weapons", shares no word with it, yet the two words stand close in a
 * vector space learnt from news copy (GloVe). Stored compactly: one signed byte per dimension.
 *
 * File layout (little-endian): "CWV1", word count, dimensions, byte length of the words; the words
 * in UTF-8, one per line, most frequent first; then each word's vector as `dimensions` int8 values.
 */
export interface WordVectors {
  readonly size: number;
  readonly dims: number;
  /** The word's row, or -1 when it has no vector. */
  row(word: string): number;
  /** Cosine similarity of two rows. */
  cosine(a: number, b: number): number;
}

const MAGIC = 'CWV1';
const HEADER = 16;

/** The file for `words` and their vectors (any scale: each is quantised on its own). */
export function encodeWordVectors(
  words: readonly string[],
  vectors: readonly number[][],
): Uint8Array<ArrayBuffer> {
  const dims = vectors[0]?.length ?? 0;
  const text = new TextEncoder().encode(words.join('\n'));
  const out = new Uint8Array(HEADER + text.length + words.length * dims);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, words.length, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, text.length, true);
  out.set(text, HEADER);
  const values = new Int8Array(out.buffer, HEADER + text.length);
  vectors.forEach((v, i) => {
    if (v.length !== dims) throw new Error(`vector ${i} has ${v.length} dimensions, not ${dims}`);
    const scale = 127 / (Math.max(...v.map(Math.abs)) || 1);
    v.forEach((x, j) => (values[i * dims + j] = Math.round(x * scale)));
  });
  return out;
}

/** Reads a word-vector file; throws on anything else (a server's error page, a cut download). */
export function readWordVectors(buffer: ArrayBuffer): WordVectors {
  const bytes = new Uint8Array(buffer);
  const view = new DataView(buffer);
  if (bytes.length < HEADER || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error('Not a word-vector file.');
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const textLength = view.getUint32(12, true);
  if (bytes.length !== HEADER + textLength + size * dims)
    throw new Error('The word-vector file is cut short or too long.');
  const words = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + textLength)).split('\n');
  if (words.length !== size) throw new Error('The word-vector file lists another number of words.');
  const rows = new Map(words.map((w, i) => [w, i]));
  // Unit vectors as floats (12 MB for 30,000 words): a cosine is then one dot product.
  const bytes8 = new Int8Array(buffer, HEADER + textLength, size * dims);
  const unit = new Float32Array(size * dims);
  for (let i = 0; i < size; i++) {
    let s = 0;
    for (let j = i * dims; j < (i + 1) * dims; j++) s += bytes8[j]! * bytes8[j]!;
    const norm = Math.sqrt(s) || 1;
    for (let j = i * dims; j < (i + 1) * dims; j++) unit[j] = bytes8[j]! / norm;
  }
  return {
    size,
    dims,
    row: (word) => rows.get(word) ?? -1,
    cosine(a, b) {
      if (a === b) return 1;
      let s = 0;
      for (let j = 0, x = a * dims, y = b * dims; j < dims; j++) s += unit[x + j]! * unit[y + j]!;
      return s;
    },
  };
}

/** The content words of a text as written (not stemmed: vectors are per word form), lower case. */
export function meaningWords(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/**
 * How close a sentence comes to a query in meaning: for each query word, its closest word in the
 * sentence (an exact match is 1), squared so near neighbours count most ("fears"/"concern", not
 * "fears"/"Russia"), averaged with the query words' weights. 0 to 1; words without a vector skipped.
 */
export function meaningMatch(
  query: ReadonlyArray<{ row: number; weight: number }>,
  sentence: readonly number[],
  vectors: WordVectors,
): number {
  if (!sentence.length) return 0;
  let sum = 0;
  let total = 0;
  for (const q of query) {
    let best = 0;
    for (const r of sentence) {
      const c = vectors.cosine(q.row, r);
      if (c > best) best = c;
      if (best >= 1) break;
    }
    sum += q.weight * best ** 2;
    total += q.weight;
  }
  return total ? sum / total : 0;
}
