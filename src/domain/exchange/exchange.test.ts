import { describe, expect, it } from 'vitest';
import { articles, categories, claims, links, meta } from '../../testing/exchange-fixtures';
import { toClaimReviews } from './claim-review';
import { decodeText } from './decode';
import { VERDICT_SHEET_HEADER, verdictSheetRows, type SheetLink } from './verdict-sheet';
import { readWebAnnotations, toWebAnnotations } from './web-annotation';

describe('verdict sheet', () => {
  it('maps each claim to the documented columns', () => {
    const [row] = verdictSheetRows(claims, meta, categories, links);
    const cell = (name: (typeof VERDICT_SHEET_HEADER)[number]) => row![VERDICT_SHEET_HEADER.indexOf(name)];
    expect(cell('claim id')).toBe('c1');
    expect(cell('category')).toBe('Arms transfers');
    expect(cell('verdict')).toBe('Confirmed');
    expect(cell('outlet')).toBe('The Guardian');
    expect(cell('article file')).toBe('a0.txt');
    expect(Number(cell('end')) - Number(cell('start'))).toBe([...claims[0]!.selector.quote.exact].length);
    expect(cell('supporting sentences')).toMatch(/^According to the Kremlin.* \(Unknown outlet\)$/);
    expect(cell('independent supporting sources')).toBe('1');
    expect(cell('created')).toBe('2026-11-23T09:00:00.000Z');
    expect(cell('updated')).toBe('2026-11-23T10:30:00.000Z');
  });
});

describe('ClaimReview', () => {
  it('gives one review per claim with a verdict, on a documented scale', () => {
    const reviews = toClaimReviews(claims, meta, {
      organisation: 'Desk',
      baseUrl: 'https://checks.example/claims',
    }) as unknown as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/claims/c1',
      claimReviewed: claims[0]!.selector.quote.exact,
      datePublished: '2026-11-23',
      author: { '@type': 'Organization', name: 'Desk' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 3,
        worstRating: 1,
        alternateName: 'Confirmed',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { name: 'A. Writer' },
        appearance: [{ '@type': 'CreativeWork', headline: 'Headline 0', url: 'https://example.org/a0' }],
      },
    });
  });
});

describe('ClaimReview appearances', () => {
  it('lists the articles that reprint the claim, not those that only support it', () => {
    const reprint: SheetLink = {
      id: 'l2',
      claimId: 'c1',
      articleId: 'a1',
      relation: 'supports',
      selector: { ...claims[0]!.selector },
    };
    const [review] = toClaimReviews(claims, meta, { organisation: 'Desk', baseUrl: 'https://x.example/' }, [
      ...links,
      reprint,
    ]) as unknown as Array<{ itemReviewed: { appearance: Array<{ headline: string }> } }>;
    expect(review!.itemReviewed.appearance.map((a) => a.headline)).toEqual(['Headline 0', 'Headline 1']);
  });

  it('cites the independent sources the verdict rests on, as the panel counts them', () => {
    const [review] = toClaimReviews(
      claims,
      meta,
      { organisation: 'Desk', baseUrl: 'https://x.example/' },
      links,
    ) as Array<{
      citation?: Array<{ headline: string }>;
    }>;
    // One supporting link, from an unknown-outlet article: it counts once.
    expect(review!.citation?.map((a) => a.headline)).toEqual(['Headline 2']);
    const [sameOutlet] = toClaimReviews(
      claims,
      meta,
      { organisation: 'Desk', baseUrl: 'https://x.example/' },
      [{ id: 'l9', claimId: 'c1', articleId: 'a1', relation: 'supports', selector: links[0]!.selector }],
    ) as Array<{ citation?: unknown[] }>;
    expect(sameOutlet!.citation).toBeUndefined();
  });
});

describe('Web Annotations', () => {
  const doc = toWebAnnotations(claims, links, new Map(articles.map((a) => [a.id, a])), categories) as {
    '@context': string;
    first: {
      items: Array<{
        motivation: string;
        body: unknown[];
        target: { source: string; selector: Array<{ type: string }> };
      }>;
    };
  };

  it('exports a collection with assessing and linking annotations and both selectors', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = doc.first.items;
    expect(items.map((i) => i.motivation)).toEqual(['assessing', 'assessing', 'linking']);
    expect(items[0]!.target.source).toBe('https://example.org/a0');
    expect(items[1]!.target.source).toBe(`urn:sha256:${'1'.repeat(64)}`);
    expect(items[0]!.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(items[0]!.body).toContainEqual(
      expect.objectContaining({
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'Confirmed',
        format: 'text/plain',
      }),
    );
  });

  it('reads our own export back into an empty workbench, then finds only duplicates', () => {
    let n = 0;
    const first = readWebAnnotations(doc, articles, { claims: [] }, () => `new-${++n}`);
    expect(first.claims.map((c) => [c.id, c.articleId, c.verdict, c.categoryName])).toEqual([
      ['c1', 'a0', 'confirmed', 'Arms transfers'],
      ['c2', 'a1', 'unverified', 'Arms transfers'],
    ]);
    expect(first.claims[0]!.selector).toEqual(claims[0]!.selector);
    expect(first.links).toEqual([
      expect.objectContaining({ claimId: 'c1', articleId: 'a2', relation: 'supports' }),
    ]);
    const again = readWebAnnotations(doc, articles, { claims }, () => 'x');
    expect(again.claims).toEqual([]);
    expect(again.duplicates).toBe(2);
  });

  it('reads another tool’s annotation by its quote, and counts what it cannot place', () => {
    const foreign = {
      type: 'Annotation',
      id: 'https://hypothes.is/a/123',
      motivation: 'highlighting',
      target: [
        {
          source: 'https://elsewhere.example/story',
          selector: [{ type: 'TextQuoteSelector', exact: 'Sergei Shoigu, attended the talks' }],
        },
      ],
    };
    const lost = {
      ...foreign,
      id: 'x2',
      target: [{ source: 'x', selector: [{ type: 'TextQuoteSelector', exact: 'not in any article' }] }],
    };
    const r = readWebAnnotations(
      [foreign, lost, { type: 'Annotation' }],
      articles,
      { claims: [] },
      () => 'new',
    );
    expect(r.claims).toEqual([
      expect.objectContaining({ id: 'new', articleId: 'a0', verdict: 'unverified' }),
    ]);
    expect(r.unresolved).toBe(1);
    expect(r.ignored).toBe(1);
  });
});

describe('decodeText limits', () => {
  it('takes a caller’s larger limit (backups are bigger than articles)', () => {
    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(decodeText(big).ok).toBe(false);
    expect(decodeText(big, 200 * 1024 * 1024).ok).toBe(true);
  });
});

describe('decodeText', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['UTF-8', enc('Café 🚀'), 'Café 🚀', 'UTF-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Café')]), 'Café', 'UTF-8'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]), 'Cé', 'UTF-16LE'],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, 0x00, 0x43, 0x00, 0xe9]), 'Cé', 'UTF-16BE'],
    [
      'Windows-1252',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]),
      'Café “q”',
      'windows-1252',
    ],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
  });
  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), 'binary'],
    ['too large', new Uint8Array(6 * 1024 * 1024).fill(0x61), 'too large'],
  ])('refuses %s files', (_name, bytes, message) => {
    // (the limit is the article limit unless the caller gives its own, as backups do)
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(message);
  });
});
