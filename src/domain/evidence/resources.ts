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
   * The Cache Storage cache that keeps the model's files once they have loaded (a browser): the
   * model then loads offline, without the service worker precaching 38 MB for every visitor.
   */
  cache?: string;
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
    const root = new URL(/* @vite-ignore */ '../../../public/', import.meta.url);
    return async (path) => new Uint8Array(await readFile(new URL(path, root)));
  }
  const base = options.baseUrl ?? '/';
  return async (path) => {
    const url = urlOf(base, path);
    const kept = options.cache ? await (await caches.open(options.cache)).match(url) : undefined;
    if (kept) return new Uint8Array(await kept.arrayBuffer());
    // Not through the HTTP cache (the files are kept in Cache Storage once they have worked). A
    // network failure is tried again twice (a flaky connection); an HTTP error is final.
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, { cache: 'no-store' });
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
const urlOf = (base: string, path: string) => (path.startsWith('/') ? path : `${base}${path}`);

/**
 * Keeps the files of a model that loaded in Cache Storage (so it loads offline from then on), and
 * drops whatever else that cache held (an earlier version's runtime). Only a model that passed its
 * probe is kept: a damaged download is fetched again next time, not kept for ever.
 */
async function keep(cache: string, files: ReadonlyArray<readonly [url: string, bytes: Uint8Array]>) {
  const store = await caches.open(cache);
  const wanted = new Set(files.map(([url]) => new URL(url, self.location.href).href));
  for (const request of await store.keys()) if (!wanted.has(request.url)) await store.delete(request);
  for (const [url, bytes] of files)
    if (!(await store.match(url))) await store.put(url, new Response(bytes as Uint8Array<ArrayBuffer>));
}

/** The shipped sentence model, or an error saying why it cannot be used. */
export async function loadSentenceModel(options: ResourceOptions = {}): Promise<SentenceModel> {
  const read = await reader(options);
  // The model's code (and its tokenizer library) loads with the model, not with the app.
  const { createSentenceModel, SHIPPED_MODEL } = await import('./sentence-model');
  const folder = `models/${SHIPPED_MODEL.folder}/`;
  // Not followed by the bundler: the browser build names its own runtime (`runtime`).
  const ortName = 'onnxruntime-web';
  const [model, tokenizerBytes, wasm, ort] = await Promise.all([
    read(`${folder}model.onnx`),
    read(`${folder}tokenizer.json`),
    options.wasmUrl ? read(options.wasmUrl) : null,
    options.runtime ? options.runtime() : (import(/* @vite-ignore */ ortName) as Promise<typeof Ort>),
  ]);
  // One thread: a worker of ours already runs beside the page, and threads need cross-origin isolation.
  ort.env.wasm.numThreads = 1;
  if (wasm) ort.env.wasm.wasmBinary = wasm;
  const tokenizer = JSON.parse(new TextDecoder().decode(tokenizerBytes)) as unknown;
  const loadedModel = await createSentenceModel({ model, tokenizer }, ort);
  if (options.cache) {
    const base = options.baseUrl ?? '/';
    await keep(options.cache, [
      [urlOf(base, `${folder}model.onnx`), model],
      [urlOf(base, `${folder}tokenizer.json`), tokenizerBytes],
      ...(wasm && options.wasmUrl ? [[options.wasmUrl, wasm] as const] : []),
    ]).catch(() => undefined); // Storage full or refused: the model works now, and is fetched next time.
  }
  return loadedModel;
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
