import type * as Ort from 'onnxruntime-web';
import { Tokenizer } from '@huggingface/tokenizers';
import { unit } from './dense-vectors';

/**
 * A sentence model: each text becomes one unit vector, and two texts that say the same thing in
 * other words ("Moscow needs to replenish its arsenals" / "output will be short of their needs") lie
 * close together. The app ships all-MiniLM-L6-v2 (public/models/, see its PROVENANCE.md), run by
 * ONNX Runtime's WebAssembly build in a worker, or under Node for the eval and benchmarks.
 */
export interface SentenceModel {
  /** The model's name, part of every stored embedding's key: another model's vectors never mix in. */
  readonly name: string;
  readonly dimensions: number;
  /** One unit vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** The shipped model: its folder under public/models/ and its name in stored embeddings. */
export const SHIPPED_MODEL: ModelSpec = {
  name: 'all-minilm-l6-v2-q',
  folder: 'all-minilm-l6-v2',
  dimensions: 384,
  pooling: 'mean',
};

/** How a model's files are named and read. */
export interface ModelSpec {
  name: string;
  folder: string;
  dimensions: number;
  /** How token states become one vector: their mean (MiniLM, E5) or the first token's (BGE). */
  pooling: 'mean' | 'cls';
  /** Put before every text (E5 expects "query: " on both sides of a symmetric task). */
  prefix?: string;
}

/**
 * Tokens read of a text: a news sentence is 20 to 60; the rare 300-token run-on sentence is read
 * for its first 128, where its main clause stands (and a batch of long texts costs quadratically).
 */
export const MAX_TOKENS = 128;
/** Texts run through the model at once: bigger batches pad more, smaller ones pay more per call. */
export const BATCH = 8;

/** The model's files as read from disk or the network. */
export interface SentenceModelFiles {
  model: Uint8Array;
  /** tokenizer.json, parsed. */
  tokenizer: unknown;
}

/**
 * Runs a BERT-style sentence model: WordPiece tokens (the model's own tokenizer.json), the last
 * hidden states averaged over the text's tokens, then normalised, as sentence-transformers does for
 * MiniLM. Checks the model answers with vectors of the expected size on a probe sentence, so a
 * wrong or damaged file is refused here rather than ranking nonsense later.
 */
export async function createSentenceModel(
  files: SentenceModelFiles,
  ort: typeof Ort,
  spec: ModelSpec = SHIPPED_MODEL,
): Promise<SentenceModel> {
  const tokenizer = new Tokenizer(files.tokenizer as object, {});
  const session = await ort.InferenceSession.create(files.model, { graphOptimizationLevel: 'all' });
  for (const input of ['input_ids', 'attention_mask'])
    if (!session.inputNames.includes(input)) throw new Error(`The sentence model has no ${input} input.`);
  const withTypes = session.inputNames.includes('token_type_ids');
  const output = session.outputNames[0]!;

  const ids = (text: string): number[] => {
    const all = tokenizer.encode((spec.prefix ?? '') + text).ids;
    // Keep [CLS] … and the closing [SEP] when cutting a long text.
    return all.length <= MAX_TOKENS ? all : [...all.slice(0, MAX_TOKENS - 1), all[all.length - 1]!];
  };

  async function batch(texts: readonly string[]): Promise<Float32Array[]> {
    const rows = texts.map(ids);
    const width = Math.max(...rows.map((r) => r.length));
    const size = rows.length * width;
    const inputIds = new BigInt64Array(size);
    const mask = new BigInt64Array(size);
    rows.forEach((r, i) =>
      r.forEach((id, j) => {
        inputIds[i * width + j] = BigInt(id);
        mask[i * width + j] = 1n;
      }),
    );
    const shape = [rows.length, width];
    const feeds: Record<string, Ort.Tensor> = {
      input_ids: new ort.Tensor('int64', inputIds, shape),
      attention_mask: new ort.Tensor('int64', mask, shape),
    };
    if (withTypes) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(size), shape);
    const result = await session.run(feeds);
    const hidden = result[output]!.data as Float32Array;
    const dims = hidden.length / size;
    if (dims !== spec.dimensions)
      throw new Error(`The sentence model gives ${dims} dimensions, not ${spec.dimensions}.`);
    return rows.map((r, i) => {
      const v = new Float32Array(dims);
      for (let j = 0; j < (spec.pooling === 'cls' ? 1 : r.length); j++) {
        const at = (i * width + j) * dims;
        for (let k = 0; k < dims; k++) v[k]! += hidden[at + k]!;
      }
      return unit(v);
    });
  }

  // One run at a time: the WebAssembly session cannot run two at once (the worker's reading and a
  // claim's ranking both embed).
  let queue: Promise<unknown> = Promise.resolve();
  const model: SentenceModel = {
    name: spec.name,
    dimensions: spec.dimensions,
    embed(texts) {
      const run = queue.then(() => embedAll(texts));
      queue = run.catch(() => undefined);
      return run;
    },
  };
  async function embedAll(texts: readonly string[]): Promise<Float32Array[]> {
    // Similar lengths together, so a batch pads little; answers go back in the order asked.
    const order = texts.map((t, i) => ({ i, n: t.length })).sort((a, b) => a.n - b.n);
    const out: Float32Array[] = new Array<Float32Array>(texts.length);
    for (let at = 0; at < order.length; at += BATCH) {
      const part = order.slice(at, at + BATCH);
      const vectors = await batch(part.map((p) => texts[p.i]!));
      part.forEach((p, j) => (out[p.i] = vectors[j]!));
    }
    return out;
  }
  const [probe] = await model.embed(['The two leaders met at the cosmodrome.']);
  if (!probe || !probe.every(Number.isFinite)) throw new Error('The sentence model gives no usable vector.');
  return model;
}
