import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import type { Verdict } from '../types';
import { judgeClaim, linksByClaim } from '../evidence/independence';
import { sharesWording } from '../evidence/wording';
import type { SheetArticle, SheetClaim, SheetLink } from './verdict-sheet';

/**
 * The numeric scale of our ClaimReview ratings, stated in every export: 1 = Disputed (the claim is
 * contradicted), 2 = Unverified, 3 = Confirmed. Unverified claims carry no verdict, so they are not
 * exported as reviews at all; the scale keeps 2 so that the numbers stay ordinal.
 */
export const RATING_SCALE: Record<Verdict, number> = { disputed: 1, unverified: 2, confirmed: 3 };
export const BEST_RATING = 3;
export const WORST_RATING = 1;

export interface ClaimReviewSettings {
  organisation: string;
  /** The organisation's site and logo, named in every review's author when set. */
  organisationUrl?: string;
  logoUrl?: string;
  /** Claim URLs are this base plus the claim id. */
  baseUrl: string;
}

export interface ClaimReviewArticle extends SheetArticle {
  url: string | null;
  author: string | null;
  date: string | null;
}

function creativeWork(a: ClaimReviewArticle): CreativeWork {
  return {
    '@type': 'CreativeWork',
    headline: a.headline,
    ...(a.url ? { url: a.url } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization', name: a.outlet } } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
  };
}

/**
 * schema.org ClaimReview JSON-LD, one review per claim with a verdict (Confirmed or Disputed). The
 * claim appears in its own article and in every article linked as evidence that repeats its wording
 * (the same claim, reprinted). `citation` lists the independent sources the review rests on, judged
 * by the same function as the panel, the table and the CSV.
 */
export function toClaimReviews(
  claims: readonly SheetClaim[],
  articles: ReadonlyMap<string, ClaimReviewArticle>,
  settings: ClaimReviewSettings,
  links: readonly SheetLink[] = [],
): WithContext<ClaimReview>[] {
  const base = settings.baseUrl.endsWith('/') ? settings.baseUrl : `${settings.baseUrl}/`;
  const linksOf = linksByClaim(links);
  return claims
    .filter((c) => c.verdict !== 'unverified')
    .map((c): WithContext<ClaimReview> => {
      const where = [c.articleId];
      for (const l of links) {
        if (
          l.claimId === c.id &&
          !where.includes(l.articleId) &&
          sharesWording(c.selector.quote.exact, l.selector.quote.exact)
        )
          where.push(l.articleId);
      }
      const judged = judgeClaim(c, linksOf.get(c.id) ?? [], (id) => articles.get(id));
      const citation = judged.sources.flatMap((s) => {
        const art = s.counts && s.relation === 'supports' ? articles.get(s.articleId) : undefined;
        return art ? [creativeWork(art)] : [];
      });
      const appearance = where.flatMap((id) => {
        const art = articles.get(id);
        return art ? [creativeWork(art)] : [];
      });
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${base}${encodeURIComponent(c.id)}`,
        claimReviewed: c.normalised?.trim() || c.selector.quote.exact,
        datePublished: new Date(c.updatedAt).toISOString().slice(0, 10),
        author: {
          '@type': 'Organization',
          name: settings.organisation,
          ...(settings.organisationUrl ? { url: settings.organisationUrl } : {}),
          ...(settings.logoUrl ? { logo: { '@type': 'ImageObject', url: settings.logoUrl } } : {}),
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: RATING_SCALE[c.verdict],
          bestRating: BEST_RATING,
          worstRating: WORST_RATING,
          alternateName: c.verdict === 'confirmed' ? 'Confirmed' : 'Disputed',
          ratingExplanation: 'Scale: 1 = Disputed, 2 = Unverified, 3 = Confirmed.',
        },
        itemReviewed: {
          '@type': 'Claim',
          // Who made the claim, not the reporter who wrote the article (left out when not yet said).
          ...(c.claimant ? { author: { '@type': c.claimant.type, name: c.claimant.name } } : {}),
          appearance,
        },
        ...(c.note ? { reviewBody: c.note } : {}),
        ...(citation.length ? { citation } : {}),
      };
    });
}
