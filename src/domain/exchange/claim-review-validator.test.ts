import { describe, expect, it } from 'vitest';
// Its Google preset encodes Google's ClaimReview fields (types: src/testing/structured-data-testing-tool.d.ts).
import { structuredDataTest, type TestResult } from 'structured-data-testing-tool';
import { Google } from 'structured-data-testing-tool/presets';
import { claims, links, meta } from '../../testing/exchange-fixtures';
import { recordUnitTrust } from '../../testing/trust-figures';
import { toClaimReviews } from './claim-review';
import { scaleById } from '../rating-scales';

/** Runs the validator on a page carrying the JSON-LD, as a crawler would find it. */
async function validate(doc: unknown): Promise<TestResult> {
  const html = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(doc)}</script></head><body></body></html>`;
  try {
    return await structuredDataTest(html, { presets: [Google], schemas: ['ClaimReview'] });
  } catch (e) {
    const res = (e as { res?: TestResult }).res;
    if (res) return res;
    throw e;
  }
}

describe('ClaimReview read by a structured-data validator (Google preset)', () => {
  it('passes every required and recommended ClaimReview test', async () => {
    const reviews = toClaimReviews(
      claims,
      meta,
      {
        organisation: 'Desk',
        organisationUrl: 'https://checks.example',
        logoUrl: 'https://checks.example/logo.png',
        baseUrl: 'https://checks.example/',
      },
      links,
    );
    expect(reviews.length).toBeGreaterThan(0);
    let passed = 0;
    let failed = 0;
    const results = [];
    for (const review of reviews) {
      const r = await validate(review);
      results.push(r);
      passed += r.passed.length;
      if (r.failed.length || r.warnings.length) failed++;
    }
    // Recorded as measured (a failing review counts as failed), then checked.
    recordUnitTrust('claimreview', { reviews: reviews.length, passed, failed });
    for (const r of results) {
      expect(r.failed.map((f) => `${f.test}: ${f.error?.message}`)).toEqual([]);
      expect(r.warnings.map((w) => w.test)).toEqual([]);
    }
  });

  it('on a five-point scale: the rating given, its number on that scale, Unproven published, Not rated left out', async () => {
    const given = [
      { ...claims[0]!, rating: 'mostly-true' },
      { ...claims[1]!, verdict: 'unverified' as const, rating: 'unproven' },
      { ...claims[1]!, id: 'not-rated', verdict: 'unverified' as const, rating: null },
    ];
    const reviews = toClaimReviews(
      given,
      meta,
      {
        organisation: 'Desk',
        organisationUrl: 'https://checks.example',
        baseUrl: 'https://checks.example/',
        scale: scaleById('truth-5'),
      },
      links,
    );
    expect(reviews.map((r) => r.reviewRating)).toEqual([
      expect.objectContaining({
        ratingValue: 4,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'Mostly true',
      }),
      expect.objectContaining({ ratingValue: 3, alternateName: 'Unproven' }),
    ]);
    expect(JSON.stringify(reviews[0]!.reviewRating)).toContain('5 = True');
    for (const review of reviews) {
      const r = await validate(review);
      expect(r.failed.map((f) => `${f.test}: ${f.error?.message}`)).toEqual([]);
    }
  });

  it('would catch a review without its rating or URL', async () => {
    const r = await validate({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'x',
    });
    expect(r.failed.map((f) => f.test)).toEqual(
      expect.arrayContaining(['ClaimReview[0].url', 'ClaimReview[0].reviewRating']),
    );
  });
});
