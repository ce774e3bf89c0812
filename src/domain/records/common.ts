import { z } from 'zod';

/*
 * The field types every record is built from. Text must be valid Unicode: a lone surrogate cannot be
 * written as UTF-8 and would corrupt every export.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** `isWellFormed` where the engine has it (Chromium, Node 20): a fifth of a backup check's time. */
const wellFormed = (s: string): boolean => {
  const own = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return own ? own.call(s) : !LONE_SURROGATE.test(s);
};
export const text = z
  .string()
  .refine(wellFormed, { message: 'contains a broken character (lone surrogate)' });
export const id = text.pipe(z.string().min(1).max(200));
/** Milliseconds since 1970. */
export const time = z.number().int().nonnegative();
/** A Unicode code-point offset into an article's text. */
export const offset = z.number().int().nonnegative();
export const nullableText = text.nullable();

/** W3C Web Annotation TextQuoteSelector and TextPositionSelector (code points). */
export const selector = z.strictObject({
  quote: z.strictObject({ exact: text.pipe(z.string().min(1)), prefix: text, suffix: text }),
  position: z.strictObject({ start: offset, end: offset }),
});
export const span = z.strictObject({ start: offset, end: offset });
