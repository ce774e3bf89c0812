import { analyseWords } from './terms';

/**
 * Learning from the fact-checker: every link (supports or contradicts) and every dismissal is a
 * labelled example. A pairwise logistic re-ranker (RankNet's loss on feature differences) fits
 * weights for a few features of a (claim, sentence) pair, pulled towards the weights of the base
 * ranking, so that with no examples nothing changes and with a few the ranking moves a little.
 */

/** What a candidate is described by; the first four add up to the base ranking. */
export const FEATURES = [
  'words (BM25)',
  'canonical terms (BM25)',
  'phrases (BM25)',
  'like a linked sentence',
  'shared names',
  'shared numbers',
  'same outlet as the claim',
  'same story as a linked sentence',
  'linked to other claims before',
  'close in meaning',
  'close in meaning (sentence model)',
] as const;

export interface LearningExample {
  claim: { articleId: string; text: string };
  sentenceId: string;
  relation: 'supports' | 'contradicts' | 'dismissed';
}

export interface Pair {
  better: number[];
  worse: number[];
}

/**
 * Strength of the pull towards the base weights, tuned on the dev half: weaker pulls let the few
 * examples of a five-article dossier overfit and cost recall; at 1 the ranking moves only where many
 * links agree.
 */
export const PRIOR_STRENGTH = 1;
const ITERATIONS = 300;
const RATE = 0.5;

/** Weights that minimise the pairwise logistic loss plus PRIOR_STRENGTH × distance to the prior. */
export function fitPairwise(
  pairs: readonly Pair[],
  prior: readonly number[],
  strength = PRIOR_STRENGTH,
): number[] {
  const w = [...prior];
  if (!pairs.length) return w;
  const diffs = pairs.map((p) => p.better.map((x, i) => x - p.worse[i]!));
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = w.map((wi, i) => 2 * strength * (wi - prior[i]!));
    for (const d of diffs) {
      let margin = 0;
      for (let i = 0; i < d.length; i++) margin += w[i]! * d[i]!;
      // d/dw of log(1 + e^-margin) = -d · σ(-margin)
      const s = 1 / (1 + Math.exp(margin));
      for (let i = 0; i < d.length; i++) grad[i]! -= (s * d[i]!) / diffs.length;
    }
    // A step no larger than the pull towards the prior allows, so a strong prior cannot diverge.
    const step = RATE / (1 + 2 * strength);
    for (let i = 0; i < w.length; i++) w[i]! -= step * grad[i]!;
  }
  return w;
}

export function dot(w: readonly number[], f: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * (f[i] ?? 0);
  return s;
}

/** Shares of the claim's names and numbers the sentence repeats, each from 0 to 1. */
export function sharedNamesAndNumbers(claim: string, sentence: string): [number, number] {
  const mine = analyseWords(claim);
  const theirs = analyseWords(sentence);
  const share = (a: Set<string>, b: Set<string>) =>
    a.size ? [...a].filter((x) => b.has(x)).length / a.size : 0;
  const names = (t: typeof mine) => new Set(t.terms.filter((x) => x.name).map((x) => x.term));
  const numbers = (t: typeof mine) => new Set(t.words.filter((x) => /^\d/.test(x)));
  return [share(names(mine), names(theirs)), share(numbers(mine), numbers(theirs))];
}

/** The examples of each claim: the sentences linked to it (good) and those dismissed (bad). */
export function examplesByClaim(
  examples: readonly LearningExample[],
  keyOf: (claim: LearningExample['claim']) => string,
): Array<{ claim: LearningExample['claim']; good: Set<string>; bad: Set<string> }> {
  const byClaim = new Map<string, { claim: LearningExample['claim']; good: Set<string>; bad: Set<string> }>();
  for (const e of examples) {
    const key = keyOf(e.claim);
    const entry = byClaim.get(key) ?? { claim: e.claim, good: new Set(), bad: new Set() };
    (e.relation === 'dismissed' ? entry.bad : entry.good).add(e.sentenceId);
    byClaim.set(key, entry);
  }
  return [...byClaim.values()];
}

/** For each sentence (by its number), the claims it is linked to, as supporting or contradicting. */
export function claimsBySentence(
  examples: readonly LearningExample[],
  numberOf: ReadonlyMap<string, number>,
  keyOf: (claim: LearningExample['claim']) => string,
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const e of examples) {
    const d = numberOf.get(e.sentenceId);
    if (d !== undefined && e.relation !== 'dismissed')
      out.set(d, (out.get(d) ?? new Set<string>()).add(keyOf(e.claim)));
  }
  return out;
}

/**
 * The pairs one claim teaches, from its ranked candidates: every linked sentence should rank above
 * the dismissed ones and above those ranked above it but left unlinked (at most `skipped` of those).
 */
export function rankingPairs<C extends { f: number[] }>(
  list: readonly C[],
  idOf: (c: C) => string,
  good: ReadonlySet<string>,
  bad: ReadonlySet<string>,
  skipped: number,
): Pair[] {
  const pos = list.filter((c) => good.has(idOf(c)));
  const lowest = Math.max(...pos.map((c) => list.indexOf(c)));
  const neg = [
    ...list.filter((c) => bad.has(idOf(c))),
    ...list
      .slice(0, lowest)
      .filter((c) => !good.has(idOf(c)) && !bad.has(idOf(c)))
      .slice(0, skipped),
  ];
  return pos.flatMap((p) => neg.map((q) => ({ better: p.f, worse: q.f })));
}
