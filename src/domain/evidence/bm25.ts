/**
 * A compact BM25 index over short documents (sentences), built for speed at 50,000 sentences: terms
 * are numbered, postings are flat arrays, a query scores into one reused array. Each document carries
 * several token lists ("fields"), each with its own postings and length statistics.
 */

/** BM25 term-frequency saturation: the second mention of a word adds less than the first. */
export const K1 = 1.2;
/**
 * Length normalisation. Sentences vary less in length than documents, and a long sentence that names
 * the claim's facts is no weaker for its length, so normalisation is lighter than the usual 0.75.
 */
export const B = 0.5;

/** A field as stored: its postings by token, and document lengths. */
export interface FieldJson {
  postings: Array<[string, number[], number[]]>;
  lengths: number[];
  totalLength: number;
}

interface Postings {
  docs: number[];
  tfs: number[];
}

export class FieldIndex {
  constructor(
    private readonly k1 = K1,
    private readonly b = B,
    /** IDF raised to this power: above 1, rare words outweigh several common ones more strongly. */
    private readonly idfPower = 1,
  ) {}
  /** Each token's number; its postings are the docs and term frequencies at that number. */
  private readonly termIds = new Map<string, number>();
  private readonly docsOf: number[][] = [];
  private readonly tfsOf: number[][] = [];
  /** The last document each term was seen in, so a repeated token raises its count in place. */
  private readonly lastDoc: number[] = [];
  private lengths: number[] = [];
  private totalLength = 0;

  /** Adds document `doc` (numbered from 0, in order) with its tokens: one map lookup per token. */
  add(doc: number, tokens: readonly string[]): void {
    this.lengths[doc] = tokens.length;
    this.totalLength += tokens.length;
    for (const t of tokens) {
      let id = this.termIds.get(t);
      if (id === undefined) {
        id = this.docsOf.length;
        this.termIds.set(t, id);
        this.docsOf.push([]);
        this.tfsOf.push([]);
        this.lastDoc.push(-1);
      }
      const tfs = this.tfsOf[id]!;
      if (this.lastDoc[id] === doc) tfs[tfs.length - 1]! += 1;
      else {
        this.docsOf[id]!.push(doc);
        tfs.push(1);
        this.lastDoc[id] = doc;
      }
    }
  }

  private postings(token: string): Postings | undefined {
    const id = this.termIds.get(token);
    return id === undefined ? undefined : { docs: this.docsOf[id]!, tfs: this.tfsOf[id]! };
  }

  /** Number of documents holding the token. */
  df(token: string): number {
    return this.postings(token)?.docs.length ?? 0;
  }

  /** Inverse document frequency (BM25's, floored at a small positive value). */
  idf(token: string): number {
    const n = this.lengths.length;
    const df = this.df(token);
    return Math.max(0.01, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }

  /**
   * Adds `weight` × BM25 of each distinct query token to `scores`, and records touched documents.
   * Tokens for which `keep` is false are skipped (too common to tell sentences apart).
   */
  score(
    query: readonly string[],
    weight: number | ((token: string) => number),
    scores: Float64Array,
    touched: Set<number>,
    keep: (token: string, df: number) => boolean = () => true,
  ): void {
    const n = this.lengths.length;
    if (!n) return;
    const avg = this.totalLength / n || 1;
    const { k1, b } = this;
    for (const t of new Set(query)) {
      const p = this.postings(t);
      if (!p || !keep(t, p.docs.length)) continue;
      const idf = this.idf(t) ** this.idfPower * (typeof weight === 'number' ? weight : weight(t));
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        const tf = p.tfs[i]!;
        const norm = k1 * (1 - b + (b * this.lengths[d]!) / avg);
        scores[d] = scores[d]! + (idf * tf * (k1 + 1)) / (tf + norm);
        touched.add(d);
      }
    }
  }

  /** Plain data for storage; `FieldIndex.from` reads it back. */
  toJSON(): FieldJson {
    return {
      postings: [...this.termIds].map(([t, id]) => [t, this.docsOf[id]!, this.tfsOf[id]!]),
      lengths: this.lengths,
      totalLength: this.totalLength,
    };
  }

  static from(json: FieldJson, k1 = K1, b = B, idfPower = 1): FieldIndex {
    const f = new FieldIndex(k1, b, idfPower);
    for (const [t, docs, tfs] of json.postings) {
      f.termIds.set(t, f.docsOf.length);
      f.docsOf.push(docs);
      f.tfsOf.push(tfs);
      f.lastDoc.push(docs.length ? docs[docs.length - 1]! : -1);
    }
    f.lengths = json.lengths;
    f.totalLength = json.totalLength;
    return f;
  }
}
