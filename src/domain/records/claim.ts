import { z } from 'zod';
import { id, selector, text, time } from './common';
import { defineRecord } from './record-type';

/** The three verdicts a fact-checker can give a claim. Order is the order shown in menus. */
export const VERDICTS = ['unverified', 'confirmed', 'disputed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Who made a claim: a person ("Kremlin spokesperson Dmitry Peskov") or an organisation. */
export const claimantSchema = z.strictObject({
  name: text.pipe(z.string().min(1).max(200)),
  type: z.enum(['Person', 'Organization']),
});
export type Claimant = z.infer<typeof claimantSchema>;

/** A claim: a span of an article, with the fact-checker's category, verdict and note. */
export const claimSchema = z.strictObject({
  id,
  articleId: id,
  /** W3C Web Annotation selectors; positions in code points. */
  selector,
  categoryId: id,
  verdict: z.enum(VERDICTS),
  note: text,
  /** Who made the claim, when the fact-checker has said (null: not said yet). */
  claimant: claimantSchema.nullable(),
  /**
   * The claim in neutral words, as a fact-check states what it checks ("North Korea will supply
   * artillery shells to Russia"); absent or '' when the quote says it well enough.
   */
  normalised: text.pipe(z.string().max(500)).optional(),
  /**
   * The rating the claim was given on the newsroom's scale (src/domain/rating-scales.ts); absent or
   * null: the scale's rating for its verdict. Always one of the verdict's ratings.
   */
  rating: text.pipe(z.string().max(40)).nullable().optional(),
  createdAt: time,
  updatedAt: time,
  /** When the verdict last changed (null or absent: not since the claim was made). */
  verdictChangedAt: time.nullable().optional(),
  /** Revision number, raised by every write: lets a tab see that another tab changed the claim. */
  rev: z.number().int().positive(),
});
export type ClaimRecord = z.infer<typeof claimSchema>;
/** A claim as the domain sees it (the revision is the database's business). */
export type Claim = Omit<ClaimRecord, 'rev'>;

export const claimRecord = defineRecord({
  table: 'claims',
  schema: claimSchema,
  stores: {
    1: 'id, articleId, categoryId, verdict, updatedAt',
    4: 'id, articleId, categoryId, verdict, updatedAt',
  },
  migrations: [
    {
      version: 2,
      why: 'Revisions (cross-tab edits) arrived; version 1 could store a claim without a note.',
      up: (c) => ({
        ...c,
        note: typeof c.note === 'string' ? c.note : '',
        rev: typeof c.rev === 'number' ? c.rev : 1,
      }),
    },
    {
      version: 4,
      why: 'Claimants arrived: who made the claim, a person or an organisation; none is known for older claims.',
      up: (c) => ({ ...c, claimant: c.claimant ?? null }),
    },
    {
      version: 5,
      why: 'Claims keep an audit trail (the history table); the time of the last verdict change is kept with the claim for the verdict sheet. Older claims have no recorded change.',
      up: (c) => ({ ...c, verdictChangedAt: c.verdictChangedAt ?? null }),
    },
  ],
});
