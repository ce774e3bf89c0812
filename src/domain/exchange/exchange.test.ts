import { describe, expect, it } from 'vitest';
import { articles, categories, claims, links, meta } from '../../testing/exchange-fixtures';
import { toClaimReviews } from './claim-review';
import { scaleById } from '../rating-scales';
import { decodeText } from './decode';
import {
  EVIDENCE_SHEET_HEADER,
  EVIDENCE_TECHNICAL_HEADER,
  evidenceSheetRows,
  TECHNICAL_HEADER,
  VERDICT_SHEET_HEADER,
  verdictSheetRows,
  type SheetLink,
} from './verdict-sheet';
import { readWebAnnotations, toWebAnnotations } from './web-annotation';

describe('verdict sheet', () => {
  const header = [...VERDICT_SHEET_HEADER, ...TECHNICAL_HEADER];
  it('maps each claim to the columns an editor reads, technical ones last', () => {
    const [row] = verdictSheetRows(claims, meta, categories, links, { technical: true });
    const cell = (name: (typeof header)[number]) => row![header.indexOf(name)];
    expect(row).toHaveLength(header.length);
    expect(cell('claim text')).toBe(claims[0]!.selector.quote.exact);
    expect(header.slice(0, 5)).toEqual([
      'claim text',
      'claimant',
      'verdict',
      'category',
      'independent supporting sources',
    ]);
    expect(cell('claimant')).toBe('Kremlin spokesperson Dmitry Peskov');
    expect(cell('category')).toBe('Arms transfers');
    expect(cell('verdict')).toBe('Confirmed');
    expect(cell('outlet')).toBe('The Guardian');
    expect(cell('article URL')).toBe('https://example.org/a0');
    expect(cell('claim id')).toBe('c1');
    expect(cell('article file')).toBe('a0.txt');
    expect(Number(cell('end')) - Number(cell('start'))).toBe([...claims[0]!.selector.quote.exact].length);
    expect(cell('supporting sentences')).toMatch(/^Unknown outlet: According to the Kremlin/);
    expect(cell('independent supporting sources')).toBe('1');
    // Spreadsheet date-times (UTC), not ISO text a spreadsheet keeps as a string.
    expect(cell('created (UTC)')).toBe('2026-11-23 09:00:00');
    expect(cell('updated (UTC)')).toBe('2026-11-23 10:30:00');
    expect(cell('verdict changed (UTC)')).toBe('2026-11-23 10:15:00');
  });

  it('leaves the technical columns out unless asked', () => {
    const [row] = verdictSheetRows(claims, meta, categories, links);
    expect(row).toHaveLength(VERDICT_SHEET_HEADER.length);
    expect(row).not.toContain('c1');
  });

  it('says the rating on the newsroom’s scale in both sheet shapes', () => {
    const rated = [
      { ...claims[0]!, rating: 'mostly-true' },
      { ...claims[1]!, verdict: 'disputed' as const },
    ];
    const five = { scale: scaleById('truth-5') };
    const verdictCell = (rows: string[][]) => rows.map((r) => r[VERDICT_SHEET_HEADER.indexOf('verdict')]);
    expect(verdictCell(verdictSheetRows(rated, meta, categories, links, five))).toEqual([
      'Mostly true',
      'False',
    ]);
    expect(verdictCell(verdictSheetRows(rated, meta, categories, links))).toEqual(['Confirmed', 'Disputed']);
    const evidence = evidenceSheetRows(rated, meta, links, five);
    expect(evidence[0]![EVIDENCE_SHEET_HEADER.indexOf('verdict')]).toBe('Mostly true');
  });

  it('lists evidence in the panel’s order (as linked), whatever the ids', () => {
    const later: SheetLink = { ...links[0]!, id: 'a-first-by-id', articleId: 'a1', createdAt: 9e12 };
    const earlier: SheetLink = { ...links[0]!, id: 'z-last-by-id', createdAt: 1 };
    const [row] = verdictSheetRows(claims, meta, categories, [later, earlier]);
    const cell = row![VERDICT_SHEET_HEADER.indexOf('supporting sentences')]!;
    expect(cell.split('\n').map((l) => l.split(':')[0])).toEqual(['Unknown outlet', 'The Guardian']);
  });
});

describe('evidence sheet', () => {
  it('gives one row per link: claim, relation, outlet, sentence, and whether it counts or why not', () => {
    const sameOutlet: SheetLink = { ...links[0]!, id: 'l9', articleId: 'a1', createdAt: 2 };
    const rows = evidenceSheetRows(claims, meta, [{ ...links[0]!, createdAt: 1 }, sameOutlet], {
      technical: true,
    });
    const header = [...EVIDENCE_SHEET_HEADER, ...EVIDENCE_TECHNICAL_HEADER];
    const cell = (r: string[], name: (typeof header)[number]) => r[header.indexOf(name)];
    expect(rows).toHaveLength(2);
    expect(cell(rows[0]!, 'relation')).toBe('Supports');
    expect(cell(rows[0]!, 'outlet')).toBe('Unknown outlet');
    expect(cell(rows[0]!, 'counts as an independent source')).toBe('yes');
    expect(cell(rows[1]!, 'outlet')).toBe('The Guardian');
    expect(cell(rows[1]!, 'counts as an independent source')).toMatch(/^no: same outlet as the claim/);
    expect(cell(rows[1]!, 'link id')).toBe('l9');
  });

  it('carries the evidence weight and note, in both sheet shapes', () => {
    const weighed: SheetLink = {
      ...links[0]!,
      createdAt: 1,
      note: 'confirmed by phone',
      weight: { attribution: 'on-record', access: 'primary', kind: null },
    };
    const [row] = evidenceSheetRows(claims, meta, [weighed]);
    const cell = (name: (typeof EVIDENCE_SHEET_HEADER)[number]) => row![EVIDENCE_SHEET_HEADER.indexOf(name)];
    expect(cell('attribution')).toBe('On the record');
    expect(cell('source access')).toBe('Primary source');
    expect(cell('kind of source')).toBe('');
    expect(cell('evidence note')).toBe('confirmed by phone');
    const [sheet] = verdictSheetRows(claims, meta, categories, [weighed]);
    expect(sheet![VERDICT_SHEET_HEADER.indexOf('supporting sentences')]).toMatch(
      /: According to the Kremlin, the Russian Ministers of Defense \(On the record, Primary source; note: confirmed by phone\)$/,
    );
  });
});

describe('ClaimReview', () => {
  it('gives one review per claim with a verdict, on a documented scale', () => {
    const reviews = toClaimReviews(claims, meta, {
      organisation: 'Desk',
      organisationUrl: 'https://checks.example',
      logoUrl: 'https://checks.example/logo.png',
      baseUrl: 'https://checks.example/claims',
    }) as unknown as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/claims/c1',
      claimReviewed: claims[0]!.selector.quote.exact,
      datePublished: '2026-11-23',
      author: {
        '@type': 'Organization',
        name: 'Desk',
        url: 'https://checks.example',
        logo: { '@type': 'ImageObject', url: 'https://checks.example/logo.png' },
      },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 3,
        bestRating: 3,
        worstRating: 1,
        alternateName: 'Confirmed',
      },
      itemReviewed: {
        '@type': 'Claim',
        // The claimant, never the article's reporter (A. Writer).
        author: { '@type': 'Person', name: 'Kremlin spokesperson Dmitry Peskov' },
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

  it('carries an evidence link’s weight (as tags) and note (as a comment) there and back', () => {
    const weighed = [
      {
        ...links[0]!,
        note: 'on the phone',
        weight: { attribution: 'anonymous', access: null, kind: 'reporting' },
      },
    ] as SheetLink[];
    const out = toWebAnnotations(claims, weighed, new Map(articles.map((a) => [a.id, a])), categories);
    const back = readWebAnnotations(out, articles, { claims: [] }, () => 'x');
    expect(back.links).toEqual([
      expect.objectContaining({
        note: 'on the phone',
        weight: { attribution: 'anonymous', access: null, kind: 'reporting' },
      }),
    ]);
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
