/**
 * Placing another tool's annotations (a source address the app does not know) among articles that
 * reprint the same sentence: the stated context decides, then the stated position; a quote that
 * neither singles out is left unplaced rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import { readWebAnnotations, type AnnotatedArticle } from './web-annotation';

const REPRINTED = 'Kim offered artillery shells to the Kremlin for the war in Ukraine.';

function article(id: string, before: string, after: string): AnnotatedArticle {
  const text = `${before} ${REPRINTED} ${after}`;
  return { id, contentHash: id.padEnd(64, '0'), url: null, text, sentences: [] };
}

function annotation(prefix: string, suffix: string, start: number) {
  return {
    type: 'Annotation',
    motivation: 'assessing',
    body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Disputed' }],
    target: {
      source: 'https://other.example/unknown',
      selector: [
        { type: 'TextQuoteSelector', exact: REPRINTED, prefix, suffix },
        { type: 'TextPositionSelector', start, end: start + REPRINTED.length },
      ],
    },
  };
}

// Two sizes: a few articles are searched one by one; many go through the word-pair index.
for (const filler of [0, 12]) {
  describe(`placing a reprinted quote among ${3 + filler} articles`, () => {
    const articles = [
      article('wire', 'The summit opened on Wednesday.', 'Officials said little else.'),
      article('paper', 'Reporters waited at the cosmodrome.', 'Officials said little else.'),
      article('blog', 'In Vostochny the summit opened on Wednesday.', 'Analysts doubted the account.'),
      ...Array.from({ length: filler }, (_, i) =>
        article(`other${i}`, `Filler story number ${i} begins here.`, `It ends with sentence ${i}.`),
      ).map((a) => ({
        ...a,
        text: a.text.replace(REPRINTED, `Unrelated sentence ${a.id} about the weather.`),
      })),
    ];
    const place = (prefix: string, suffix: string, start: number) => {
      const r = readWebAnnotations(annotation(prefix, suffix, start), articles, { claims: [] }, () => 'new');
      return r.claims.length ? r.claims[0]!.articleId : r.unresolved ? 'unresolved' : 'other';
    };

    it('takes the one article where the quote stands in its stated context', () => {
      expect(place('waited at the cosmodrome. ', ' Officials', 0)).toBe('paper');
      expect(place('opened on Wednesday. ', ' Analysts', 0)).toBe('blog');
    });

    it('between articles that share the context too, takes the one where it stands at its position', () => {
      // "wire" and "blog" share the prefix; the position (after the shorter lede) decides.
      expect(place('opened on Wednesday. ', '', 0)).toBe('unresolved');
      const wireStart = 'The summit opened on Wednesday. '.length;
      expect(place('opened on Wednesday. ', '', wireStart)).toBe('wire');
    });

    it('leaves a quote unplaced when neither context nor position singles out an article', () => {
      expect(place('opened on Wednesday. ', '', 999)).toBe('unresolved');
      expect(place('', '', 3)).toBe('unresolved');
    });
  });
}
