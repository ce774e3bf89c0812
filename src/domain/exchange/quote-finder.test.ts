import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDossier } from '../../testing/dossier-generator';
import { createQuoteFinder } from './quote-finder';

const { data } = generateDossier({ articles: 40, claims: 10, seed: 11 });
const articles = data.texts.map((t) => ({ id: t.articleId, text: t.text }));
const finder = createQuoteFinder(articles);
/** Every occurrence, found the slow way: article by article, offset by offset. */
const everywhere = (q: string) =>
  articles.flatMap((a) => {
    const out: string[] = [];
    for (let at = a.text.indexOf(q); at >= 0; at = a.text.indexOf(q, at + 1)) out.push(`${a.id}@${at}`);
    return out;
  });
const found = (q: string) => finder.find(q).map((o) => `${o.article.id}@${o.at}`);

describe('finding a quote among many articles', () => {
  it('answers as searching every article would, for any span of any article', () => {
    fc.assert(
      fc.property(
        fc.nat(articles.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 200 }),
        (i, at, length) => {
          const text = articles[i]!.text;
          const start = Math.floor(at * (text.length - 1));
          const quote = text.slice(start, start + length);
          expect(found(quote)).toEqual(everywhere(quote));
          expect(found(quote)).toContain(`${articles[i]!.id}@${start}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds nothing for a quote no article holds, and every article for a common short one', () => {
    expect(finder.find('the Mars colony signed the treaty on Tuesday')).toEqual([]);
    expect(found('the')).toEqual(everywhere('the'));
    expect(found('the').length).toBeGreaterThan(40);
  });

  it('answers the same for text in other scripts, with accents, digits and emoji', () => {
    const words = ['Пескова', 'café', 'Kim', '김정은', '2023', 'naïve', '𝐁old', '🚀', 'Vostochny', 'Ûber'];
    const pick = (n: number) => words[n % words.length]!;
    const texts = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 60 }, (_, k) => pick(i * 7 + k * k + (k % 3)) + ((k * i) % 5 ? ' ' : ', ')).join(
        '',
      ),
    );
    const many = texts.map((text, i) => ({ id: `x${i}`, text }));
    const f = createQuoteFinder(many);
    const slow = (q: string) =>
      many.flatMap((a) => {
        const out: string[] = [];
        for (let at = a.text.indexOf(q); at >= 0; at = a.text.indexOf(q, at + 1)) out.push(`${a.id}@${at}`);
        return out;
      });
    fc.assert(
      fc.property(
        fc.nat(many.length - 1),
        fc.nat(10_000),
        fc.integer({ min: 1, max: 120 }),
        (i, at, length) => {
          const text = many[i]!.text;
          const start = at % text.length;
          const quote = text.slice(start, start + length);
          expect(f.find(quote).map((o) => `${o.article.id}@${o.at}`)).toEqual(slow(quote));
        },
      ),
      { numRuns: 400 },
    );
  });
});
