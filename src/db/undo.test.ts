import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDOABLE_TABLES } from '../domain/records';
import { prepareArticle } from '../services/prepare-article';
import { bundledArticleFiles } from '../testing/articles';
import { addArticles, seedWorkbench } from './articles-repo';
import { addCategory } from './categories-repo';
import { createClaim, deleteClaim, updateClaim, type NewClaim } from './claims-repo';
import { CorroborateDB } from './db';
import { dismissSuggestion, linkEvidence, unlinkEvidence } from './links-repo';
import { UNDO_LIMIT, readUndoState, redo, undo, undoable } from './undo';

let db: CorroborateDB;
let n = 0;
const A = '000_54f2a63d9830d19a';
const B = '001_0537092f57208e68';

beforeEach(async () => {
  db = new CorroborateDB(`undo-${++n}`);
  await db.open();
  const prepared = await Promise.all(bundledArticleFiles().map((f) => prepareArticle(f.fileName, f.raw)));
  await seedWorkbench(db, prepared);
});
afterEach(async () => {
  await db.delete();
});

function claimOn(articleId: string, exact = 'Kim'): NewClaim {
  return {
    articleId,
    selector: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    categoryId: 'arms-transfers',
    verdict: 'unverified',
    note: '',
  };
}

const sentence = (start: number) => ({
  quote: { exact: `sentence at ${start}`, prefix: '', suffix: '' },
  position: { start, end: start + 10 },
});

/** The dossier's content, without what undo refreshes (update times, revisions). */
async function content() {
  const out: Record<string, unknown[]> = {};
  for (const t of UNDOABLE_TABLES) {
    const rows = (await db.table(t).toArray()) as Array<Record<string, unknown>>;
    out[t] = rows.map(({ updatedAt: _u, rev: _r, verdictChangedAt: _v, ...rest }) => rest);
  }
  return out;
}

describe('undo and redo', () => {
  it('undo a verdict change, then redo it; the trail gains entries and the revision only rises', async () => {
    const id = await undoable(db, 'Mark claim', () => createClaim(db, claimOn(A)));
    await undoable(db, 'Set verdict: Confirmed', () => updateClaim(db, id, { verdict: 'confirmed' }));
    expect(await readUndoState(db)).toMatchObject({ undo: { label: 'Set verdict: Confirmed' }, redo: null });

    expect(await undo(db)).toEqual({ ok: true, label: 'Set verdict: Confirmed' });
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'unverified', rev: 3 });
    expect(await readUndoState(db)).toMatchObject({
      undo: { label: 'Mark claim' },
      redo: { label: 'Set verdict: Confirmed' },
    });
    expect(await redo(db)).toEqual({ ok: true, label: 'Set verdict: Confirmed' });
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'confirmed', rev: 4 });

    const trail = (await db.history.where('claimId').equals(id).sortBy('id')).map((h) => [
      h.kind,
      h.from,
      h.to,
    ]);
    expect(trail).toEqual([
      ['created', null, 'unverified'],
      ['verdict', 'unverified', 'confirmed'],
      ['verdict', 'confirmed', 'unverified'],
      ['verdict', 'unverified', 'confirmed'],
    ]);
  });

  it('undo a deleted claim brings back its links and dismissals; undo the marking removes it', async () => {
    const id = await undoable(db, 'Mark claim', () => createClaim(db, claimOn(A)));
    await undoable(db, 'Link evidence', () =>
      linkEvidence(db, { claimId: id, articleId: B, selector: sentence(40), relation: 'supports' }),
    );
    await undoable(db, 'Dismiss suggestion', () => dismissSuggestion(db, id, `${B}:90`));
    const before = await content();
    await undoable(db, 'Delete claim', () => deleteClaim(db, id));
    expect(await db.claims.count()).toBe(0);
    expect(await db.links.count()).toBe(0);

    expect(await undo(db)).toMatchObject({ ok: true, label: 'Delete claim' });
    expect(await content()).toEqual(before);
    for (const label of ['Dismiss suggestion', 'Link evidence', 'Mark claim'])
      expect(await undo(db)).toMatchObject({ ok: true, label });
    expect(await db.claims.count()).toBe(0);
    expect(await undo(db)).toBeNull();
    // History is kept whatever is undone.
    expect(await db.history.where('claimId').equals(id).count()).toBeGreaterThan(3);
  });

  it('refuses to undo over a change made since elsewhere, and drops that step', async () => {
    const id = await undoable(db, 'Mark claim', () => createClaim(db, claimOn(A)));
    await undoable(db, 'Set verdict: Disputed', () => updateClaim(db, id, { verdict: 'disputed' }));
    // Another tab (or a colleague's change arriving through sync) writes without a step of its own.
    await updateClaim(db, id, { note: 'changed in another tab' });
    const outcome = await undo(db);
    expect(outcome).toMatchObject({ ok: false, label: 'Set verdict: Disputed' });
    expect(outcome && !outcome.ok && outcome.reason).toContain('changed again since');
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'disputed', note: 'changed in another tab' });
    expect(await readUndoState(db)).toMatchObject({ undo: { label: 'Mark claim' } });
  });

  it('refuses to remove a record that others now point at', async () => {
    const prepared = await prepareArticle(
      'extra.txt',
      'A new article\n\nPutin showed Kim the launch pads at Vostochny. They spoke for hours.',
    );
    const {
      added: [added],
    } = await undoable(db, 'Import articles', () => addArticles(db, [prepared]));
    expect(added).toBeDefined();
    await createClaim(db, claimOn(added!)); // marked in another tab: no step of its own here
    const outcome = await undo(db);
    expect(outcome).toMatchObject({ ok: false, label: 'Import articles' });
    await db.claims.clear();
    // With the claim gone, a fresh import is undone whole: the article and its text.
    const again = await prepareArticle('again.txt', 'Another article\n\nShoigu visited Pyongyang in July.');
    await undoable(db, 'Import articles', () => addArticles(db, [again]));
    expect(await undo(db)).toMatchObject({ ok: true, label: 'Import articles' });
    expect(await db.texts.get(again.article.id)).toBeUndefined();
    expect(outcome && !outcome.ok && outcome.reason).toContain('claims were marked in the article since');
    expect(await db.articles.get(added!)).toBeDefined();
  });

  it('a new step drops what could be redone; a toast undoes only its own step; old steps go', async () => {
    const id = await undoable(db, 'Mark claim', () => createClaim(db, claimOn(A)));
    await undoable(db, 'Set verdict: Confirmed', () => updateClaim(db, id, { verdict: 'confirmed' }));
    await undo(db);
    await undoable(db, 'Set verdict: Disputed', () => updateClaim(db, id, { verdict: 'disputed' }));
    expect((await readUndoState(db)).redo).toBeNull();
    const first = (await db.undo.orderBy('seq').first())!.seq;
    expect(await undo(db, first)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('came after it'),
    });
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'disputed' });
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      await undoable(db, `Add category ${i}`, () => addCategory(db, `Category ${i}`));
    expect(await db.undo.count()).toBe(UNDO_LIMIT);
  });

  it('an action that fails stores no step and changes nothing', async () => {
    const before = await content();
    await expect(
      undoable(db, 'Link evidence', () =>
        linkEvidence(db, { claimId: 'gone', articleId: B, selector: sentence(0), relation: 'supports' }),
      ),
    ).rejects.toThrow('deleted');
    expect(await db.undo.count()).toBe(0);
    expect(await content()).toEqual(before);
  });

  it('property: every run of actions, undone to the start, leaves the content as it was; redone, as it ended', async () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('mark' as const), article: fc.constantFrom(A, B) }),
      fc.record({
        kind: fc.constant('verdict' as const),
        pick: fc.nat(),
        verdict: fc.constantFrom('confirmed' as const, 'disputed' as const, 'unverified' as const),
      }),
      fc.record({ kind: fc.constant('link' as const), pick: fc.nat(), start: fc.nat(20) }),
      fc.record({ kind: fc.constant('unlink' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('dismiss' as const), pick: fc.nat(), start: fc.nat(20) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        await db.delete();
        db = new CorroborateDB(`undo-prop-${++run}`);
        await db.open();
        await db.categories.add({ id: 'arms-transfers', name: 'Arms transfers', color: '#d97706', order: 0 });
        const start = await content();
        let steps = 0;
        for (const a of actions) {
          const claims = await db.claims.toArray();
          const claim = 'pick' in a && claims.length ? claims[a.pick % claims.length] : undefined;
          const other = claim?.articleId === A ? B : A;
          let did = true;
          if (a.kind === 'mark') await undoable(db, 'Mark claim', () => createClaim(db, claimOn(a.article)));
          else if (a.kind === 'verdict' && claim && claim.verdict !== a.verdict)
            await undoable(db, 'Verdict', () => updateClaim(db, claim.id, { verdict: a.verdict }));
          else if (a.kind === 'link' && claim)
            await undoable(db, 'Link', () =>
              linkEvidence(db, {
                claimId: claim.id,
                articleId: other,
                selector: sentence(a.start * 10),
                relation: a.start % 2 ? 'supports' : 'contradicts',
              }),
            );
          else if (a.kind === 'unlink' && claim) {
            const links = await db.links.where('claimId').equals(claim.id).toArray();
            if (links.length) await undoable(db, 'Unlink', () => unlinkEvidence(db, links[0]!.id));
            else did = false;
          } else if (a.kind === 'delete' && claim)
            await undoable(db, 'Delete', () => deleteClaim(db, claim.id));
          else if (a.kind === 'dismiss' && claim)
            await undoable(db, 'Dismiss', () => dismissSuggestion(db, claim.id, `${other}:${a.start * 10}`));
          else did = false;
          if (did) steps++;
        }
        const end = await content();
        const stored = await db.undo.count();
        expect(stored).toBeLessThanOrEqual(steps);
        const trail = await db.history.count();
        for (let i = 0; i < stored; i++) expect(await undo(db)).toMatchObject({ ok: true });
        expect(await undo(db)).toBeNull();
        expect(await content()).toEqual(start);
        expect(await db.history.count()).toBeGreaterThanOrEqual(trail);
        for (let i = 0; i < stored; i++) expect(await redo(db)).toMatchObject({ ok: true });
        expect(await content()).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });
});
