/**
 * Finds where a quote occurs among many articles without reading every article for every quote. An
 * index of where each pair of neighbouring words occurs (article and offset), built once, gives the
 * places where the quote's rarest pair of words stands; only there is the quote compared, character
 * by character. A quote's first and last words may be cut mid-word, so only pairs of the whole words
 * inside it are looked up; a quote with fewer than two whole words inside is searched for in every
 * article. The answer is always the same as searching every article.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** Word ids and offsets stay below this, so a pair of them is one safe integer. */
const LIMIT = 2 ** 26;

export interface QuoteFinder<A> {
  /** Every occurrence of `exact` (UTF-16 offset in the article's text), articles in the order given. */
  find(exact: string): Array<{ article: A; at: number }>;
}

function words(text: string): Array<{ word: string; at: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), at: m.index }));
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
      const ws = words(a.text);
      for (let k = 0; k + 1 < ws.length; k++) {
        const pair = idOf(ws[k]!.word) * LIMIT + idOf(ws[k + 1]!.word);
        const place = i * LIMIT + ws[k]!.at;
        const list = map.get(pair);
        if (list) list.push(place);
        else map.set(pair, [place]);
      }
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
      const inner = words(exact).slice(1, -1);
      if (inner.length < 2 || !usable) return everywhere(exact);
      places ??= build();
      if (!usable) return everywhere(exact);
      let rarest: { list: number[]; at: number } | null = null;
      for (let k = 0; k + 1 < inner.length; k++) {
        const a = vocabulary.get(inner[k]!.word);
        const b = vocabulary.get(inner[k + 1]!.word);
        const list = a === undefined || b === undefined ? undefined : places.get(a * LIMIT + b);
        if (!list) return [];
        if (!rarest || list.length < rarest.list.length) rarest = { list, at: inner[k]!.at };
      }
      const out: Array<{ article: A; at: number }> = [];
      for (const place of rarest!.list) {
        const article = articles[Math.floor(place / LIMIT)]!;
        const at = (place % LIMIT) - rarest!.at;
        if (at >= 0 && article.text.startsWith(exact, at)) out.push({ article, at });
      }
      return out;
    },
  };
}
