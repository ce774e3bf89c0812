import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import { judgeClaim, linksByClaim } from '../evidence/independence';
import { sharesWording } from '../evidence/wording';
import type { SheetArticle, SheetClaim, SheetLink } from './verdict-sheet';

import { DEFAULT_SCALE, ratingOf, scaleExplanation, type RatingScale } from '../rating-scales';

export interface ClaimReviewSettings {
  organisation: string;
  /** The organisation's site and logo, named in every review's author when set. */
  organisationUrl?: string;
  logoUrl?: string;
  /** Claim URLs are this base plus the claim id. */
  baseUrl: string;
  /**
   * The newsroom's rating scale (default: 1 = Disputed, 3 = Confirmed; Unverified claims carry no
   * verdict and are not exported): each review's numbers, words and explanation come from it.
   */
  scale?: RatingScale;
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
  const scale = settings.scale ?? DEFAULT_SCALE;
  return claims
    .filter((c) => ratingOf(c, scale).published)
    .map((c): WithContext<ClaimReview> => {
      const rating = ratingOf(c, scale);
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
          ratingValue: rating.value,
          bestRating: scale.best,
          worstRating: scale.worst,
          alternateName: rating.label,
          ratingExplanation: scaleExplanation(scale),
        },
        itemReviewed: {
          '@type': 'Claim',
          // Who made the claim, not the reporter who wrote the article (left out when not yet said).
          ...(c.claimant ? { author: { '@type': c.claimant.type, name: c.claimant.name } } : {}),
          appearance,
          // Where it was first seen: its own source (an article, or the post or speech it was noted from).
          ...(appearance[0] ? { firstAppearance: appearance[0] } : {}),
        },
        ...(c.note ? { reviewBody: c.note } : {}),
        ...(citation.length ? { citation } : {}),
      };
    });
}
