import { z } from 'zod';
import { id, selector, time } from './common';
import { defineRecord } from './record-type';

export const RELATIONS = ['supports', 'contradicts'] as const;
export type Relation = (typeof RELATIONS)[number];

/** A sentence of another article linked to a claim as evidence. */
export const linkSchema = z.strictObject({
  id,
  claimId: id,
  /** The article the evidence sentence is in. */
  articleId: id,
  /** `${articleId}:${start}`: one link per claim and sentence. */
  sentenceKey: id,
  /** The sentence's selectors (code points), so it can be found again if the text changes. */
  selector,
  relation: z.enum(RELATIONS),
  createdAt: time,
  updatedAt: time,
});
export type LinkRecord = z.infer<typeof linkSchema>;

export const linkRecord = defineRecord({
  table: 'links',
  schema: linkSchema,
  stores: { 2: 'id, claimId, articleId, &[claimId+sentenceKey]' },
  migrations: [],
});

/** A suggestion the user dismissed for a claim: not suggested again. */
export const dismissalSchema = z.strictObject({ id, claimId: id, sentenceKey: id, createdAt: time });
export type DismissalRecord = z.infer<typeof dismissalSchema>;

export const dismissalRecord = defineRecord({
  table: 'dismissals',
  schema: dismissalSchema,
  stores: { 2: 'id, claimId' },
  migrations: [],
});
