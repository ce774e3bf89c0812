import { describe, expect, it } from 'vitest';
import { createEvidenceIndex, type EvidenceCandidate, type StoredEvidenceIndex } from '.';

/** Made-up sentences about a made-up summit, so no fixture sentence is tuned on here. */
const s = (id: string, articleId: string, text: string): EvidenceCandidate => ({
  id,
  articleId,
  outlet: '',
  text,
});
const dossier = [
  s('a1', 'a', 'The ministers of Atlantis and Borealis met on Friday in the capital.'),
  s('a2', 'a', 'Borealis is expected to sell torpedo boats and patrol drones to Atlantis.'),
  s('b1', 'b', 'Officials said the ministers met on Friday and discussed fishing quotas and trade.'),
  s('b2', 'b', 'Analysts said Atlantis wants torpedo boats, drones and other naval equipment.'),
  s('b3', 'b', 'The ministers of both countries also discussed boats, drones and the weather.'),
  s('c1', 'c', 'Borealis denied it would sell any weapons to Atlantis.'),
  s('c2', 'c', 'If talks fail, Atlantis could look for torpedo boats elsewhere.'),
  s('c3', 'c', 'The capital hosted a fishing festival on Friday.'),
  s('d1', 'd', 'Torpedo boats were delivered to Atlantis in March, the navy said.'),
  s('e1', 'e', 'Atlantis has long sought naval equipment from analysts’ favourite suppliers.'),
  s('e2', 'e', 'Atlantis will hold elections in spring.'),
];
const index = createEvidenceIndex(dossier);
const ids = async (claim: string, articleId = 'x', options = {}) =>
  (await index.rank({ articleId, text: claim }, options)).map((r) => r.id);

describe('rank', () => {
  it('never returns sentences of the claim’s own article, nor linked or dismissed ones', async () => {
    expect(await ids('torpedo boats for Atlantis', 'b')).not.toContain('b2');
    const got = await ids('torpedo boats for Atlantis', 'x', {
      linked: ['d1'],
      dismissed: ['b2'],
      limit: 20,
    });
    expect(got).not.toContain('d1');
    expect(got).not.toContain('b2');
    expect(got.length).toBeGreaterThan(2);
  });

  it('ranks a sentence sharing a distinctive phrase above one sharing the words scattered', async () => {
    const got = await ids('Atlantis will buy torpedo boats from Borealis', 'a');
    expect(got.indexOf('b2')).toBeLessThan(got.indexOf('b3'));
    expect(got[0]).not.toBe('b3');
  });

  it('pages through every candidate sharing a content word, so the list never runs dry early', async () => {
    const claim = { articleId: 'x', text: 'ministers met on Friday about torpedo boats and fishing' };
    const all = await index.rank(claim, { limit: 100 });
    expect(await index.count(claim)).toBe(all.length);
    const pages = (
      await Promise.all([0, 2, 4, 6, 8].map((offset) => index.rank(claim, { limit: 2, offset })))
    ).flat();
    expect(pages.map((r) => r.id)).toEqual(all.map((r) => r.id));
    // c3 shares only "Friday", "fishing" and "capital"-less words: it is still a candidate.
    expect(all.map((r) => r.id)).toContain('c3');
  });

  it('pages the same way when a claim touches far more sentences than the re-ranked best', async () => {
    // 400 made-up sentences, each with a few of twelve words: many share words with the claim, and
    // many tie, so the order past the best relies on the tie-break by place in the dossier.
    const vocabulary = 'torpedo boats drones patrol naval ministers friday fishing quotas capital trade navy';
    const words = vocabulary.split(' ');
    const big = createEvidenceIndex(
      Array.from({ length: 400 }, (_, i) =>
        s(`s${i}`, `art${i % 40}`, words.filter((_, j) => (i * 7 + j * 3) % 5 < 2).join(' ')),
      ),
    );
    const claim = { articleId: 'art0', text: 'torpedo boats and patrol drones for the navy' };
    const all = await big.rank(claim, { limit: 1000 });
    expect(all.length).toBeGreaterThan(200);
    expect(await big.count(claim)).toBe(all.length);
    const pages = await Promise.all(
      Array.from({ length: 60 }, (_, p) => big.rank(claim, { limit: 7, offset: p * 7 })),
    );
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    const page = await big.suggest(claim, { limit: 7, offset: 63, contradictions: 3 });
    expect(page.best).toEqual(all.slice(63, 70));
    expect(page.total).toBe(all.length);
  });

  it('filters by article', async () => {
    expect(await ids('torpedo boats', 'x', { articleId: 'c' })).toEqual(['c2']);
  });

  it('returns nothing for an empty claim and best first otherwise', async () => {
    expect(await ids('   ')).toEqual([]);
    const r = await index.rank({ articleId: 'x', text: 'torpedo boats drones' });
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.score).toBeGreaterThanOrEqual(r[i]!.score);
  });

  it('finds more like a linked sentence: its paraphrases rise', async () => {
    const claim = {
      articleId: 'a',
      text: 'Borealis is expected to sell torpedo boats and patrol drones to Atlantis.',
    };
    const before = (await index.rank(claim, { limit: 20 })).map((r) => r.id);
    const after = (await index.rank(claim, { limit: 20, linked: ['b2'] })).map((r) => r.id);
    // e1 shares only "Atlantis" with the claim, as e2 does; "naval equipment" is b2's wording.
    expect(before.indexOf('e1')).toBeGreaterThan(before.indexOf('e2'));
    expect(after.indexOf('e1')).toBeLessThan(after.indexOf('e2'));
    expect(after).not.toContain('b2');
  });

  it('surfaces denials bearing on the claim in their own lane', async () => {
    expect(
      (await index.rankDenials({ articleId: 'a', text: 'Borealis will sell weapons to Atlantis' })).map(
        (r) => r.id,
      ),
    ).toEqual(['c1']);
    expect(await index.rankDenials({ articleId: 'c', text: 'Borealis will sell weapons' })).toEqual([]);
  });

  it('marks denials and hypotheticals', async () => {
    expect(index.cues('c1')).toEqual(['denial', 'hypothetical']);
    expect(index.cues('c2')).toEqual(['hypothetical']);
    expect(index.cues('d1')).toEqual([]);
  });
});

describe('growing and storing the index', () => {
  it('adds articles as they arrive, and ranks as one built at once', async () => {
    const grown = createEvidenceIndex(dossier.slice(0, 4));
    grown.add(dossier.slice(4));
    const claim = { articleId: 'x', text: 'torpedo boats for Atlantis from Borealis' };
    expect(await grown.rank(claim, { limit: 20 })).toEqual(await index.rank(claim, { limit: 20 }));
    expect(grown.size).toBe(dossier.length);
  });

  it('is stored as plain data and loaded again, ranking the same', async () => {
    const stored = JSON.parse(JSON.stringify(index.toJSON())) as StoredEvidenceIndex;
    const loaded = createEvidenceIndex([], {}, stored);
    const claim = {
      articleId: 'a',
      text: 'Borealis is expected to sell torpedo boats and patrol drones to Atlantis.',
    };
    expect(await loaded.rank(claim, { limit: 20 })).toEqual(await index.rank(claim, { limit: 20 }));
    expect(await loaded.rankContradictions(claim)).toEqual(await index.rankContradictions(claim));
  });
});
