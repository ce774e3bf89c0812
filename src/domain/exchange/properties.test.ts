import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { anchorSelector, describeRange } from '../anchoring';
import { CodePointIndex } from '../code-points';
import { VERDICTS } from '../types';
import { articles } from '../../testing/exchange-fixtures';
import { checkProperty } from '../../testing/trust-figures';
import { DANGEROUS_START, toCsv } from './csv';
import type { SheetClaim, SheetLink } from './verdict-sheet';
import { readWebAnnotations, toWebAnnotations } from './web-annotation';

/** Property runs per property: together with the backup property, the figure the trust line prints. */
const RUNS = 1000;
/** Any Unicode text (astral characters included, never a lone surrogate: files are UTF-8). */
const text = fc.string({ unit: 'binary', maxLength: 40 });

describe('round trips (fast-check)', () => {
  it(`CSV: every text through the writer and back through papaparse (${RUNS} runs)`, async () => {
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(text, { minLength: width, maxLength: width }),
          fc.array(fc.array(text, { minLength: width, maxLength: width }), { maxLength: 6 }),
        ),
      );
    await checkProperty(
      'csv',
      fc.property(table, ([header, rows]) => {
        const csv = toCsv(header, rows);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' }).data;
        // The writer ends with CRLF, which papaparse reads as one last empty row.
        expect(parsed.pop()).toEqual(['']);
        const neutral = (cell: string) => (DANGEROUS_START.test(cell) ? `'${cell}` : cell);
        expect(parsed).toEqual([header, ...rows].map((r) => r.map(neutral)));
      }),
      RUNS,
    );
  });

  it(`anchoring: position → quote → position, also after text is inserted before (${RUNS} runs)`, async () => {
    const sample = fc
      .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(), text)
      .map(([body, a, b, inserted]) => {
        const idx = new CodePointIndex(body);
        const start = a % idx.length;
        const end = start + 1 + (b % (idx.length - start));
        return { body, start, end, inserted };
      });
    await checkProperty(
      'anchoring',
      fc.property(sample, ({ body, start, end, inserted }) => {
        const idx = new CodePointIndex(body);
        const sel = describeRange(idx, idx.toUtf16(start), idx.toUtf16(end));
        expect(sel.quote.exact).toBe(idx.slice(start, end));
        expect(anchorSelector(idx, sel)).toEqual({ start, end });
        // Text inserted before the claim: the stored position no longer holds; the quote is found.
        const moved = new CodePointIndex(inserted + body);
        const found = anchorSelector(moved, sel);
        expect(found).not.toBeNull();
        expect(moved.slice(found!.start, found!.end)).toBe(sel.quote.exact);
      }),
      RUNS,
    );
  });

  it(`Web Annotations: export → import → export is the same document (${RUNS} runs)`, async () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const categoryNames = ['Arms transfers', 'Satellite help', 'Денежные потоки 💸'];
    const categories = new Map(categoryNames.map((name, i) => [`cat-${i}`, { id: `cat-${i}`, name }]));
    const claim = fc
      .record({
        article: fc.integer({ min: 0, max: articles.length - 1 }),
        sentence: fc.nat(),
        cut: fc.nat(),
        verdict: fc.constantFrom(...VERDICTS),
        category: fc.integer({ min: 0, max: categoryNames.length - 1 }),
        note: text,
        created: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }),
        age: fc.nat({ max: 1_000_000 }),
      })
      .map((r) => {
        const a = articles[r.article]!;
        const s = a.sentences[r.sentence % a.sentences.length]!;
        const end = s.end - (r.cut % Math.max(1, s.end - s.start - 1));
        const idx = new CodePointIndex(a.text);
        return { r, a, selector: describeRange(idx, idx.toUtf16(s.start), idx.toUtf16(end)) };
      });
    await checkProperty(
      'web-annotations',
      fc.property(
        fc.uniqueArray(claim, {
          maxLength: 6,
          selector: (c) => `${c.a.id}:${c.selector.position.start}:${c.selector.position.end}`,
        }),
        (picked) => {
          const claims: SheetClaim[] = picked.map(({ r, a, selector }, i) => ({
            id: `c${i}`,
            articleId: a.id,
            selector,
            categoryId: `cat-${r.category}`,
            verdict: r.verdict,
            note: r.note.trim(),
            claimant: null,
            createdAt: r.created,
            updatedAt: r.created + r.age,
          }));
          const links: SheetLink[] = [];
          const first = toWebAnnotations(claims, links, byId, categories);
          const read = readWebAnnotations(first, articles, { claims: [] }, () => 'new-id');
          expect(read.unresolved + read.ignored + read.duplicates).toBe(0);
          const back: SheetClaim[] = read.claims.map((c) => ({
            id: c.id,
            articleId: c.articleId,
            selector: c.selector,
            categoryId: [...categories.values()].find((x) => x.name === c.categoryName)!.id,
            verdict: c.verdict,
            note: c.note,
            claimant: null,
            createdAt: c.createdAt!,
            updatedAt: c.updatedAt!,
          }));
          expect(toWebAnnotations(back, links, byId, categories)).toEqual(first);
        },
      ),
      RUNS,
    );
  });
});
