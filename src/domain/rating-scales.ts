import type { Verdict } from './records/claim';

/**
 * Rating scales: how a newsroom words its verdicts. Every rating belongs to one of the three verdicts
 * (confirmed, disputed, unverified), which the filters, the warnings and the independence checks
 * keep using; the scale decides what a fact-checker picks, what the exports say and ClaimReview's
 * numbers. A claim stores the rating it was given (`rating`, an id unique across scales); one given
 * before a scale change, or never given one, shows the scale's rating for its verdict:
 *
 * | verdict    | Confirmed / Disputed / Unverified | True / Mostly true / Unproven / Misleading / False |
 * | ---------- | --------------------------------- | ------------------------------------------------- |
 * | confirmed  | Confirmed (3 of 3)                | True (5 of 5)                                     |
 * | disputed   | Disputed (1 of 3)                 | False (1 of 5)                                    |
 * | unverified | Unverified (2 of 3, not published)| Not rated (not published)                         |
 */
export interface Rating {
  /** Unique across every scale, stored with the claim. */
  id: string;
  label: string;
  /** Shown with the word, never instead of it: verdicts differ by more than colour. */
  glyph: string;
  verdict: Verdict;
  /** ClaimReview's ratingValue, worst 1 … best. */
  value: number;
  /** False for a rating that says "not yet rated": such claims are left out of ClaimReview. */
  published: boolean;
}

export interface RatingScale {
  id: string;
  name: string;
  /** Best first. */
  ratings: readonly Rating[];
  /** The rating a claim shows for its verdict when it was given none of this scale (null: not rated). */
  fromVerdict: Readonly<Record<Verdict, string | null>>;
  best: number;
  worst: number;
}

/** A claim with no published rating on the scale in use. */
export const NOT_RATED: Rating = {
  id: '',
  label: 'Not rated',
  glyph: '?',
  verdict: 'unverified',
  value: 0,
  published: false,
};

export const RATING_SCALES: readonly RatingScale[] = [
  {
    id: 'verdicts',
    name: 'Confirmed / Disputed / Unverified',
    ratings: [
      { id: 'confirmed', label: 'Confirmed', glyph: '✓', verdict: 'confirmed', value: 3, published: true },
      { id: 'disputed', label: 'Disputed', glyph: '✗', verdict: 'disputed', value: 1, published: true },
      {
        id: 'unverified',
        label: 'Unverified',
        glyph: '?',
        verdict: 'unverified',
        value: 2,
        published: false,
      },
    ],
    fromVerdict: { confirmed: 'confirmed', disputed: 'disputed', unverified: 'unverified' },
    best: 3,
    worst: 1,
  },
  {
    id: 'truth-5',
    name: 'True / Mostly true / Unproven / Misleading / False',
    ratings: [
      { id: 'true', label: 'True', glyph: '✓', verdict: 'confirmed', value: 5, published: true },
      {
        id: 'mostly-true',
        label: 'Mostly true',
        glyph: '≈',
        verdict: 'confirmed',
        value: 4,
        published: true,
      },
      { id: 'unproven', label: 'Unproven', glyph: '∅', verdict: 'unverified', value: 3, published: true },
      { id: 'misleading', label: 'Misleading', glyph: '!', verdict: 'disputed', value: 2, published: true },
      { id: 'false', label: 'False', glyph: '✗', verdict: 'disputed', value: 1, published: true },
    ],
    fromVerdict: { confirmed: 'true', disputed: 'false', unverified: null },
    best: 5,
    worst: 1,
  },
];

export const DEFAULT_SCALE = RATING_SCALES[0]!;

export function scaleById(id: unknown): RatingScale {
  return RATING_SCALES.find((s) => s.id === id) ?? DEFAULT_SCALE;
}

const byId = new Map(RATING_SCALES.flatMap((s) => s.ratings.map((r) => [r.id, r] as const)));

/** A rating of any scale, by id. */
export function ratingById(id: string | null | undefined): Rating | undefined {
  return id ? byId.get(id) : undefined;
}

/** The rating a claim shows on a scale: the one it was given there, or its verdict's. */
export function ratingOf(claim: { verdict: Verdict; rating?: string | null }, scale: RatingScale): Rating {
  const given = ratingById(claim.rating);
  if (given && given.verdict === claim.verdict && scale.ratings.includes(given)) return given;
  return ratingById(scale.fromVerdict[claim.verdict]) ?? NOT_RATED;
}

/** What a scale offers in a menu: its ratings, and "Not rated" when none of them means that. */
export function choicesOf(scale: RatingScale): readonly Rating[] {
  return Object.values(scale.fromVerdict).includes(null) ? [...scale.ratings, NOT_RATED] : scale.ratings;
}

/** The stored change for choosing a rating: its verdict, and the rating itself (null: by verdict). */
export function chooseRating(r: Rating): { verdict: Verdict; rating: string | null } {
  return { verdict: r.verdict, rating: r.id || null };
}

/** How a scale's numbers read, for ClaimReview's ratingExplanation. */
export function scaleExplanation(scale: RatingScale): string {
  const all = [...scale.ratings].sort((a, b) => a.value - b.value);
  return `Scale: ${all.map((r) => `${r.value} = ${r.label}`).join(', ')}.`;
}

/** A choice of a scale's menu by id ('' is "Not rated"). */
export function choiceById(scale: RatingScale, id: string): Rating {
  return choicesOf(scale).find((r) => r.id === id) ?? NOT_RATED;
}
