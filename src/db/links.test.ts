import { SCHEMA_VERSION } from '../domain/records';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClaim, deleteClaim, restoreClaim } from './claims-repo';
import { CorroborateDB } from './db';
import { rowsIn } from './pack-testing';
import {
  dismissSuggestion,
  linkEvidence,
  sentenceKey,
  setEvidenceWeight,
  unlinkEvidence,
} from './links-repo';

let db: CorroborateDB;
let n = 0;
const selector = (exact: string, start: number) => ({
  quote: { exact, prefix: '', suffix: '' },
  position: { start, end: start + exact.length },
});

beforeEach(async () => {
  db = new CorroborateDB(`links-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function claim() {
  return createClaim(db, {
    articleId: 'a',
    selector: selector('Shoigu attended the talks.', 0),
    categoryId: 'arms-transfers',
    verdict: 'unverified',
    note: '',
  });
}

/** Links the second article's sentence about Shoigu to a claim. */
const linkShoigu = (claimId: string, relation: 'supports' | 'contradicts') =>
  linkEvidence(db, { claimId, articleId: 'b', selector: selector('Shoigu was there.', 40), relation });

describe('evidence links', () => {
  it('keeps both of two quick weight changes: each sets its own dimension of the stored weight', async () => {
    const id = await claim();
    const linkId = await linkShoigu(id, 'supports');
    // Both asked before either is written, as two quick choices in the panel are.
    await Promise.all([
      setEvidenceWeight(db, linkId, { weight: { attribution: 'on-record' } }),
      setEvidenceWeight(db, linkId, { weight: { access: 'primary' } }),
    ]);
    expect((await db.links.get(linkId))?.weight).toEqual({
      attribution: 'on-record',
      access: 'primary',
      kind: null,
    });
    await setEvidenceWeight(db, linkId, { weight: { attribution: null }, note: ' by  phone ' });
    expect(await db.links.get(linkId)).toMatchObject({
      note: 'by phone',
      weight: { attribution: null, access: 'primary', kind: null },
    });
  });

  it('links a sentence once, changing its relation when linked again', async () => {
    const id = await claim();
    const first = await linkShoigu(id, 'supports');
    const again = await linkShoigu(id, 'contradicts');
    expect(again).toBe(first);
    expect(await db.links.toArray()).toMatchObject([{ relation: 'contradicts', sentenceKey: 'b:40' }]);
  });

  it('refuses evidence from the claim’s own article and for a deleted claim', async () => {
    const id = await claim();
    await expect(
      linkEvidence(db, { claimId: id, articleId: 'a', selector: selector('x', 0), relation: 'supports' }),
    ).rejects.toThrow('another article');
    await expect(
      linkEvidence(db, { claimId: 'gone', articleId: 'b', selector: selector('x', 0), relation: 'supports' }),
    ).rejects.toThrow('deleted');
  });

  it('deletes a claim with its links and dismissals, and undo puts all back', async () => {
    const id = await claim();
    await linkShoigu(id, 'supports');
    await dismissSuggestion(db, id, sentenceKey('c', 7));
    const deleted = await deleteClaim(db, id);
    expect(await db.links.count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);
    await restoreClaim(db, deleted!);
    expect(await db.links.count()).toBe(1);
    expect(await db.dismissals.count()).toBe(1);
  });

  it('linking a dismissed suggestion clears the dismissal; unlinking returns the link', async () => {
    const id = await claim();
    await dismissSuggestion(db, id, 'b:40');
    const linkId = await linkShoigu(id, 'supports');
    expect(await db.dismissals.count()).toBe(0);
    expect((await unlinkEvidence(db, linkId))?.id).toBe(linkId);
    expect(await db.links.count()).toBe(0);
  });
});

describe('schema upgrade', () => {
  it('opens a version-1 database and keeps every record, filling fields version 2 needs', async () => {
    const name = `v1-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      articles: 'id, &contentHash, order',
      texts: 'articleId',
      claims: 'id, articleId, categoryId, verdict, updatedAt',
      categories: 'id, &name, order',
      settings: 'key',
    });
    await v1.table('claims').bulkAdd([
      {
        id: 'c1',
        articleId: 'a',
        categoryId: 'denials',
        verdict: 'confirmed',
        selector: selector('x', 0),
        createdAt: 1,
        updatedAt: 2,
      },
      {
        id: 'c2',
        articleId: 'a',
        categoryId: 'denials',
        verdict: 'disputed',
        note: 'kept',
        rev: 4,
        selector: selector('y', 1),
        createdAt: 1,
        updatedAt: 2,
      },
    ]);
    await v1.table('articles').add({ id: 'a', contentHash: 'h', order: 0, headline: 'H' });
    v1.close();

    const upgraded = new CorroborateDB(name);
    await upgraded.open();
    // The records' version, and three tenths: claims stored by article (both in one pack, the rows
    // gone), then links by claim (none here: only their count), then the embeddings' packs.
    expect(upgraded.verno).toBe(SCHEMA_VERSION + 0.3);
    expect(await upgraded.table('linkPacks').toArray()).toEqual([{ bucket: '', count: 0 }]);
    expect(await upgraded.table('claimPacks').toArray()).toMatchObject([
      { articleId: '', count: 2 },
      { articleId: 'a', ids: ['c1', 'c2'], claims: [{ id: 'c1' }, { id: 'c2' }] },
    ]);
    expect(await rowsIn(upgraded, 'claims')).toBe(0);
    expect(await upgraded.claims.count()).toBe(2);
    expect(await upgraded.claims.get('c1')).toMatchObject({
      rev: 1,
      note: '',
      verdict: 'confirmed',
      claimant: null,
      verdictChangedAt: null,
    });
    expect(await upgraded.claims.get('c2')).toMatchObject({ rev: 4, note: 'kept' });
    expect(await upgraded.articles.get('a')).toMatchObject({ headline: 'H' });
    expect(await upgraded.links.count()).toBe(0);
    expect(await upgraded.history.count()).toBe(0);
    await upgraded.delete();
  });
});
