import { z } from 'zod';
import { id, selector, text, time } from './common';
import { defineRecord } from './record-type';

export const RELATIONS = ['supports', 'contradicts'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * What a piece of evidence weighs, as a standards editor asks: who says it (named on the record, or
 * anonymous), from where (a primary source, or someone reporting it second-hand), and what it is (an
 * official statement, or reporting). `null`: not said.
 */
export const ATTRIBUTIONS = ['on-record', 'anonymous'] as const;
export const ACCESSES = ['primary', 'secondary'] as const;
export const KINDS = ['official', 'reporting'] as const;
export const weightSchema = z.strictObject({
  attribution: z.enum(ATTRIBUTIONS).nullable(),
  access: z.enum(ACCESSES).nullable(),
  kind: z.enum(KINDS).nullable(),
});
export type EvidenceWeight = z.infer<typeof weightSchema>;
export const NO_WEIGHT: EvidenceWeight = { attribution: null, access: null, kind: null };
export const WEIGHT_LABELS = {
  attribution: { 'on-record': 'On the record', anonymous: 'Anonymous' },
  access: { primary: 'Primary source', secondary: 'Secondary source' },
  kind: { official: 'Official statement', reporting: 'Reporting' },
} as const;

/** The weight in words ("On the record, Primary source"), '' when nothing is said. */
export function describeWeight(w: EvidenceWeight | undefined): string {
  if (!w) return '';
  return [
    w.attribution && WEIGHT_LABELS.attribution[w.attribution],
    w.access && WEIGHT_LABELS.access[w.access],
    w.kind && WEIGHT_LABELS.kind[w.kind],
  ]
    .filter(Boolean)
    .join(', ');
}

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
  /** The fact-checker's short note on this evidence ("confirmed by phone with the ministry"). */
  note: text.pipe(z.string().max(1000)),
  weight: weightSchema,
  createdAt: time,
  updatedAt: time,
});
export type LinkRecord = z.infer<typeof linkSchema>;

export const linkRecord = defineRecord({
  table: 'links',
  schema: linkSchema,
  stores: { 2: 'id, claimId, articleId, &[claimId+sentenceKey]' },
  migrations: [
    {
      version: 7,
      why: 'Evidence carries its weight: a note and who says it, from where, of what kind; not said for older links.',
      up: (l) => ({ ...l, note: typeof l.note === 'string' ? l.note : '', weight: l.weight ?? NO_WEIGHT }),
    },
  ],
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
