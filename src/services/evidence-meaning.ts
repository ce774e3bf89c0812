import { textHash } from '../domain/content-hash';
import type { EvidenceIndex, SentenceModel } from '../domain/evidence';
import type { CorroborateDB } from '../db/db';
import {
  dequantise,
  quantise,
  readEmbeddings,
  saveEmbeddings,
  type StoredEmbedding,
} from '../db/embeddings-repo';

/** Where reading for meaning stands, as the evidence panel says it. */
export interface MeaningStatus {
  /**
   * waiting: not started (the app is not idle yet); loading: the model is being fetched; reading:
   * sentences are being embedded; ready: every sentence has its embedding; unavailable: the model
   * could not be had (`problem` says why) and suggestions match by words.
   */
  state: 'waiting' | 'loading' | 'reading' | 'ready' | 'unavailable';
  done: number;
  total: number;
  problem?: string;
}

/**
 * Sentences embedded between two looks at the worker's other messages and at a pause: about 0.1 s
 * of the model here, so a key pressed while a step runs shares the two cores for that long at most
 * (steps of 8 cost a big dossier's keystroke 40 ms more, a sort 60 ms).
 */
export const STEP = 4;
/** Go-aheads kept at most: reading never runs more than this many steps past the page's last idle moment. */
export const MAX_CREDITS = 1;

/**
 * Reads the dossier's sentences for meaning, in the evidence worker: loads the model once, gives the
 * index the embeddings kept in IndexedDB (by text hash), embeds the rest a step at a time, storing
 * each step as it goes (so a reload resumes where it stopped) and letting rankings through between
 * steps. Reports where it stands after every step.
 */
export function createMeaningReader(
  db: CorroborateDB,
  load: () => Promise<SentenceModel>,
  report: (status: MeaningStatus) => void,
  /**
   * Gated: each step waits for a go-ahead (`grant`), which the page gives when it is idle, so the
   * worker reads only while the page has nothing to do (off: reads straight on, as tests and Node do).
   */
  options: {
    gated?: boolean;
    /** An index was given the model (its learning must read its claims again). */
    attached?: (index: EvidenceIndex) => void;
  } = {},
) {
  let model: Promise<SentenceModel | null> | null = null;
  let status: MeaningStatus = { state: 'waiting', done: 0, total: 0 };
  let stored: Map<string, StoredEmbedding> | null = null;
  const attached = new WeakSet<EvidenceIndex>();
  let running: Promise<void> | null = null;
  let again = false;
  /**
   * While the page runs a long job (an import, a restore, an export) or the user is at work on it,
   * reading waits: on two cores it would take one from them.
   */
  let paused = false;
  /** Those waiting for reading to go on (the reading loop, the learner's `turn`). */
  let waiting: Array<() => void> = [];
  /** Steps the page has allowed (gated mode), at most MAX_CREDITS ahead. */
  let credits = 0;
  let gated = options.gated ?? false;
  const wake = () => {
    const woken = waiting;
    waiting = [];
    for (const w of woken) w();
  };
  /** Waits until a step may run (not paused; a go-ahead when gated) and takes its go-ahead. */
  async function turn(): Promise<void> {
    while (paused || (gated && credits <= 0)) await new Promise<void>((resolve) => waiting.push(resolve));
    if (gated) credits--;
  }
  const say = (s: MeaningStatus) => {
    status = s;
    report(s);
  };

  /** Each index's sentences still to read, with their text hashes, and how far reading got. */
  const queues = new WeakMap<
    EvidenceIndex,
    { items: Array<{ id: string; text: string; hash: string }>; at: number; size: number }
  >();
  /** The index's queue, made again when the index has grown (articles added). */
  function queueOf(index: EvidenceIndex) {
    let queue = queues.get(index);
    if (!queue || queue.size !== index.size) {
      queue = {
        items: index.missingEmbeddings().map((s) => ({ id: s.id, text: s.text, hash: textHash(s.text) })),
        at: 0,
        size: index.size,
      };
      queues.set(index, queue);
    }
    return queue;
  }

  /** Gives a new index the model and every stored embedding of its sentences. */
  function attach(index: EvidenceIndex, m: SentenceModel) {
    if (attached.has(index)) return;
    attached.add(index);
    index.useModel(m);
    const found: Array<[string, Float32Array]> = [];
    for (const s of index.missingEmbeddings()) {
      const e = stored!.get(textHash(s.text));
      if (e) found.push([s.id, dequantise(e)]);
    }
    index.addEmbeddings(found);
    options.attached?.(index);
  }

  async function step(current: () => EvidenceIndex | null): Promise<void> {
    const m = await model;
    if (!m) return;
    stored ??= await readEmbeddings(db, m.name);
    for (;;) {
      // The index has the model and the stored embeddings at once; reading the rest waits its turn.
      const first = current();
      if (!first) return;
      attach(first, m);
      await turn();
      const index = current();
      if (!index) return;
      attach(index, m);
      const queue = queueOf(index);
      const total = index.size;
      if (queue.at >= queue.items.length) {
        say({ state: 'ready', done: total, total });
        return;
      }
      say({ state: 'reading', done: index.embedded, total });
      // Sentences whose text was read already (a reprint, an earlier step) take its embedding; the
      // next STEP distinct texts are read. A reprinted sentence is read once. The queue is walked, not
      // searched: a step costs its own sentences, not the dossier's.
      const known: Array<[string, Float32Array]> = [];
      const byHash = new Map<string, { text: string; ids: string[] }>();
      while (queue.at < queue.items.length && byHash.size < STEP) {
        const s = queue.items[queue.at++]!;
        const e = stored!.get(s.hash);
        if (e) known.push([s.id, dequantise(e)]);
        else if (byHash.has(s.hash)) byHash.get(s.hash)!.ids.push(s.id);
        else byHash.set(s.hash, { text: s.text, ids: [s.id] });
      }
      index.addEmbeddings(known);
      const hashes = [...byHash.keys()];
      if (!hashes.length) continue;
      const vectors = await m.embed(hashes.map((h) => byHash.get(h)!.text));
      await saveEmbeddings(
        db,
        m.name,
        hashes.map((h, i) => [h, vectors[i]!] as const),
      );
      hashes.forEach((h, i) => stored!.set(h, quantise(vectors[i]!)));
      index.addEmbeddings(
        hashes.flatMap((h, i) => byHash.get(h)!.ids.map((id) => [id, vectors[i]!] as const)),
      );
      // Let the worker answer what was asked meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  return {
    /** Loads the model (once) and reads every sentence the index lacks. */
    start(current: () => EvidenceIndex | null): Promise<void> {
      if (!model) {
        say({ state: 'loading', done: 0, total: current()?.size ?? 0 });
        model = load().catch((e: unknown) => {
          say({
            state: 'unavailable',
            done: 0,
            total: current()?.size ?? 0,
            problem: e instanceof Error ? e.message : String(e),
          });
          return null;
        });
      }
      return this.update(current);
    },
    /** The index changed (grown or rebuilt): read what it lacks, once the model is there. */
    update(current: () => EvidenceIndex | null): Promise<void> {
      if (!model) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            await step(current);
          } while (again);
        } catch (e) {
          say({ ...status, state: 'unavailable', problem: e instanceof Error ? e.message : String(e) });
        } finally {
          running = null;
        }
      })();
      return running;
    },
    /** Holds reading between two steps (true) or lets it go on (false). */
    pause(hold: boolean): void {
      paused = hold;
      if (!hold) wake();
    },
    /** The page is idle: one more step may run (gated mode). */
    grant(): void {
      credits = Math.min(MAX_CREDITS, credits + 1);
      wake();
    },
    /** Reads straight on without go-aheads (the page is hidden: nobody is using it), or waits for them again. */
    ungate(free: boolean): void {
      gated = !free && (options.gated ?? false);
      wake();
    },
    /**
     * Waits for the same go-ahead a step of reading takes: other background work on the model (the
     * learner reading its claims) shares the page's idle moments with reading.
     */
    turn,
    get status(): MeaningStatus {
      return status;
    },
  };
}
