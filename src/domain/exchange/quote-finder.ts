/**
 * Finds where a quote occurs among many articles without reading every article for every quote. An
 * index of where each pair of neighbouring words occurs (article and offset), built once, gives the
 * places where the quote's rarest pair of words stands; only there is the quote compared, character
 * by character. A quote's first and last words may be cut mid-word, so only pairs of the whole words
 * inside it are looked up; a quote with fewer than two whole words inside is searched for in every
 * article. The answer is always the same as searching every article.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether a UTF-16 unit belongs to a word (letters and digits of any script; ASCII decided at once). */
const wordUnitCache = new Map<number, boolean>();
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wordUnitCache.get(c);
  if (known === undefined) {
    // A surrogate half stands for the letter it is part of: astral letters (rare in news) count as word.
    known = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c));
    wordUnitCache.set(c, known);
  }
  return known;
}

/**
 * Calls back with each word of `text` (a run of letters and digits), lower-cased, and its offset: a
 * loop over the text's units, several times faster than a Unicode regular expression over 100,000
 * quotes. Index and queries use the same words, so the index never misses a place.
 */
function eachWord(text: string, visit: (word: string, at: number) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      visit(text.slice(start, i).toLowerCase(), start);
      start = -1;
    }
  }
}
/** Word ids and offsets stay below this, so a pair of them is one safe integer. */
const LIMIT = 2 ** 26;

export interface QuoteFinder<A> {
  /** Every occurrence of `exact` (UTF-16 offset in the article's text), articles in the order given. */
  find(exact: string): Array<{ article: A; at: number }>;
}

export function createQuoteFinder<A extends { text: string }>(articles: readonly A[]): QuoteFinder<A> {
  const vocabulary = new Map<string, number>();
  /** Pair of word ids → places, each article index × LIMIT + offset of the pair's first word. */
  let places: Map<number, number[]> | null = null;
  let usable = articles.length >= 8 && articles.every((a) => a.text.length < LIMIT);
  const idOf = (w: string) => {
    let id = vocabulary.get(w);
    if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
    return id;
  };
  const build = () => {
    const map = new Map<number, number[]>();
    articles.forEach((a, i) => {
      let previous = -1;
      let previousAt = 0;
      eachWord(a.text, (word, at) => {
        const id = idOf(word);
        if (previous >= 0) {
          const pair = previous * LIMIT + id;
          const place = i * LIMIT + previousAt;
          const list = map.get(pair);
          if (list) list.push(place);
          else map.set(pair, [place]);
        }
        previous = id;
        previousAt = at;
      });
    });
    if (vocabulary.size >= LIMIT || articles.length >= LIMIT) usable = false;
    return map;
  };
  const everywhere = (exact: string) =>
    articles.flatMap((article) => {
      const out: Array<{ article: A; at: number }> = [];
      if (exact)
        for (let at = article.text.indexOf(exact); at >= 0; at = article.text.indexOf(exact, at + 1))
          out.push({ article, at });
      return out;
    });
  return {
    find(exact) {
      if (!usable) return everywhere(exact);
      places ??= build();
      if (!usable) return everywhere(exact);
      // The whole words inside the quote (its first and last may be cut), as ids with their offsets.
      const ids: number[] = [];
      const ats: number[] = [];
      eachWord(exact, (word, at) => {
        ids.push(vocabulary.get(word) ?? -1);
        ats.push(at);
      });
      if (ids.length < 4) return everywhere(exact);
      let rarest: number[] | null = null;
      let rarestAt = 0;
      for (let k = 1; k + 2 < ids.length; k++) {
        const a = ids[k]!;
        const b = ids[k + 1]!;
        const list = a < 0 || b < 0 ? undefined : places.get(a * LIMIT + b);
        if (!list) return [];
        if (!rarest || list.length < rarest.length) {
          rarest = list;
          rarestAt = ats[k]!;
        }
      }
      const out: Array<{ article: A; at: number }> = [];
      for (const place of rarest!) {
        const i = Math.floor(place / LIMIT);
        const at = place - i * LIMIT - rarestAt;
        const article = articles[i]!;
        if (at >= 0 && article.text.startsWith(exact, at)) out.push({ article, at });
      }
      return out;
    },
  };
}
