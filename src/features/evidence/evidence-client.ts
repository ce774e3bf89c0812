import { dossierWorkerName } from '../../db/dossiers';
import type { MeaningStatus } from '../../services/evidence-meaning';
import type {
  EquivalentsResponse,
  EvidenceRequest,
  EvidenceResponse,
  FoundResponse,
  MeaningResponse,
  RankQuery,
  SentenceView,
} from './evidence-protocol';

/**
 * The page's side of the evidence worker: one worker per tab, fed the dossier's sentences when they
 * change, asked for rankings. Answers arrive in order, so a ranking asked after an index update is
 * computed on the new index.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: EvidenceResponse | EquivalentsResponse | FoundResponse) => void>();
let indexedVersion = -1;

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./evidence.worker.ts', import.meta.url), {
      type: 'module',
      name: dossierWorkerName(),
    });
    worker.onmessage = (
      e: MessageEvent<EvidenceResponse | EquivalentsResponse | FoundResponse | MeaningResponse>,
    ) => {
      if (e.data.type === 'meaning') {
        meaning = e.data.status;
        for (const l of listeners) l();
        return;
      }
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
  }
  return worker;
}

function send(m: EvidenceRequest) {
  getWorker().postMessage(m);
}

/** Tells the worker the dossier changed (ignored when it knows this version already). */
export function indexDossier(version: number): void {
  if (version === indexedVersion) return;
  indexedVersion = version;
  send({ type: 'index', version });
}

/** Ranks suggestions and the Contradicts lane for a claim on the latest index. */
export function rankEvidence(query: RankQuery): Promise<EvidenceResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve(r as EvidenceResponse));
    send({ type: 'rank', id, ...query });
  });
}

/** Groups the claims that state the same thing, on the latest index. */
export function findEquivalents(): Promise<string[][]> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve((r as EquivalentsResponse).groups));
    send({ type: 'equivalents', id });
  });
}

/** Sentences of the dossier holding every word of the query (at most `limit`), on the latest index. */
export function findInDossier(
  query: string,
  limit: number,
): Promise<{ total: number; hits: SentenceView[] }> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve(r as FoundResponse));
    send({ type: 'find', id, query, limit });
  });
}

/** Where reading for meaning stands, as the worker last said. */
let meaning: MeaningStatus = { state: 'waiting', done: 0, total: 0 };
const listeners = new Set<() => void>();
let meaningStarted = false;

/** Asks the worker to fetch the sentence model and read the dossier for meaning (once per tab). */
export function startMeaning(): void {
  if (meaningStarted) return;
  meaningStarted = true;
  send({ type: 'meaning' });
}

/** Holds reading for meaning while a long job runs on the page (it would take a core from it). */
export function pauseMeaning(paused: boolean): void {
  if (meaningStarted) send({ type: 'meaning-pause', paused });
}

/** Tells the worker the page is idle: it may read the next few sentences for meaning. */
export function grantMeaning(): void {
  if (meaningStarted) send({ type: 'meaning-idle' });
}

/** The page is hidden (nobody works in it: reading goes straight on) or visible again. */
export function hiddenMeaning(hidden: boolean): void {
  if (meaningStarted) send({ type: 'meaning-hidden', hidden });
}

/** For useSyncExternalStore: the status and a way to hear of its changes. */
export const meaningStore = {
  get: (): MeaningStatus => meaning,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
