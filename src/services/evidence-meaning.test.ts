import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorroborateDB } from '../db/db';
import { seedWorkbench } from '../db/articles-repo';
import { bundledArticleFiles } from '../testing/articles';
import type { SentenceModel } from '../domain/evidence';
import { unit } from '../domain/evidence/dense-vectors';
import { textHash } from '../domain/content-hash';
import { prepareArticle } from './prepare-article';
import { syncEvidenceIndex, type IndexState } from './evidence-sync';
import { createMeaningReader, MAX_CREDITS, STEP, type MeaningStatus } from './evidence-meaning';
import { LEARN_TURN } from '../domain/evidence/index-learning';

/** A stand-in model: a fixed vector per text (from its hash), counting the texts it embeds. */
function fakeModel(options: { failAfter?: number } = {}) {
  let embedded = 0;
  const model: SentenceModel & { embedded: () => number } = {
    name: 'fake-model',
    dimensions: 8,
    async embed(texts) {
      if (options.failAfter !== undefined && embedded >= options.failAfter)
        throw new Error('the tab was closed');
      embedded += texts.length;
      return texts.map((t) => {
        const h = textHash(t);
        return unit(Float32Array.from({ length: 8 }, (_, k) => h.charCodeAt(k % h.length) - 60));
      });
    },
    embedded: () => embedded,
  };
  return model;
}

let db: CorroborateDB;
let n = 0;
beforeEach(async () => {
  db = new CorroborateDB(`evidence-meaning-${++n}`);
  await db.open();
  const prepared = await Promise.all(bundledArticleFiles().map((f) => prepareArticle(f.fileName, f.raw)));
  await seedWorkbench(db, prepared);
});
afterEach(() => db.delete());

async function indexed(): Promise<IndexState> {
  const state: IndexState = { index: null, built: {} };
  await syncEvidenceIndex(db, state);
  return state;
}
const packs = async () => (await db.embeddingPacks.toArray()).reduce((k, p) => k + p.hashes.length, 0);
const distinctTexts = (state: IndexState) =>
  new Set(state.index!.toJSON().sentences.map(([, , , text]) => textHash(text))).size;

describe('reading a dossier for meaning', () => {
  it('embeds every sentence a step at a time, stores each step, and says how far it is', async () => {
    const state = await indexed();
    const distinct = distinctTexts(state);
    const model = fakeModel();
    const said: MeaningStatus[] = [];
    const reader = createMeaningReader(
      db,
      async () => model,
      (s) => said.push(s),
    );
    await reader.start(() => state.index);
    const size = state.index!.size;
    expect(state.index!.embedded).toBe(size);
    expect(state.index!.byMeaning).toBe(true);
    // A reprinted sentence is read once; every distinct text is stored.
    expect(model.embedded()).toBe(distinct);
    expect(await packs()).toBe(distinct);
    expect(said[0]).toMatchObject({ state: 'loading' });
    const reading = said.filter((s) => s.state === 'reading');
    expect(reading.length).toBe(Math.ceil(distinct / STEP));
    expect(reading.map((s) => s.done)).toEqual([...reading.map((s) => s.done)].sort((a, b) => a - b));
    expect(said.at(-1)).toEqual({ state: 'ready', done: size, total: size });
  });

  it('resumes after a reload: what was stored is not read again', async () => {
    const state = await indexed();
    const distinct = distinctTexts(state);
    // The first tab stops after two steps (closed mid-way).
    const first = fakeModel({ failAfter: 2 * STEP });
    const said: MeaningStatus[] = [];
    await createMeaningReader(
      db,
      async () => first,
      (s) => said.push(s),
    ).start(() => state.index);
    expect(said.at(-1)).toMatchObject({ state: 'unavailable', problem: 'the tab was closed' });
    const kept = await packs();
    expect(kept).toBe(2 * STEP);

    // Reopened: a new index, a new reader; only the rest is embedded.
    const again = await indexed();
    const second = fakeModel();
    await createMeaningReader(
      db,
      async () => second,
      () => {},
    ).start(() => again.index);
    expect(second.embedded()).toBe(distinct - kept);
    expect(again.index!.embedded).toBe(again.index!.size);
    // And a third opening reads nothing at all.
    const third = fakeModel();
    const state3 = await indexed();
    await createMeaningReader(
      db,
      async () => third,
      () => {},
    ).start(() => state3.index);
    expect(third.embedded()).toBe(0);
    expect(state3.index!.embedded).toBe(state3.index!.size);
  });

  it('waits while the page runs a long job, and goes on when it ends', async () => {
    const state = await indexed();
    const model = fakeModel();
    const reader = createMeaningReader(
      db,
      async () => model,
      () => {},
    );
    reader.pause(true);
    const done = reader.start(() => state.index);
    // Watched for long enough that every step would have run (the whole read takes ~0.1 s here).
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(model.embedded()).toBe(0);
    expect(await packs()).toBe(0);
    reader.pause(false);
    await done;
    expect(state.index!.embedded).toBe(state.index!.size);
  });

  it('gated, reads a step per go-ahead from the idle page, and straight on when the page is hidden', async () => {
    const state = await indexed();
    const model = fakeModel();
    const reader = createMeaningReader(
      db,
      async () => model,
      () => {},
      { gated: true },
    );
    const done = reader.start(() => state.index);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    await settle();
    expect(model.embedded()).toBe(0);
    reader.grant();
    await settle();
    expect(model.embedded()).toBe(STEP);
    // Go-aheads do not pile up: three at once allow MAX_CREDITS steps.
    reader.grant();
    reader.grant();
    reader.grant();
    await settle();
    expect(model.embedded()).toBe((1 + MAX_CREDITS) * STEP);
    reader.ungate(true);
    await done;
    expect(state.index!.embedded).toBe(state.index!.size);
  });

  it('shares its go-ahead with learning: the claims learning needs are read by the model a turn at a time, then learn reads none', async () => {
    const state = await indexed();
    const model = fakeModel();
    const reader = createMeaningReader(
      db,
      async () => model,
      () => {},
      { gated: true },
    );
    void reader.start(() => state.index);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    await settle();
    const index = state.index!;
    // Twenty claims, each part of a sentence (no stored embedding), each with one link.
    const examples = Array.from({ length: 20 }, (_, i) => ({
      claim: { articleId: 'elsewhere', text: `Claim number ${i} about artillery shells` },
      sentenceId: index.toJSON().sentences[i]![0],
      relation: 'supports' as const,
    }));
    const reading = index.readClaims(examples, reader.turn)!;
    expect(reading).not.toBeNull();
    await settle();
    // No go-ahead yet: neither reading nor learning has used the model.
    expect(model.embedded()).toBe(0);
    reader.grant();
    await settle();
    // One go-ahead: one turn, taken by reading (STEP sentences) or learning (LEARN_TURN claims).
    expect([STEP, LEARN_TURN]).toContain(model.embedded());
    reader.ungate(true);
    await reading;
    const before = model.embedded();
    await index.learn(examples);
    expect(model.embedded()).toBe(before);
    expect(index.readClaims(examples, reader.turn)).toBeNull();
  });

  it('a model that cannot be loaded leaves the ranking by words and says why', async () => {
    const state = await indexed();
    const said: MeaningStatus[] = [];
    const reader = createMeaningReader(
      db,
      () => Promise.reject(new Error('model.onnx: HTTP 404')),
      (s) => said.push(s),
    );
    await reader.start(() => state.index);
    expect(said.at(-1)).toMatchObject({ state: 'unavailable', problem: 'model.onnx: HTTP 404' });
    expect(state.index!.byMeaning).toBe(false);
    expect(
      (await state.index!.rank({ articleId: 'x', text: 'artillery shells for Russia' })).length,
    ).toBeGreaterThan(0);
    expect(await packs()).toBe(0);
  });
});
