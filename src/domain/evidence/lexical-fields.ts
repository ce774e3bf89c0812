import { FieldIndex } from './bm25';
import {
  analyse,
  MAX_DF_SHARE,
  MIN_DF_CUTOFF,
  positionWeights,
  type RankingTuning,
  type StoredEvidenceIndex,
} from './ranking-model';

/**
 * The index's matching by words: three BM25 fields (words, terms, phrases) over the sentences by
 * number, and the score buffers every query reuses (three arrays of the dossier's size, zeroed
 * after use).
 */
export function lexicalFieldsOver(tune: RankingTuning, stored?: StoredEvidenceIndex) {
  const field = (i: 0 | 1 | 2) =>
    stored
      ? FieldIndex.from(stored.fields[i], tune.k1, tune.b, tune.idfPower)
      : new FieldIndex(tune.k1, tune.b, tune.idfPower);
  const [words, termField, phraseField] = [field(0), field(1), field(2)];
  let n = stored?.sentences.length ?? 0;
  let buffers = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const;
  /**
   * A query keeps only tokens that tell sentences apart: one found in more than MAX_DF_SHARE of all
   * sentences ("russia" in a dossier about Russia) adds almost nothing to BM25 but makes the search
   * score most of the dossier. Dropping them keeps a query on 50,000 sentences fast.
   */
  const keep = (_t: string, df: number) => df <= Math.max(MIN_DF_CUTOFF, n * MAX_DF_SHARE);

  /** Raw BM25 of every sentence sharing a token with the text, per field. */
  function scores(text: string, touched: Set<number>): readonly [Float64Array, Float64Array, Float64Array] {
    const a = analyse(text);
    const at = (tokens: string[]) => positionWeights(tokens, tune.positionDecay);
    words.score(a.words, at(a.words), buffers[0], touched, keep);
    termField.score(a.terms, at(a.terms), buffers[1], touched, keep);
    phraseField.score(a.phrases, at(a.phrases), buffers[2], touched, keep);
    return buffers;
  }
  function clear(touched: Iterable<number>) {
    for (const d of touched) for (const b of buffers) b[d] = 0;
  }

  return {
    /** Indexes sentence number `d`'s text. */
    add(d: number, text: string): void {
      const a = analyse(text);
      words.add(d, a.words);
      termField.add(d, a.terms);
      phraseField.add(d, a.phrases);
    },
    /** The index now holds `size` sentences: the buffers grow to it. */
    grown(size: number): void {
      n = size;
      if (buffers[0].length < n) buffers = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    },
    scores,
    clear,
    /** The words field's IDF (for matching by word vectors). */
    idf: (token: string) => words.idf(token),
    /**
     * Each linked sentence's own ranking as a share of its best (feature 3), divided among the linked
     * sentences so three links do not outweigh the claim. Read before the claim's own field scores,
     * which share the buffers.
     */
    linkedShares(linked: readonly number[], textOf: (d: number) => string): Map<number, number> {
      const shares = new Map<number, number>();
      for (const d of linked) {
        const hit = new Set<number>();
        const [w, t, p] = scores(textOf(d), hit);
        const own = new Map<number, number>();
        let top = 0;
        for (const x of hit) {
          const v = tune.words * w[x]! + tune.terms * t[x]! + tune.phrases * p[x]!;
          own.set(x, v);
          if (x !== d && v > top) top = v;
        }
        clear(hit);
        for (const [x, v] of own)
          shares.set(x, (shares.get(x) ?? 0) + (tune.linked * v) / (top || 1) / linked.length);
      }
      return shares;
    },
    toJSON: () => [words.toJSON(), termField.toJSON(), phraseField.toJSON()] as StoredEvidenceIndex['fields'],
  };
}
