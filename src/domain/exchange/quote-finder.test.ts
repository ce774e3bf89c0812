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
});
