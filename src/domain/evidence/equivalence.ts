import { FieldIndex } from './bm25';
import { analyseWords } from './terms';

/**
 * Equivalent claims: the same thing claimed in two articles (a reprint, or a paraphrase of one fact).
 * Two claims are equivalent when the cosine of their term vectors (canonical terms and stems, weighted
 * by IDF over the dossier's sentences) reaches EQUIVALENT_SIMILARITY; equivalence is closed under
 * "equivalent to an equivalent", so a dossier's claims fall into groups.
 */

/** Cosine above which two claims state the same thing (tuned on the dev half of the labelled pairs). */
export const EQUIVALENT_SIMILARITY = 0.25;
/** Neighbours looked at per claim when grouping (found through an inverted index, not all pairs). */
const NEIGHBOURS = 10;

export interface ClaimText {
  id: string;
  articleId: string;
  text: string;
}

/** The tokens of a claim for comparison: canonical terms and stems, each once. */
function tokensOf(text: string): string[] {
  const { words, terms } = analyseWords(text);
  return [...new Set([...terms.map((t) => `t:${t.term}`), ...words.map((w) => `w:${w}`)])];
}

/** Document frequencies of the dossier's sentences, for IDF. */
export function idfOf(sentences: readonly string[]): (token: string) => number {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of tokensOf(s)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return (t) => Math.log(1 + (n + 1) / ((df.get(t) ?? 0) + 1));
}

/** Cosine similarity of two claims' IDF-weighted token sets, from 0 to 1. */
export function claimSimilarity(a: string, b: string, idf: (token: string) => number): number {
  const ta = tokensOf(a);
  const tb = new Set(tokensOf(b));
  let dotAB = 0;
  let na = 0;
  let nb = 0;
  for (const t of ta) {
    const w = idf(t) ** 2;
    na += w;
    if (tb.has(t)) dotAB += w;
  }
  for (const t of tb) nb += idf(t) ** 2;
  return na && nb ? dotAB / Math.sqrt(na * nb) : 0;
}

/**
 * Groups of equivalent claims (each of at least two, from at least two articles), found through an
 * inverted index over the claims so a big dossier is not compared pair by pair.
 */
export function equivalentGroups(
  claims: readonly ClaimText[],
  idf: (token: string) => number,
  threshold = EQUIVALENT_SIMILARITY,
): string[][] {
  const index = new FieldIndex();
  const tokens = claims.map((c) => tokensOf(c.text));
  tokens.forEach((t, i) => index.add(i, t));
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const scores = new Float64Array(claims.length);
  claims.forEach((c, i) => {
    const touched = new Set<number>();
    index.score(tokens[i]!, 1, scores, touched);
    const near = [...touched]
      .filter((j) => j !== i && claims[j]!.articleId !== c.articleId)
      .sort((x, y) => scores[y]! - scores[x]!)
      .slice(0, NEIGHBOURS);
    for (const j of touched) scores[j] = 0;
    for (const j of near) {
      if (claimSimilarity(c.text, claims[j]!.text, idf) >= threshold) {
        const [ri, rj] = [find(i), find(j)];
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  });
  const groups = new Map<number, string[]>();
  claims.forEach((c, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), c.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
