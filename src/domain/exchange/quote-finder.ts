/**
 * Finds the articles that contain a quote without reading every article for every quote: an index of
 * which articles hold each word, built once, narrows the search to the articles holding the quote's
 * rarest whole words; only those are searched for the exact text. A quote's first and last words may
 * be cut mid-word, so only the words inside it are looked up; a quote of fewer than three words is
 * searched for in every article, as before. The answer is the same as searching every article.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** How many of a quote's rarest words narrow the search. */
const LOOKUPS = 3;

export interface QuoteFinder<A> {
  /** The articles whose text contains `exact`, in the order given. */
  find(exact: string): A[];
}

export function createQuoteFinder<A extends { text: string }>(articles: readonly A[]): QuoteFinder<A> {
  let index: Map<string, number[]> | null = null;
  const build = () => {
    const map = new Map<string, number[]>();
    articles.forEach((a, i) => {
      for (const w of new Set(a.text.toLowerCase().match(WORD) ?? [])) {
        const list = map.get(w);
        if (list) list.push(i);
        else map.set(w, [i]);
      }
    });
    return map;
  };
  return {
    find(exact) {
      const words = exact.toLowerCase().match(WORD) ?? [];
      const inner = [...new Set(words.slice(1, -1))];
      if (inner.length < 1 || words.length < 3) return articles.filter((a) => a.text.includes(exact));
      index ??= build();
      const lists = inner.map((w) => index!.get(w) ?? []).sort((a, b) => a.length - b.length);
      if (!lists[0]!.length) return [];
      let candidates = new Set(lists[0]);
      for (const list of lists.slice(1, LOOKUPS)) {
        const has = new Set(list);
        candidates = new Set([...candidates].filter((i) => has.has(i)));
      }
      return [...candidates]
        .sort((a, b) => a - b)
        .map((i) => articles[i]!)
        .filter((a) => a.text.includes(exact));
    },
  };
}
