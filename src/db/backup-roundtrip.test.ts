import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBackup, DEVICE_SETTINGS, serializeBackup, type BackupData } from '../domain/exchange/backup';
import { VERDICTS } from '../domain/types';
import { checkProperty } from '../testing/trust-figures';
import { CorroborateDB } from './db';
import { readWorkbench, replaceWorkbench } from './workbench-repo';

const RUNS = 1000;
const text = fc.string({ unit: 'binary', maxLength: 30 });
const time = fc.integer({ min: 0, max: 2_000_000_000_000 });

/** A random, consistent workbench: articles with texts, categories, claims, links and settings. */
const workbench: fc.Arbitrary<BackupData> = fc
  .record({
    articles: fc.integer({ min: 1, max: 4 }),
    body: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    categories: fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), {
      minLength: 1,
      maxLength: 3,
      selector: (n) => n.toLowerCase(),
    }),
    claims: fc.array(
      fc.record({
        article: fc.nat(),
        category: fc.nat(),
        verdict: fc.constantFrom(...VERDICTS),
        note: text,
        t: time,
      }),
      { maxLength: 5 },
    ),
    links: fc.array(
      fc.record({
        claim: fc.nat(),
        article: fc.nat(),
        relation: fc.constantFrom('supports' as const, 'contradicts' as const),
      }),
      {
        maxLength: 4,
      },
    ),
    setting: fc.jsonValue(),
  })
  .map((r) => {
    const articles = Array.from({ length: r.articles }, (_, i) => ({
      id: `a${i}`,
      fileName: i % 2 ? null : `a${i}.txt`,
      contentHash: i.toString(16).padStart(64, '0'),
      headline: `Headline ${i} ${Array.from(r.body).slice(0, 5).join('') || 'x'}`,
      headlineDerived: false,
      outlet: i % 2 ? null : 'The Guardian',
      author: null,
      date: null,
      url: null,
      section: null,
      credits: [],
      order: i,
      addedAt: 1,
      updatedAt: 2,
    }));
    const texts = articles.map((a) => ({ articleId: a.id, text: r.body, blocks: [], sentences: [] }));
    const categories = r.categories.map((name, i) => ({
      id: `k${i}`,
      name: name.trim() || `k${i}`,
      color: '#123456',
      order: i,
    }));
    const selector = { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } };
    const claims = r.claims.map((c, i) => ({
      id: `c${i}`,
      articleId: articles[c.article % articles.length]!.id,
      selector,
      categoryId: categories[c.category % categories.length]!.id,
      verdict: c.verdict,
      note: c.note,
      claimant: c.note ? { name: c.note.trim() || 'x', type: 'Person' as const } : null,
      createdAt: c.t,
      updatedAt: c.t,
      verdictChangedAt: c.note ? c.t : null,
      rev: 1,
    }));
    // Each claim's trail: made, then (for some) a verdict change, by whoever the note names.
    const history = claims.flatMap((c, i) => [
      {
        id: `h${i}a`,
        claimId: c.id,
        at: c.createdAt,
        editor: '',
        kind: 'created' as const,
        from: null,
        to: 'unverified',
      },
      ...(c.note
        ? [
            {
              id: `h${i}b`,
              claimId: c.id,
              at: c.createdAt,
              editor: c.note.slice(0, 200),
              kind: 'verdict' as const,
              from: 'unverified',
              to: c.verdict,
            },
          ]
        : []),
    ]);
    const seen = new Set<string>();
    const links = claims.length
      ? r.links.flatMap((l, i) => {
          const claimId = claims[l.claim % claims.length]!.id;
          const articleId = articles[l.article % articles.length]!.id;
          const key = `${claimId}|${articleId}:${i}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return [
            {
              id: `l${i}`,
              claimId,
              articleId,
              sentenceKey: `${articleId}:${i}`,
              selector,
              relation: l.relation,
              note: '',
              weight: { attribution: null, access: null, kind: null },
              createdAt: 5,
              updatedAt: 6,
            },
          ];
        })
      : [];
    return {
      articles,
      texts,
      categories,
      claims,
      links,
      dismissals: [],
      history,
      settings: [{ key: 'organisation', value: r.setting }],
    } as BackupData;
  });

const db = new CorroborateDB('backup-roundtrip');
afterAll(() => db.delete());

describe('backup round trip (fast-check)', () => {
  it(`backup → restore into the database → backup gives the same bytes (${RUNS} runs)`, async () => {
    await checkProperty(
      'backup',
      fc.asyncProperty(workbench, async (data) => {
        const file = serializeBackup(data);
        const check = checkBackup(file);
        expect(check.ok, check.ok ? '' : check.error).toBe(true);
        if (!check.ok) return;
        await replaceWorkbench(db, check.backup.data, DEVICE_SETTINGS);
        expect(serializeBackup(await readWorkbench(db))).toBe(file);
      }),
      RUNS,
    );
  }, 60_000);
});
