/**
 * Plain search over the dossier's sentences: a sentence matches when every word of the query starts a
 * word in it, ignoring case and accents ("kremlin shell" finds "the Kremlin's shells"). Results keep
 * the dossier's order (article by article, sentence by sentence).
 */

/** Text as search compares it: accents dropped, lower case. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A query's words, folded. */
export function queryWords(query: string): string[] {
  return fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A matcher for a query, or null when the query has no word. */
export function queryMatcher(query: string): ((text: string) => boolean) | null {
  const words = queryWords(query);
  if (!words.length) return null;
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(w)}`, 'u'));
  return (text) => {
    const folded = fold(text);
    return patterns.every((p) => p.test(folded));
  };
}

/** The sentences matching a query (at most `limit`) and how many match in all. */
export function findSentences<S extends { text: string }>(
  sentences: readonly S[],
  query: string,
  limit: number,
): { total: number; hits: S[] } {
  const match = queryMatcher(query);
  if (!match) return { total: 0, hits: [] };
  const hits: S[] = [];
  let total = 0;
  for (const s of sentences)
    if (match(s.text)) {
      total++;
      if (hits.length < limit) hits.push(s);
    }
  return { total, hits };
}
