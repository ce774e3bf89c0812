/// <reference lib="webworker" />
/**
 * The evidence index, off the main thread: built from IndexedDB directly (texts never pass through
 * the page), grown as articles arrive, stored in IndexedDB so a reopened dossier loads it instead of
 * rebuilding, and asked for rankings, contradictions and equivalent claims.
 */
import type { LearningExample, RankedEvidence } from '../../domain/evidence';
import { db } from '../../db/db';
import { syncEvidenceIndex, type IndexState } from '../../services/evidence-sync';
import type {
  EquivalentsResponse,
  EvidenceRequest,
  EvidenceResponse,
  SentenceView,
} from './evidence-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const state: IndexState = { index: null, built: {} };
let version = -1;
let examples: LearningExample[] = [];
/** Requests wait for the index of the version they were sent after. */
let ready: Promise<void> = Promise.resolve();

/** Brings the index in step with the database, then applies what was learned to it. */
async function sync(): Promise<void> {
  if ((await syncEvidenceIndex(db, state)) !== 'unchanged') state.index?.learn(examples);
}

/** Where a suggested sentence is, for showing and linking it. */
function view(r: RankedEvidence): SentenceView | null {
  const s = state.index?.sentence(r.id);
  if (!s) return null;
  const start = Number(r.id.slice(r.id.lastIndexOf(':') + 1));
  return { articleId: s.articleId, text: s.text, start, end: start + [...s.text].length };
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
  if (m.type === 'learn') {
    examples = m.examples;
    ready = ready.then(() => state.index?.learn(examples));
    return;
  }
  void ready.then(() => {
    const index = state.index;
    if (m.type === 'equivalents') {
      const reply: EquivalentsResponse = {
        type: 'equivalents',
        id: m.id,
        groups: index ? index.equivalents(m.claims) : [],
      };
      scope.postMessage(reply);
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
      ? index.suggest(m.claim, { ...options, limit: m.limit, contradictions: m.contradictions })
      : { best: [], contradictions: [], total: 0 };
    const reply: EvidenceResponse = {
      type: 'ranked',
      id: m.id,
      version,
      best: found.best.flatMap(withView),
      contradictions: found.contradictions.flatMap(withView),
      total: found.total,
    };
    scope.postMessage(reply);
  });
};
