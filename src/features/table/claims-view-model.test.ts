import { describe, expect, it } from 'vitest';
import { generateDossier } from '../../testing/dossier-generator';
import { NO_FILTERS } from '../../store/ui-store';
import { VERDICTS } from '../../domain/types';
import { ClaimsViewModel, SORT_KEYS, type ClaimsQuery } from './claims-view-model';
import { buildClaimRows } from './claim-rows';
import { sheetFile } from '../../services/sheet-file';

const { data } = generateDossier({ articles: 30, claims: 800, seed: 7 });

function loaded(d = data): ClaimsViewModel {
  const m = new ClaimsViewModel();
  m.setArticles(d.articles);
  m.setCategories(d.categories);
  m.setLinks(d.links);
  m.setClaims(d.claims);
  return m;
}

/** The claims given a verdict each in turn, each updated `spacing` ms after the one before. */
const reviewed = (claims: typeof data.claims, spacing: number) =>
  claims.map((c, i) => ({
    ...c,
    verdict: VERDICTS[i % 3]!,
    updatedAt: c.updatedAt + spacing * i,
    rev: c.rev + 1,
  }));

const query = (q: Partial<ClaimsQuery> = {}): ClaimsQuery => ({
  filters: NO_FILTERS,
  sort: { id: 'updatedAt', desc: true },
  grouped: false,
  ...q,
});

describe('the Claims table model', () => {
  it('pages, counts, filters and sorts as the rows computed directly say', () => {
    const m = loaded();
    const rows = buildClaimRows(
      data.claims,
      new Map(data.articles.map((a) => [a.id, a])),
      new Map(data.categories.map((c) => [c.id, c])),
      data.links,
    );
    const all = m.page(query(), 0, 50);
    expect(all.total).toBe(800);
    expect(all.shown).toBe(800);
    expect(all.rows).toHaveLength(50);
    const newest = [...rows].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
    expect(all.rows.map((r) => r.id)).toEqual(newest.slice(0, 50).map((r) => r.id));

    const disputed = m.page(query({ filters: { ...NO_FILTERS, verdict: 'disputed' } }), 780, 900);
    expect(disputed.shown).toBe(rows.filter((r) => r.verdict === 'disputed').length);
    expect(disputed.rows.every((r) => r.verdict === 'disputed')).toBe(true);

    const byEvidence = m.ids(query({ sort: { id: 'evidence', desc: true } }));
    const evidenceOf = new Map(rows.map((r) => [r.id, r.evidence]));
    const counts = byEvidence.map((id) => evidenceOf.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);

    const word = rows[0]!.text.split(' ')[2]!.toLowerCase();
    expect(m.page(query({ filters: { ...NO_FILTERS, search: word.toUpperCase() } }), 0, 10).shown).toBe(
      rows.filter((r) => r.text.toLowerCase().includes(word)).length,
    );
  });

  it('follows changes one by one exactly as a model rebuilt from scratch', () => {
    const m = loaded();
    const first = m.page(query(), 0, 1).rows[0]!;
    const claim = data.claims.find((c) => c.id === first.id)!;
    const edited = {
      ...claim,
      verdict: 'disputed' as const,
      updatedAt: claim.updatedAt + 1,
      rev: claim.rev + 1,
    };
    const version = m.version;
    expect(m.putClaims([edited])).toBe(true);
    expect(m.version).toBeGreaterThan(version);
    expect(m.putClaims([edited])).toBe(false); // the same revision again changes nothing

    const gone = data.claims.slice(0, 10).map((c) => c.id);
    m.keepClaims(data.claims.map((c) => c.id).filter((id) => !gone.includes(id)));
    const unlinked = data.links.filter((l) => l.claimId === data.links[0]!.claimId).map((l) => l.id);
    const links = data.links.filter((l) => !unlinked.includes(l.id));
    m.setLinks(links);

    const claims = data.claims
      .filter((c) => !gone.includes(c.id))
      .map((c) => (c.id === claim.id ? edited : c));
    const fresh = loaded({ ...data, claims, links });
    for (const q of [
      query(),
      query({ sort: { id: 'evidence', desc: true } }),
      query({ sort: { id: 'claim', desc: false }, filters: { ...NO_FILTERS, verdict: 'disputed' } }),
    ])
      expect(m.page(q, 0, 1000)).toEqual(fresh.page(q, 0, 1000));
    expect(m.size).toBe(790);
  });

  it('groups equivalent claims into one row when asked', () => {
    const m = loaded();
    const [a, b, c] = data.claims.filter(
      (x, i, all) => all.findIndex((y) => y.articleId === x.articleId) === i,
    );
    const group = [a!.id, b!.id, c!.id];
    m.setGroups(new Map(group.map((id) => [id, group])));
    const grouped = m.page(query({ grouped: true }), 0, 1000);
    expect(grouped.total).toBe(798);
    expect(grouped.rows.filter((r) => group.includes(r.id))).toHaveLength(1);
    expect(grouped.rows.find((r) => group.includes(r.id))!.equivalents).toBe(2);
    expect(m.page(query(), 0, 0).total).toBe(800);
  });
});

describe('work done ahead', () => {
  it('prepares in pieces, and what it prepared answers as a fresh model after edits', () => {
    const m = loaded();
    let pieces = 0;
    while (m.prepare()) pieces++;
    expect(pieces).toBeGreaterThanOrEqual(SORT_KEYS.length);
    const edited = reviewed(data.claims.slice(0, 30), 1000);
    m.putClaims(edited);
    const claims = data.claims.map((c) => edited.find((e) => e.id === c.id) ?? c);
    const fresh = loaded({ ...data, claims });
    for (const id of SORT_KEYS)
      for (const desc of [false, true]) {
        const q = query({ sort: { id, desc } });
        expect(m.page(q, 0, 1000)).toEqual(fresh.page(q, 0, 1000));
      }
  });
});

describe('the verdict sheet from what the model holds', () => {
  it('is the sheet made from the records, with the standings already judged reused', () => {
    const m = loaded();
    while (m.prepare());
    const fromModel = m.sheetData();
    expect(data.links.some((l) => fromModel.independent(l.claimId) !== undefined)).toBe(true);
    for (const shape of ['claims', 'evidence'] as const)
      expect(sheetFile('csv', fromModel, null, { shape, technical: true }).content).toBe(
        sheetFile('csv', data, null, { shape, technical: true }).content,
      );
  });
});

describe('a verdict being written', () => {
  it('shows at once, then gives way to the stored claim, or to the old one when the write failed', () => {
    const m = loaded();
    const disputed = query({ filters: { ...NO_FILTERS, verdict: 'disputed' } });
    const before = m.page(disputed, 0, 1000);
    const claim = data.claims.find((c) => c.id === before.rows[0]!.id)!;
    expect(m.setVerdict(claim.id, 'confirmed', null)).toBe(true);
    expect(m.page(disputed, 0, 1000).shown).toBe(before.shown - 1);
    expect(m.setVerdict(claim.id, 'confirmed', null)).toBe(false); // already shown
    // The write failed: the stored claim, unchanged, is read again and shown again.
    expect(m.putClaims([claim])).toBe(true);
    expect(m.page(disputed, 0, 1000)).toEqual(before);
    // The write went through: the stored claim (its own update time) replaces the guess.
    m.setVerdict(claim.id, 'confirmed', null);
    const stored = {
      ...claim,
      verdict: 'confirmed' as const,
      rev: claim.rev + 1,
      updatedAt: claim.updatedAt + 7,
    };
    expect(m.putClaims([stored])).toBe(true);
    const fresh = loaded({ ...data, claims: data.claims.map((c) => (c.id === claim.id ? stored : c)) });
    expect(m.page(query(), 0, 1000)).toEqual(fresh.page(query(), 0, 1000));
  });
});

describe('work done ahead, interrupted', () => {
  it('answers as a fresh model when claims change or go while sorts are half done', () => {
    // Enough claims that reading values and sorting take several pieces (a run is 4,096 claims).
    const big = generateDossier({ articles: 40, claims: 9000, seed: 11 }).data;
    for (const stop of [1, 4, 12]) {
      const m = loaded(big);
      // Pieces of no time at all: every sort is left half done after a few.
      for (let i = 0; i < stop && m.prepare(0); i++);
      const edited = reviewed(big.claims.slice(100, 140), 5000);
      m.putClaims(edited);
      const gone = big.claims.slice(0, 25).map((c) => c.id);
      m.dropClaims(gone);
      for (let i = 0; i < stop && m.prepare(0); i++);
      const claims = big.claims
        .filter((c) => !gone.includes(c.id))
        .map((c) => edited.find((e) => e.id === c.id) ?? c);
      const fresh = loaded({ ...big, claims });
      for (const id of SORT_KEYS) {
        const q = query({ sort: { id, desc: stop % 2 === 0 } });
        expect(m.page(q, 0, 300)).toEqual(fresh.page(q, 0, 300));
        expect(m.ids(q)).toEqual(fresh.ids(q));
      }
      expect(m.size).toBe(8975);
    }
  }, 30_000);
});

describe('searching by words (the dossier search)', () => {
  it('needs every word to start a word, where the table’s search takes the text as written', () => {
    const m = loaded();
    const text = data.claims[0]!.selector.quote.exact;
    const [a, b] = (text.match(/\p{L}{4,}/gu) ?? []).slice(0, 2);
    const inOrder = `${b!.slice(0, 3)} ${a!.slice(0, 3)}`; // word starts, in another order
    const words = m.page(query({ match: 'words', filters: { ...NO_FILTERS, search: inOrder } }), 0, 1000);
    expect(words.rows.map((r) => r.id)).toContain(data.claims[0]!.id);
    const asText = m.page(query({ filters: { ...NO_FILTERS, search: inOrder } }), 0, 1000);
    expect(asText.shown).toBeLessThan(words.shown);
  });
});
