import type * as Ort from 'onnxruntime-web';
import { readWordVectors, type WordVectors } from './word-vectors';
import type { SentenceModel } from './sentence-model';

/**
 * What ranking by meaning needs beyond the dossier: the word vectors (public/word-vectors.bin) and
 * the sentence model (public/models/). Each may be missing (a first visit offline, a cut download, a
 * damaged file): the ranking then does without it, and `problems` says why in words for the user.
 */
export interface EvidenceResources {
  vectors: WordVectors | null;
  model: SentenceModel | null;
  problems: string[];
}

/** Where the files are read from: the app's own origin in a browser, the repository under Node. */
export interface ResourceOptions {
  /** The app's base URL (a browser); ignored under Node. */
  baseUrl?: string;
  /** Where ONNX Runtime's .wasm file is served (a browser build); Node finds its own. */
  wasmUrl?: string;
  /**
   * ONNX Runtime as the bundle should have it (a browser: its WebAssembly-only build, imported where
   * the bundler sees it); by default the package's own entry, as Node resolves it.
   */
  runtime?: () => Promise<typeof Ort>;
  /** Leave out the word vectors or the model. */
  vectors?: boolean;
  model?: boolean;
}

type Read = (path: string) => Promise<Uint8Array>;

const isNode = () =>
  typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';

/** Reads a file of public/ (Node: from the repository; a browser or worker: from the origin). */
async function reader(options: ResourceOptions): Promise<Read> {
  if (isNode() && !options.baseUrl) {
    // Kept from the browser bundle: a variable specifier is not followed by the bundler.
    const fsName = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    const root = new URL('../../../public/', import.meta.url);
    return async (path) => new Uint8Array(await readFile(new URL(path, root)));
  }
  const base = options.baseUrl ?? '/';
  return async (path) => {
    // Not through the HTTP cache: the service worker keeps these files, and a first visit's worker
    // fetching a file the service worker is precaching at that moment may fail to write the cache.
    // A network failure is tried again twice (a flaky connection); an HTTP error is final.
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, { cache: 'no-store' });
      } catch (e) {
        if (attempt >= 2) throw e;
        await new Promise((resolve) => setTimeout(resolve, 500 * 3 ** attempt));
        continue;
      }
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }
  };
}

/** The shipped sentence model, or an error saying why it cannot be used. */
export async function loadSentenceModel(options: ResourceOptions = {}): Promise<SentenceModel> {
  const read = await reader(options);
  // The model's code (and its tokenizer library) loads with the model, not with the app.
  const { createSentenceModel, SHIPPED_MODEL } = await import('./sentence-model');
  const folder = `models/${SHIPPED_MODEL.folder}/`;
  // Not followed by the bundler: the browser build names its own runtime (`runtime`).
  const ortName = 'onnxruntime-web';
  const [model, tokenizer, ort] = await Promise.all([
    read(`${folder}model.onnx`),
    read(`${folder}tokenizer.json`).then((b) => JSON.parse(new TextDecoder().decode(b)) as unknown),
    options.runtime ? options.runtime() : (import(/* @vite-ignore */ ortName) as Promise<typeof Ort>),
  ]);
  // One thread: a worker of ours already runs beside the page, and threads need cross-origin isolation.
  ort.env.wasm.numThreads = 1;
  if (options.wasmUrl) ort.env.wasm.wasmPaths = { wasm: options.wasmUrl };
  return createSentenceModel({ model, tokenizer }, ort);
}

let loaded: Promise<EvidenceResources> | null = null;

/**
 * Loads the word vectors and the sentence model (once; later calls share the first load). Under
 * Node (tsx) the files come from the repository, so the ranking the app uses can be scored outside
 * the browser; an index created without resources of its own uses these once they are loaded.
 */
export function loadEvidenceResources(options: ResourceOptions = {}): Promise<EvidenceResources> {
  loaded ??= (async () => {
    const problems: string[] = [];
    const read = await reader(options);
    const [vectors, model] = await Promise.all([
      options.vectors === false
        ? null
        : read('word-vectors.bin')
            .then((b) =>
              readWordVectors(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer),
            )
            .catch((e: unknown) => {
              problems.push(`Word vectors unavailable (${message(e)}).`);
              return null;
            }),
      options.model === false
        ? null
        : loadSentenceModel(options).catch((e: unknown) => {
            problems.push(`Sentence model unavailable (${message(e)}).`);
            return null;
          }),
    ]);
    return { vectors, model, problems };
  })();
  const result = loaded;
  void result.then((r) => (current = r));
  return result;
}

/** The resources loaded so far (null before `loadEvidenceResources` has finished). */
export function loadedResources(): EvidenceResources | null {
  return current;
}
let current: EvidenceResources | null = null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
