import { meaningMatch, meaningWords, type WordVectors } from './word-vectors';

/**
 * Matching by meaning over a dossier's sentences (numbered as in the index): the word vectors, and
 * each sentence's words as vector rows, read the first time the sentence is ranked near the top.
 */
export function meaningOver(
  vectors: WordVectors,
  textOf: (d: number) => string,
  /** A query word's weight (the index's IDF of its stem). */
  weightOf: (word: string) => number,
) {
  const rows: Array<number[] | undefined> = [];
  const rowsOf = (d: number) =>
    (rows[d] ??= [...new Set(meaningWords(textOf(d)).map((w) => vectors.row(w)))].filter((r) => r >= 0));
  return {
    /** How close each sentence comes to the text in meaning (0 to 1), or null if no word has a vector. */
    closeness(text: string): ((d: number) => number) | null {
      const query = [...new Set(meaningWords(text))]
        .map((w) => ({ row: vectors.row(w), weight: weightOf(w) }))
        .filter((q) => q.row >= 0);
      return query.length ? (d) => meaningMatch(query, rowsOf(d), vectors) : null;
    },
  };
}
export type Meaning = ReturnType<typeof meaningOver>;
