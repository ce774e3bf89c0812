/// <reference lib="webworker" />
/**
 * The evidence index, off the main thread: built from IndexedDB directly (texts never pass through
 * the page), grown as articles arrive, stored in IndexedDB so a reopened dossier loads it instead of
 * rebuilding, and asked for rankings, contradictions and equivalent claims.
 */
import type { LearningExample, RankedEvidence, WordVectors } from '../../domain/evidence';
import { db } from '../../db/db';
import { follow } from '../../db/follow';
import { syncEvidenceIndex, type IndexState } from '../../services/evidence-sync';
import { loadWordVectors } from '../../services/word-vectors';
import { createMeaningReader } from '../../services/evidence-meaning';
import { loadSentenceModel } from '../../domain/evidence';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import type {
  EquivalentsResponse,
  EvidenceRequest,
  FoundResponse,
  EvidenceResponse,
  MeaningResponse,
  SentenceView,
} from './evidence-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const state: IndexState = { index: null, built: {} };
let version = -1;
let examples: LearningExample[] = [];
/** Word vectors for matching by meaning (null: words only), given to the index when they come. */
let vectors: WordVectors | null = null;
let vectorsLoaded: Promise<void> | null = null;
/** How long the first ranking waits for the word vectors: a slow first visit must not hold it up. */
const VECTORS_WAIT_MS = 3000;
/**
 * The word vectors are read when suggestions are first asked for, not when the worker starts: a
 * reopen or a restore is busy then, and 3 MB read beside it would slow it down.
 */
function withVectors(): Promise<void> {
  vectorsLoaded ??= loadWordVectors().then((v) => {
    vectors = v;
    state.index?.useVectors(v);
  });
  return Promise.race([vectorsLoaded, new Promise<void>((resolve) => setTimeout(resolve, VECTORS_WAIT_MS))]);
}
/**
 * Reading for meaning: the sentence model, fetched when the page says it is idle, and the
 * sentences' embeddings, kept in IndexedDB. Rankings use what is read so far.
 */
const meaning = createMeaningReader(
  db,
  () =>
    loadSentenceModel({
      baseUrl: import.meta.env.BASE_URL,
      wasmUrl,
      cache: 'corroborate-sentence-model',
      runtime: () => import('onnxruntime-web/wasm'),
    }),
  (status) => {
    const reply: MeaningResponse = { type: 'meaning', status };
    scope.postMessage(reply);
  },
  { gated: true, attached: () => learnLater() },
);
/** Requests wait for the index of the version they were sent after. */
let ready: Promise<void> = Promise.resolve();

/** Brings the index in step with the database, then applies what was learned to it. */
async function sync(): Promise<void> {
  const before = state.index;
  if ((await syncEvidenceIndex(db, state)) === 'unchanged') return;
  // A grown index keeps its vectors (and the sentences' words already read); a new one is given them.
  if (state.index !== before) state.index?.useVectors(vectors);
  // Learning waits in line with rankings only when the model has no claim to read for it.
  if (!learnLater()) await state.index?.learn(examples);
  void meaning.update(() => state.index);
}

/**
 * When the index's learning needs claims read by the model (up to 200 after the model arrives or
 * the index is rebuilt, about 4 s), they are read in the page's idle moments, outside the queue of
 * rankings (which use what was learned before meanwhile), then learning is queued; returns false
 * when nothing needs reading (learn at once).
 */
function learnLater(): boolean {
  const index = state.index;
  const reading = index?.readClaims(examples, meaning.turn);
  if (!reading) return false;
  const these = examples;
  void reading.then(
    () => {
      if (state.index === index && examples === these) ready = ready.then(() => index!.learn(these));
    },
    (e: unknown) => console.error('Claims could not be read for learning', e),
  );
  return true;
}

/** Where a suggested sentence is, for showing and linking it. */
function view(r: { id: string }): SentenceView | null {
  const s = state.index?.sentence(r.id);
  if (!s) return null;
  const start = Number(r.id.slice(r.id.lastIndexOf(':') + 1));
  return { articleId: s.articleId, text: s.text, start, end: start + [...s.text].length };
}

/** The ranking learns from the links and dismissals of the claims worked on most recently. */
const LEARN_FROM_CLAIMS = 200;

/** The latest links and dismissals with their claims' text, read here (never on the page). */
async function readExamples(): Promise<LearningExample[]> {
  const [links, dismissals] = await Promise.all([db.links.toArray(), db.dismissals.toArray()]);
  const latest = new Map<string, number>();
  for (const x of [...links, ...dismissals])
    latest.set(x.claimId, Math.max(latest.get(x.claimId) ?? 0, x.createdAt));
  const ids = [...latest.keys()].sort((a, b) => latest.get(b)! - latest.get(a)!).slice(0, LEARN_FROM_CLAIMS);
  const claims = new Map(
    (await db.claims.bulkGet(ids)).flatMap((c) =>
      c ? [[c.id, { articleId: c.articleId, text: c.selector.quote.exact }] as const] : [],
    ),
  );
  return [
    ...links.flatMap((l) => {
      const claim = claims.get(l.claimId);
      return claim ? [{ claim, sentenceId: l.sentenceKey, relation: l.relation }] : [];
    }),
    ...dismissals.flatMap((d) => {
      const claim = claims.get(d.claimId);
      return claim ? [{ claim, sentenceId: d.sentenceKey, relation: 'dismissed' as const }] : [];
    }),
  ];
}

let learnedKey = '';
follow(
  readExamples,
  (found) => {
    const key = JSON.stringify(found);
    if (key === learnedKey) return;
    learnedKey = key;
    examples = found;
    if (!learnLater()) ready = ready.then(() => state.index?.learn(examples));
  },
  (e: unknown) => console.error('Learning examples could not be read', e),
);

/** Every claim's text, for grouping equivalent claims. */
async function readClaimTexts() {
  const out: Array<{ id: string; articleId: string; text: string }> = [];
  await db.claims.each((c) => out.push({ id: c.id, articleId: c.articleId, text: c.selector.quote.exact }));
  return out;
}

scope.onmessage = (event: MessageEvent<EvidenceRequest>) => {
  const m = event.data;
  if (m.type === 'index') {
    ready = ready.then(sync).then(
      () => {
        version = m.version;
      },
      (e: unknown) => console.error('Evidence index failed', e),
    );
    return;
  }
  if (m.type === 'meaning-pause') {
    meaning.pause(m.paused);
    return;
  }
  if (m.type === 'meaning-idle') {
    meaning.grant();
    return;
  }
  if (m.type === 'meaning-hidden') {
    meaning.ungate(m.hidden);
    return;
  }
  if (m.type === 'meaning') {
    // Reading needs the index: built (or loaded) now if no suggestion has been asked for yet.
    ready = ready.then(sync).catch((e: unknown) => console.error('Evidence index failed', e));
    void ready.then(() => meaning.start(() => state.index));
    return;
  }
  if (m.type === 'rank' && !vectorsLoaded) ready = ready.then(withVectors);
  void ready.then(async () => {
    const index = state.index;
    if (m.type === 'find') {
      const found = index ? index.find(m.query, m.limit) : { total: 0, hits: [] };
      const reply: FoundResponse = {
        type: 'found',
        id: m.id,
        total: found.total,
        hits: found.hits.flatMap((h) => {
          const v = view(h);
          return v ? [v] : [];
        }),
      };
      scope.postMessage(reply);
      return;
    }
    if (m.type === 'equivalents') {
      void readClaimTexts().then((claims) => {
        const reply: EquivalentsResponse = {
          type: 'equivalents',
          id: m.id,
          groups: state.index ? state.index.equivalents(claims) : [],
        };
        scope.postMessage(reply);
      });
      return;
    }
    const options = {
      linked: m.linked,
      like: m.like,
      dismissed: m.dismissed,
      ...(m.articleId ? { articleId: m.articleId } : {}),
    };
    const withView = <R extends RankedEvidence>(r: R) => {
      const sentence = view(r);
      return sentence && index ? [{ ...r, cues: index.cues(r.id), sentence }] : [];
    };
    const found = index
      ? await index.suggest(m.claim, { ...options, limit: m.limit, contradictions: m.contradictions })
      : { best: [], contradictions: [], total: 0 };
    const reply: EvidenceResponse = {
      type: 'ranked',
      id: m.id,
      version,
      best: found.best.flatMap(withView),
      contradictions: found.contradictions.flatMap(withView),
      total: found.total,
      byMeaning: index?.byMeaning ?? false,
      read: { embedded: index?.embedded ?? 0, of: index?.size ?? 0 },
    };
    scope.postMessage(reply);
  });
};
