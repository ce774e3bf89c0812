/** A small workbench over three of the bundled articles, shared by the exchange format tests. */
import { describeRange } from '../domain/anchoring';
import { CodePointIndex } from '../domain/code-points';
import type { SheetClaim, SheetLink } from '../domain/exchange/verdict-sheet';
import type { AnnotatedArticle } from '../domain/exchange/web-annotation';
import { parseArticle } from '../domain/parse-article';
import { bundledArticleFiles } from './articles';

export const files = bundledArticleFiles().slice(0, 3);
export const articles: AnnotatedArticle[] = files.map((f, i) => {
  const p = parseArticle(f.raw);
  return {
    id: `a${i}`,
    contentHash: String(i).repeat(64),
    url: i === 0 ? 'https://example.org/a0' : null,
    text: p.text,
    sentences: p.sentences,
  };
});
export const meta = new Map(
  articles.map((a, i) => [
    a.id,
    {
      ...a,
      headline: `Headline ${i}`,
      outlet: i < 2 ? 'The Guardian' : null,
      fileName: `${a.id}.txt`,
      author: 'A. Writer',
      date: '2023-09-13',
    },
  ]),
);
export const categories = new Map([['arms-transfers', { id: 'arms-transfers', name: 'Arms transfers' }]]);

export function sel(articleId: string, exact: string) {
  const a = articles.find((x) => x.id === articleId)!;
  const idx = new CodePointIndex(a.text);
  const at = a.text.indexOf(exact);
  if (at < 0) throw new Error(exact);
  return describeRange(idx, at, at + exact.length);
}

export const claims: SheetClaim[] = [
  {
    id: 'c1',
    articleId: 'a0',
    selector: sel('a0', 'Russia’s defence minister, Sergei Shoigu, attended the talks.'),
    categoryId: 'arms-transfers',
    verdict: 'confirmed',
    note: 'Two wires agree',
    claimant: { name: 'Kremlin spokesperson Dmitry Peskov', type: 'Person' },
    createdAt: Date.UTC(2026, 10, 23, 9, 0),
    updatedAt: Date.UTC(2026, 10, 23, 10, 30),
    verdictChangedAt: Date.UTC(2026, 10, 23, 10, 15),
  },
  {
    id: 'c2',
    articleId: 'a1',
    selector: sel(
      'a1',
      'It failed to put a military spy satellite into orbit in recent months, experts said.',
    ),
    categoryId: 'arms-transfers',
    verdict: 'unverified',
    note: '',
    claimant: null,
    createdAt: Date.UTC(2026, 10, 23, 9, 0),
    updatedAt: Date.UTC(2026, 10, 23, 9, 0),
  },
];
export const links: SheetLink[] = [
  {
    id: 'l1',
    claimId: 'c1',
    articleId: 'a2',
    relation: 'supports',
    selector: sel('a2', 'According to the Kremlin, the Russian Ministers of Defense'),
  },
];
