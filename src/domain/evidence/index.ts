import { FieldIndex } from './bm25';
import { disagreement, type Disagreement } from './contradiction';
import { cuesOf, type Cue } from './cues';
import { analyseWords, terms } from './terms';

export { attributions } from './attribution';
export { terms, stems } from './terms';
export { cuesOf, type Cue } from './cues';
export { disagreement, type Disagreement } from './contradiction';
export { wordingOverlap, sharesWording, SHARED_WORDING_THRESHOLD } from './wording';
export {
  dependence,
  judgeClaim,
  judgeEvidence,
  type Corroboration,
  type DependenceReason,
  type Dependency,
  type JudgedSentence,
  type LinkForCount,
  type LinkJudgement,
  type SourceJudgement,
} from './independence';

export interface EvidenceCandidate {
  id: string;
  articleId: string;
  outlet: string;
  text: string;
}

export interface RankedEvidence {
  id: string;
  score: number;
}

export interface RankOptions {
  /** How many to return (default 10). */
  limit?: number;
  /** How many of the best to skip: the next page of suggestions. */
  offset?: number;
  /** Sentences already linked to the claim: never returned, and used to find more like them. */
  linked?: string[];
  /** Sentences dismissed for the claim: never returned. */
  dismissed?: string[];
  /** Only sentences of this article. */
  articleId?: string;
}

/** A suggestion for the Contradicts lane, with how it disagrees. */
export interface RankedContradiction extends RankedEvidence {
  disagreement: Disagreement;
}

/** How deep the Contradicts lane looks among the sentences that bear on the claim. */
const CONTRADICTION_DEPTH = 60;

/** Default number of suggestions: a fact-checker rarely looks past the first few. */
const DEFAULT_LIMIT = 10;
/**
 * Field weights. Stemmed words as written are the surest sign; canonical terms (one name for a state,
 * whatever the outlet calls it) add paraphrase; two-term phrases reward a distinctive run of words
 * ("artillery shells", "spy satellite") over the same words scattered. Tuned on the dev half only.
 */
export const RANKING = {
  words: 1,
  terms: 0.5,
  phrases: 0.5,
  /** BM25 saturation and length normalisation (bm25.ts). */
  k1: 1.2,
  b: 0.5,
  idfPower: 2.5,
  /**
   * How much a query term's weight falls from the claim's first word to its last: the main clause of
   * a news sentence states the fact, trailing clauses add context ("…, itself under sanctions").
   */
  positionDecay: 0.6,
  /** Weight of each linked sentence against the claim when finding more like it (see below). */
  linked: 0.6,
};
export type RankingTuning = typeof RANKING;
/** Share of sentences above which a query token is dropped (see `keep`). */
const MAX_DF_SHARE = 0.1;
/** Never drop a token found in fewer sentences than this: small dossiers keep every token. */
const MIN_DF_CUTOFF = 1000;

/**
 * The three fields of the index: stemmed words, canonical terms, and adjacent term pairs. A pair inside
 * a proper name ("Kim Jong", "Vladimir Putin") is no phrase: names already match word by word, and
 * their pairs would make every sentence naming the same people look alike.
 */
function analyse(text: string): { words: string[]; terms: string[]; phrases: string[] } {
  const { words, terms: t } = analyseWords(text);
  const phrases: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!(t[i]!.name && t[i + 1]!.name)) phrases.push(`${t[i]!.term}_${t[i + 1]!.term}`);
  }
  return { words, terms: t.map((x) => x.term), phrases };
}

/** Each token's weight by where it first stands in the query (see RANKING.positionDecay). */
function positionWeights(tokens: readonly string[], decay: number): (t: string) => number {
  if (!decay || tokens.length < 2) return () => 1;
  const first = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!first.has(t)) first.set(t, i);
  });
  return (t) => 1 - (decay * (first.get(t) ?? 0)) / (tokens.length - 1);
}

/**
 * An index over candidate sentences that ranks them by how likely they bear on a claim: BM25 over
 * stemmed words, over canonical terms (paraphrase of names) and over adjacent term pairs (phrases),
 * summed with the weights above. Linked sentences widen the query ("more like this").
 */
export function createEvidenceIndex(
  sentences: readonly EvidenceCandidate[],
  tuning: Partial<RankingTuning> = {},
) {
  const tune = { ...RANKING, ...tuning };
  const ids = sentences.map((s) => s.id);
  const articleOf = sentences.map((s) => s.articleId);
  const docOf = new Map(ids.map((id, i) => [id, i]));
  const words = new FieldIndex(tune.k1, tune.b, tune.idfPower);
  const termField = new FieldIndex(tune.k1, tune.b, tune.idfPower);
  const phraseField = new FieldIndex(tune.k1, tune.b, tune.idfPower);

  // A sentence's cues are read when it is ranked, not for every sentence at build time.
  const cues: Array<Cue[] | undefined> = new Array(sentences.length);
  const cuesAt = (d: number) => (cues[d] ??= cuesOf(sentences[d]!.text));
  sentences.forEach((s, i) => {
    const a = analyse(s.text);
    words.add(i, a.words);
    termField.add(i, a.terms);
    phraseField.add(i, a.phrases);
  });
  const n = sentences.length;
  /**
   * A query keeps only tokens that tell sentences apart: one found in more than MAX_DF_SHARE of all
   * sentences ("russia" in a dossier about Russia) adds almost nothing to BM25 but makes the search
   * score most of the dossier. Dropping them keeps a query on 50,000 sentences fast.
   */
  const cutoff = Math.max(MIN_DF_CUTOFF, n * MAX_DF_SHARE);
  const keep = (_t: string, df: number) => df <= cutoff;

  /** BM25 of every sentence sharing a token with the text, summed over the fields. */
  function scoreText(text: string, scores: Float64Array, touched: Set<number>, weight = 1) {
    const a = analyse(text);
    const at = (tokens: string[], w: number) => {
      const pos = positionWeights(tokens, tune.positionDecay);
      return (t: string) => w * weight * pos(t);
    };
    words.score(a.words, at(a.words, tune.words), scores, touched, keep);
    termField.score(a.terms, at(a.terms, tune.terms), scores, touched, keep);
    phraseField.score(a.phrases, at(a.phrases, tune.phrases), scores, touched, keep);
  }

  /** Every candidate sharing content with the claim (and its linked sentences), best first. */
  function ranked(claim: { articleId: string; text: string }, options: RankOptions = {}): RankedEvidence[] {
    if (!claim.text.trim()) return [];
    const scores = new Float64Array(n);
    const touched = new Set<number>();
    scoreText(claim.text, scores, touched);
    const linked = (options.linked ?? []).map((id) => docOf.get(id)).filter((d) => d !== undefined);
    if (linked.length) {
      // Each linked sentence's own ranking, scaled to the claim's best score so neither drowns out
      // the other, and shared among the linked sentences so three links do not outweigh the claim.
      const best = Math.max(0, ...[...touched].map((d) => scores[d]!)) || 1;
      for (const d of linked) {
        const own = new Float64Array(n);
        const hit = new Set<number>();
        scoreText(sentences[d]!.text, own, hit);
        const top = Math.max(0, ...[...hit].filter((x) => x !== d).map((x) => own[x]!)) || 1;
        for (const x of hit) {
          scores[x] = scores[x]! + (tune.linked * best * own[x]!) / top / linked.length;
          touched.add(x);
        }
      }
    }
    const skip = new Set([...(options.linked ?? []), ...(options.dismissed ?? [])]);
    const out: RankedEvidence[] = [];
    for (const d of touched) {
      if (articleOf[d] === claim.articleId || skip.has(ids[d]!)) continue;
      if (options.articleId && articleOf[d] !== options.articleId) continue;
      out.push({ id: ids[d]!, score: scores[d]! });
    }
    // Ties broken by position in the dossier, so the order never depends on hashing.
    return out.sort((a, b) => b.score - a.score || docOf.get(a.id)! - docOf.get(b.id)!);
  }

  return {
    /**
     * Best first; never returns sentences of the claim's own article, nor those linked or dismissed.
     * Every sentence sharing a content word with the claim is ranked, so paging with `offset` only
     * runs dry when none is left.
     */
    rank(claim: { articleId: string; text: string }, options: RankOptions = {}): RankedEvidence[] {
      const offset = options.offset ?? 0;
      return ranked(claim, options).slice(offset, offset + (options.limit ?? DEFAULT_LIMIT));
    },
    /** How many sentences `rank` could return for the claim in all (for "More"). */
    count(claim: { articleId: string; text: string }, options: RankOptions = {}): number {
      return ranked(claim, options).length;
    },
    /**
     * Denials that bear on the claim, best first: sentences saying someone denied or rejected
     * something, ranked by the claim's terms. A denial rarely shares enough words to rank among all
     * sentences, yet it is what a fact-checker most needs to see.
     */
    rankDenials(claim: { articleId: string; text: string }, options: RankOptions = {}): RankedEvidence[] {
      return ranked(claim, { ...options, limit: undefined, offset: 0 })
        .filter((r) => cuesAt(docOf.get(r.id)!).includes('denial'))
        .slice(0, options.limit ?? 3);
    },
    /**
     * The Contradicts lane: sentences bearing on the claim (its best CONTRADICTION_DEPTH) that deny
     * it or disagree on a figure, a day, a time or an actor, best first, each saying how.
     */
    rankContradictions(
      claim: { articleId: string; text: string },
      options: RankOptions = {},
    ): RankedContradiction[] {
      const out: RankedContradiction[] = [];
      for (const r of ranked(claim, { ...options, limit: undefined, offset: 0 }).slice(
        0,
        CONTRADICTION_DEPTH,
      )) {
        const d = disagreement(claim.text, sentences[docOf.get(r.id)!]!.text);
        if (d) out.push({ ...r, disagreement: d });
        if (out.length >= (options.limit ?? 3)) break;
      }
      return out;
    },
    /** What a candidate's wording marks it as: a denial, a hypothetical ("could", "would … if"). */
    cues(id: string): Cue[] {
      const d = docOf.get(id);
      return d === undefined ? [] : cuesAt(d);
    },
    /** The canonical terms a candidate shares with the claim (for showing the matching words). */
    sharedTerms(claimText: string, id: string): Set<string> {
      const c = new Set(terms(claimText));
      const d = docOf.get(id);
      return new Set(d === undefined ? [] : terms(sentences[d]!.text).filter((t) => c.has(t)));
    },
  };
}

export type EvidenceIndex = ReturnType<typeof createEvidenceIndex>;
export { describeDependency, describeSource } from './explain';
