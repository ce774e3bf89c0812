import { DenseVectors, unit, type Neighbour } from './dense-vectors';
import { PREPARE_CHUNK, QUERY_CACHE, type EvidenceCandidate } from './ranking-model';
import type { SentenceModel } from './sentence-model';

/**
 * The index's matching by meaning with a sentence model: the model, the sentences' embeddings (by
 * sentence number, as in the index) and the claims' embeddings, kept once made. The index asks it
 * for a claim's embedding, cosines and nearest sentences; `changed` tells the index its learned
 * candidates are stale (new embeddings, another model).
 */
export function sentenceMeaningOver(
  sentences: readonly EvidenceCandidate[],
  docOf: ReadonlyMap<string, number>,
  changed: () => void,
  initial: SentenceModel | null,
) {
  let model = initial;
  let dense = model ? new DenseVectors(model.dimensions) : null;
  /** Claims' embeddings, by model and text: a claim is embedded once however often it is ranked. */
  const queries = new Map<string, Float32Array>();
  /** Sentence numbers by text, for claims that are whole sentences (rebuilt when the index grew). */
  let byText: { map: Map<string, number>; of: number } | null = null;
  let preparing: Promise<void> | null = null;

  function missing(): EvidenceCandidate[] {
    return dense ? sentences.filter((_, d) => !dense!.has(d)) : [];
  }
  function add(entries: Iterable<readonly [id: string, vector: ArrayLike<number>]>): void {
    if (!dense) return;
    dense.reserve(sentences.length);
    let added = false;
    for (const [id, v] of entries) {
      const d = docOf.get(id);
      if (d === undefined) continue;
      dense.set(d, v);
      added = true;
    }
    if (added) changed();
  }
  /** A whole sentence's stored embedding: a claim that is one needs no run of the model. */
  function sentenceVector(text: string): Float32Array | null {
    if (byText?.of !== sentences.length)
      byText = { map: new Map(sentences.map((x, d) => [x.text, d])), of: sentences.length };
    const d = byText.map.get(text);
    return d === undefined ? null : dense!.get(d);
  }

  return {
    /** Whether rankings can use the model: it is given and sentences have embeddings. */
    get active(): boolean {
      return !!(model && dense && dense.count > 0);
    },
    get hasModel(): boolean {
      return model !== null;
    },
    get embedded(): number {
      return dense?.count ?? 0;
    },
    get bytes(): number {
      return dense?.bytes ?? 0;
    },
    /** Ranks by this model from now on (null: without one); another model's embeddings are dropped. */
    use(m: SentenceModel | null): void {
      changed();
      queries.clear();
      if (m?.name !== model?.name || m?.dimensions !== dense?.dims)
        dense = m ? new DenseVectors(m.dimensions) : null;
      model = m;
    },
    /** Sentences without an embedding yet (in dossier order). */
    missing,
    /** Gives sentences their embeddings (by sentence id; unknown ids are ignored). */
    add,
    /** Embeds every sentence that has none yet (one run at a time; later sentences on the next call). */
    prepare(): Promise<void> {
      preparing ??= (async () => {
        try {
          for (let left = missing(); model && left.length; left = missing()) {
            const part = left.slice(0, PREPARE_CHUNK);
            const vectors = await model.embed(part.map((x) => x.text));
            add(part.map((x, i) => [x.id, vectors[i]!] as const));
          }
        } finally {
          preparing = null;
        }
      })();
      return preparing;
    },
    /** Whether the claim's embedding needs a run of the model (not kept, not a whole sentence's). */
    runsModel(text: string): boolean {
      if (!model || !dense || !text.trim()) return false;
      return !queries.has(`${model.name}\u0000${text}`) && !sentenceVector(text);
    },
    /** The claim's embedding (kept for the next ranking), or null without a model. */
    async queryOf(text: string): Promise<Float32Array | null> {
      if (!model || !dense || !text.trim()) return null;
      const key = `${model.name}\u0000${text}`;
      let q = queries.get(key) ?? sentenceVector(text);
      if (!q) {
        const [v] = await model.embed([text]);
        q = v!;
        if (queries.size >= QUERY_CACHE) queries.delete(queries.keys().next().value!);
        queries.set(key, q);
      }
      return q;
    },
    /**
     * The query by meaning: the claim's embedding, joined by the linked sentences' when finding more
     * like them (each weighted as the words' linked share is).
     */
    withLinked(q: Float32Array, linkedIds: readonly string[], weight: number): Float32Array {
      const linked = [...new Set(linkedIds)]
        .map((id) => docOf.get(id))
        .filter((d): d is number => d !== undefined && dense!.has(d));
      if (!linked.length) return q;
      const out = Float32Array.from(q);
      for (const d of linked) {
        const v = dense!.get(d)!;
        for (let k = 0; k < out.length; k++) out[k]! += (weight * v[k]!) / linked.length;
      }
      return unit(out);
    },
    /** How close sentence d comes to the query (0 to 1; 0 without an embedding). */
    closeness(d: number, q: Float32Array): number {
      return Math.max(0, dense!.cosine(d, q));
    },
    nearest(q: Float32Array, k: number, size: number, accept: (d: number) => boolean): Neighbour[] {
      return dense!.nearest(q, k, size, accept);
    },
  };
}
export type SentenceMeaning = ReturnType<typeof sentenceMeaningOver>;
