import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareArticle } from '../services/prepare-article';
import { bundledArticleFiles } from '../testing/articles';
import { addArticles, seedWorkbench, updateArticleDetails } from './articles-repo';
import { addCategory } from './categories-repo';
import { createClaim, deleteClaim, restoreClaim, updateClaim, type NewClaim } from './claims-repo';
import { CorroborateDB } from './db';
import { linkEvidence, unlinkEvidence } from './links-repo';
import { byTimeWritten } from './history-repo';
import { mergeWorkbench, readWorkbench } from './workbench-repo';

let db: CorroborateDB;
let n = 0;

beforeEach(async () => {
  db = new CorroborateDB(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function seed() {
  const prepared = await Promise.all(bundledArticleFiles().map((f) => prepareArticle(f.fileName, f.raw)));
  return seedWorkbench(db, prepared);
}

function claimOn(articleId: string): NewClaim {
  return {
    articleId,
    selector: { quote: { exact: 'Kim', prefix: '', suffix: ' Jong-un' }, position: { start: 0, end: 3 } },
    categoryId: 'arms-transfers',
    verdict: 'unverified',
    note: '  checked with desk  ',
  };
}

describe('seeding', () => {
  it('stores five articles with their texts and the three default categories', async () => {
    const result = await seed();
    expect(result.added).toHaveLength(5);
    expect(await db.articles.count()).toBe(5);
    expect(await db.texts.count()).toBe(5);
    expect((await db.categories.orderBy('order').toArray()).map((c) => c.name)).toEqual([
      'Arms transfers',
      'Satellite help',
      'Denials',
    ]);
    const first = await db.articles.get('000_54f2a63d9830d19a');
    expect(first?.fileName).toBe('000_54f2a63d9830d19a.txt');
    expect(first?.outlet).toBe('The Guardian');
  });

  it('never duplicates articles or touches claims when run again', async () => {
    await seed();
    const id = await createClaim(db, claimOn('000_54f2a63d9830d19a'));
    const again = await seed();
    expect(again.added).toEqual([]);
    expect(await db.articles.count()).toBe(5);
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'unverified', rev: 1 });
  });

  it('seeds once per database: articles removed afterwards (a restore) do not come back', async () => {
    await seed();
    await db.transaction('rw', db.articles, db.texts, async () => {
      await db.articles.clear();
      await db.texts.clear();
    });
    expect((await seed()).added).toEqual([]);
    expect(await db.articles.count()).toBe(0);
  });

  it('seeds a database of an earlier version that holds the articles but no mark, adding nothing twice', async () => {
    await seed();
    await db.settings.delete('seededAt');
    const again = await seed();
    expect(again.added).toEqual([]);
    expect(again.duplicates).toHaveLength(5);
    expect(await db.settings.get('seededAt')).toBeTruthy();
  });

  it('runs concurrently (two tabs) without duplicates', async () => {
    await Promise.all([seed(), seed()]);
    expect(await db.articles.count()).toBe(5);
  });

  it('keeps a user-renamed category and article details on re-seed', async () => {
    await seed();
    await updateArticleDetails(db, '002_383763b22105bda2', {
      headline: 'Kim calls Russia ties top priority',
      outlet: 'France 24',
      author: '',
      date: '2023-09-13',
      url: null,
    });
    await seed();
    const a = await db.articles.get('002_383763b22105bda2');
    expect(a).toMatchObject({
      headline: 'Kim calls Russia ties top priority',
      outlet: 'France 24',
      author: null,
    });
    expect(a?.headlineDerived).toBe(false);
  });

  it('refuses a non-web URL in article details', async () => {
    await seed();
    await expect(
      updateArticleDetails(db, '002_383763b22105bda2', {
        headline: 'H',
        outlet: null,
        author: null,
        date: null,
        url: 'javascript:alert(1)',
      }),
    ).rejects.toThrow('http');
  });

  it('writes nothing when one article of a batch fails', async () => {
    const prepared = await Promise.all(bundledArticleFiles().map((f) => prepareArticle(f.fileName, f.raw)));
    const broken = { ...prepared[1]!, article: { ...prepared[1]!.article, id: prepared[0]!.article.id } };
    await expect(addArticles(db, [prepared[0]!, broken])).rejects.toThrow();
    expect(await db.articles.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
  });
});

describe('claims', () => {
  beforeEach(seed);

  it('creates, updates with a revision and reports an overwritten change', async () => {
    const id = await createClaim(db, claimOn('001_0537092f57208e68'));
    const stored = await db.claims.get(id);
    expect(stored).toMatchObject({ note: 'checked with desk', rev: 1 });
    expect(await updateClaim(db, id, { verdict: 'confirmed' }, 1)).toEqual({ overwrote: false, rev: 2 });
    // A second tab still holding revision 1 saves: it overwrites and is told so.
    expect(await updateClaim(db, id, { verdict: 'disputed' }, 1)).toEqual({ overwrote: true, rev: 3 });
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'disputed', rev: 3 });
  });

  it('deletes and restores exactly', async () => {
    const id = await createClaim(db, claimOn('001_0537092f57208e68'));
    const before = await db.claims.get(id);
    const deleted = await deleteClaim(db, id);
    expect(await db.claims.get(id)).toBeUndefined();
    await restoreClaim(db, deleted!);
    expect(await db.claims.get(id)).toEqual(before);
  });

  it('refuses a claim without text and an update of a deleted claim', async () => {
    const empty = claimOn('001_0537092f57208e68');
    empty.selector = { ...empty.selector, quote: { ...empty.selector.quote, exact: '   ' } };
    await expect(createClaim(db, empty)).rejects.toThrow('needs some text');
    await expect(updateClaim(db, 'nope', { verdict: 'confirmed' })).rejects.toThrow('deleted');
  });
});

describe('categories', () => {
  beforeEach(seed);
  it('adds a category with its own colour and reuses one of the same name', async () => {
    const c = await addCategory(db, '  Nuclear   tests ');
    expect(c).toMatchObject({ id: 'nuclear-tests', name: 'Nuclear tests', order: 3 });
    expect((await addCategory(db, 'nuclear TESTS')).id).toBe('nuclear-tests');
    expect(await db.categories.count()).toBe(4);
    await expect(addCategory(db, '   ')).rejects.toThrow('needs a name');
  });
});

describe('merging a backup', () => {
  it('adds what the workbench lacks, keeps the later edit, and never duplicates an article', async () => {
    await seed();
    const shared = await createClaim(db, claimOn('000_54f2a63d9830d19a'));
    await linkEvidence(db, {
      claimId: shared,
      articleId: '001_0537092f57208e68',
      selector: { quote: { exact: 'Shoigu', prefix: '', suffix: '' }, position: { start: 5, end: 11 } },
      relation: 'supports',
    });
    const fromBackup = await readWorkbench(db);
    // Locally, the shared claim is edited after the backup, and a claim the backup lacks is added.
    await updateClaim(db, shared, { verdict: 'confirmed' });
    const mineOnly = await createClaim(db, claimOn('002_383763b22105bda2'));

    const r = await mergeWorkbench(db, fromBackup, new Set(['lastBackupAt']));
    expect(r).toMatchObject({ articles: 0, claims: 0, links: 0 });
    expect(await db.articles.count()).toBe(5);
    expect(await db.claims.get(shared)).toMatchObject({ verdict: 'confirmed' });
    expect(await db.claims.get(mineOnly)).toBeDefined();
    expect(await db.links.count()).toBe(1);

    // Into a workbench that lacks them, the backup's claim and link are added.
    await deleteClaim(db, shared);
    const again = await mergeWorkbench(db, fromBackup, new Set(['lastBackupAt']));
    expect(again).toMatchObject({ articles: 0, claims: 1, links: 1 });
    expect(await db.claims.count()).toBe(2);
    expect(await db.links.count()).toBe(1);
  });
});

describe('a claim’s audit trail', () => {
  it('records every change with its time and editor, in the change’s own transaction, and never rewrites it', async () => {
    const seeded = await seed();
    await db.settings.put({ key: 'editorName', value: '  Ana Kovač ' });
    const id = await createClaim(db, claimOn(seeded.added[0]!));
    await updateClaim(db, id, { verdict: 'confirmed' });
    await updateClaim(db, id, { verdict: 'confirmed', note: 'second source found' }); // same verdict: no entry
    await db.settings.put({ key: 'editorName', value: 'Desk editor' });
    await updateClaim(db, id, { verdict: 'disputed', categoryId: 'denials' });
    const sentence = {
      quote: { exact: 'Putin met Kim.', prefix: '', suffix: '' },
      position: { start: 0, end: 14 },
    };
    const linkId = await linkEvidence(db, {
      claimId: id,
      articleId: seeded.added[1]!,
      selector: sentence,
      relation: 'supports',
    });
    await unlinkEvidence(db, linkId);
    const deleted = await deleteClaim(db, id);
    await restoreClaim(db, deleted!);

    const trail = (await db.history.where('claimId').equals(id).toArray()).sort(byTimeWritten);
    expect(trail.map((h) => [h.kind, h.from, h.to])).toEqual([
      ['created', null, 'unverified'],
      ['verdict', 'unverified', 'confirmed'],
      ['note', 'checked with desk', 'second source found'],
      ['verdict', 'confirmed', 'disputed'],
      ['category', 'arms-transfers', 'denials'],
      ['linked', null, 'supports: Putin met Kim.'],
      ['unlinked', 'supports: Putin met Kim.', null],
      ['deleted', 'disputed', null],
      ['restored', null, 'disputed'],
    ]);
    expect(trail.slice(0, 3).every((h) => h.editor === 'Ana Kovač')).toBe(true);
    expect(trail[3]!.editor).toBe('Desk editor');
    const claim = await db.claims.get(id);
    expect(claim!.verdictChangedAt).toBe(trail[3]!.at);

    // A failed change leaves no entry.
    await expect(updateClaim(db, 'no-such-claim', { verdict: 'confirmed' })).rejects.toThrow();
    expect(await db.history.count()).toBe(trail.length);
  });
});

describe('ratings on a newsroom scale', () => {
  it('keep the rating given; a new verdict without one resets it; the trail says the words', async () => {
    await seed();
    const id = await createClaim(db, {
      ...claimOn('000_54f2a63d9830d19a'),
      verdict: 'confirmed',
      rating: 'mostly-true',
    });
    expect((await db.claims.get(id))?.rating).toBe('mostly-true');
    await updateClaim(db, id, { verdict: 'confirmed', rating: 'true' });
    await updateClaim(db, id, { verdict: 'confirmed' }); // same verdict, no rating: left as it is
    expect((await db.claims.get(id))?.rating).toBe('true');
    await updateClaim(db, id, { verdict: 'disputed' });
    expect(await db.claims.get(id)).toMatchObject({ verdict: 'disputed', rating: null });
    const trail = (await db.history.where('claimId').equals(id).toArray())
      .sort(byTimeWritten)
      .filter((h) => h.kind === 'verdict')
      .map((h) => [h.from, h.to]);
    expect(trail).toEqual([
      ['Mostly true', 'True'],
      ['True', 'disputed'],
    ]);
  });
});
