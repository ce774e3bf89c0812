import { z } from 'zod';
import { id, nullableText, offset, span, text, time } from './common';
import { defineRecord } from './record-type';

/**
 * One row per article with its details only, so the article list stays light with 1,000 articles.
 * The text and its sentences live in `texts`, one row per article: grouping a dossier's sentences per
 * article makes a 100,000-sentence import about 50× faster than one row per sentence (TOOLCHAIN.md).
 */
export const articleSchema = z.strictObject({
  id,
  /** The file the article came from ("000_54f2….txt"), or null when pasted. */
  fileName: nullableText,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  headline: text.pipe(z.string().min(1)),
  headlineDerived: z.boolean(),
  /** null when the file does not say. */
  outlet: nullableText,
  author: nullableText,
  date: nullableText,
  // Only web addresses: a restored "javascript:" URL would otherwise become a link in the reader.
  url: text.pipe(z.string().regex(/^https?:\/\//i, 'must be an http(s) address')).nullable(),
  section: nullableText,
  /** Wire credits such as "With Agence France-Presse and Reuters". */
  credits: z.array(text),
  /** Position in the article list: seed order, then import order. */
  order: z.number().int(),
  addedAt: time,
  updatedAt: time,
});
export type ArticleRecord = z.infer<typeof articleSchema>;

export const articleRecord = defineRecord({
  table: 'articles',
  schema: articleSchema,
  stores: { 1: 'id, &contentHash, order' },
  migrations: [],
});

/** An article's text with its blocks and sentences (code points). */
export const articleTextSchema = z.strictObject({
  articleId: id,
  text,
  blocks: z.array(
    z.strictObject({ kind: z.enum(['body', 'caption', 'heading']), start: offset, end: offset }),
  ),
  sentences: z.array(span),
});
export type ArticleTextRecord = z.infer<typeof articleTextSchema>;

export const articleTextRecord = defineRecord({
  table: 'texts',
  schema: articleTextSchema,
  stores: { 1: 'articleId' },
  migrations: [],
});
