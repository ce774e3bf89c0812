import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorroborateDB } from '../db/db';
import { addArticles, seedWorkbench, updateArticleDetails } from '../db/articles-repo';
import { bundledArticleFiles } from '../testing/articles';
import { prepareArticle } from './prepare-article';
import { syncEvidenceIndex, type IndexState } from './evidence-sync';

let db: CorroborateDB;
let n = 0;
beforeEach(async () => {
  db = new CorroborateDB(`evidence-sync-${++n}`);
  await db.open();
  const prepared = await Promise.all(bundledArticleFiles().map((f) => prepareArticle(f.fileName, f.raw)));
  await seedWorkbench(db, prepared);
});
afterEach(() => db.delete());

const claim = {
  articleId: '000_54f2a63d9830d19a',
  text: 'Kim was poised to offer the Kremlin artillery shells',
};

describe('the evidence index kept in IndexedDB', () => {
  it('is built from the database, stored, and loaded again on reopen, ranking the same', async () => {
    const first: IndexState = { index: null, built: {} };
    expect(await syncEvidenceIndex(db, first)).toBe('rebuilt');
    expect(await syncEvidenceIndex(db, first)).toBe('unchanged');
    const ranked = await first.index!.rank(claim, { limit: 10 });
    expect(ranked.length).toBe(10);

    // A new worker (a reopened tab) loads the stored index instead of building it.
    const reopened: IndexState = { index: null, built: {} };
    expect(await syncEvidenceIndex(db, reopened)).toBe('loaded');
    expect(await reopened.index!.rank(claim, { limit: 10 })).toEqual(ranked);
    expect(reopened.index!.size).toBe(first.index!.size);
  });

  it('adds a new article on its own, and rebuilds when an outlet changes', async () => {
    const state: IndexState = { index: null, built: {} };
    await syncEvidenceIndex(db, state);
    const size = state.index!.size;
    await addArticles(db, [
      await prepareArticle(
        'new.txt',
        'Shells for Moscow\n\nNorth Korea loaded artillery shells onto trains bound for Russia.',
      ),
    ]);
    expect(await syncEvidenceIndex(db, state)).toBe('grown');
    expect(state.index!.size).toBe(size + 1);
    expect((await state.index!.rank(claim, { limit: 40 })).map((r) => r.id)).toContainEqual(
      expect.stringMatching(/^new/),
    );

    await updateArticleDetails(db, '002_383763b22105bda2', {
      headline: 'Kim calls ties a priority',
      outlet: 'France 24',
      author: '',
      date: null,
      url: null,
    });
    expect(await syncEvidenceIndex(db, state)).toBe('rebuilt');
    expect(state.index!.sentence('002_383763b22105bda2:0')?.outlet).toBe('France 24');
  });
});
