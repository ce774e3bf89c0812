import type { FieldJson } from './bm25';
import type { Disagreement } from './contradiction';
import { analyseWords } from './terms';

/*
 * What the evidence index ranks and how: its inputs and outputs, its tuned weights, and how a text
 * becomes the tokens of its three fields. The index itself is in index.ts.
 */

export interface EvidenceCandidate {
  id: string;
  articleId: string;
  outlet: string;
  text: string;
}

/** What a claim is ranked by: its text, and its article (whose sentences are never suggested). */
export interface ClaimQuery {
  articleId: string;
  text: string;
}

export interface RankedEvidence {
  id: string;
  score: number;
  /** Suggested for its meaning more than its words (the sentence model's share of the score). */
  byMeaning?: true;
}

export interface RankOptions {
  /** How many to return (default 10). */
  limit?: number;
  /** How many of the best to skip: the next page of suggestions. */
  offset?: number;
  /** Sentences already linked to the claim: never returned, and used to find more like them. */
  linked?: string[];
  /**
   * Sentences linked to an equivalent claim (the same thing claimed elsewhere): evidence for it is
   * evidence here, so they and more like them are suggested, but they are not excluded.
   */
  like?: string[];
  /** Sentences dismissed for the claim: never returned. */
  dismissed?: string[];
  /** Only sentences of this article. */
  articleId?: string;
}

/** An index as stored: its sentences and each field's postings. */
export interface StoredEvidenceIndex {
  sentences: Array<[id: string, articleId: string, outlet: string, text: string]>;
  fields: [FieldJson, FieldJson, FieldJson];
}

/** A suggestion for the Contradicts lane, with how it disagrees. */
export interface RankedContradiction extends RankedEvidence {
  disagreement: Disagreement;
}

/** How many of the best candidates the learned weights re-rank. */
export const RERANK_DEPTH = 50;
/**
 * How many of the nearest sentences by meaning join the best by words: as many again, so a
 * paraphrase sharing no word with the claim can reach the top.
 */
export const NEAREST_DEPTH = 50;
/** Sentences embedded per step when the index embeds its own (Node, tests). */
export const PREPARE_CHUNK = 64;
/** Claims' embeddings kept for the next ranking. */
export const QUERY_CACHE = 500;
/** Candidates ranked above a linked sentence but left unlinked: taken as worse, at most this many. */
export const SKIPPED_NEGATIVES = 10;

/** How deep the Contradicts lane looks among the sentences that bear on the claim. */
export const CONTRADICTION_DEPTH = 60;

/** Default number of suggestions: a fact-checker rarely looks past the first few. */
export const DEFAULT_LIMIT = 10;
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
  /**
   * Weight of closeness in meaning (word vectors; 0 to 1 against the claim's best lexical score of 1),
   * for the best RERANK_DEPTH only.
   */
  meaning: 2,
  /**
   * Weight of the sentence model's cosine (against the claim's best lexical score of 1), for the best
   * RERANK_DEPTH by words and the NEAREST_DEPTH by meaning, beside the word vectors' closeness. On
   * the dev half (44 pairs) 0.5 to 2, a min-max scaled cosine and the model in place of the word
   * vectors all lie within two pairs of each other; this keeps the ranking measured before and adds.
   */
  model: 1,
};
export type RankingTuning = typeof RANKING;
/** Share of sentences above which a query token is dropped (see `keep`). */
export const MAX_DF_SHARE = 0.1;
/** Never drop a token found in fewer sentences than this: small dossiers keep every token. */
export const MIN_DF_CUTOFF = 1000;

/**
 * The three fields of the index: stemmed words, canonical terms, and adjacent term pairs. A pair inside
 * a proper name ("Kim Jong", "Vladimir Putin") is no phrase: names already match word by word, and
 * their pairs would make every sentence naming the same people look alike.
 */
export function analyse(text: string): { words: string[]; terms: string[]; phrases: string[] } {
  const { words, terms: t } = analyseWords(text);
  const phrases: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!(t[i]!.name && t[i + 1]!.name)) phrases.push(`${t[i]!.term}_${t[i + 1]!.term}`);
  }
  return { words, terms: t.map((x) => x.term), phrases };
}

/** Each token's weight by where it first stands in the query (see RANKING.positionDecay). */
export function positionWeights(tokens: readonly string[], decay: number): (t: string) => number {
  if (!decay || tokens.length < 2) return () => 1;
  const first = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!first.has(t)) first.set(t, i);
  });
  return (t) => 1 - (decay * (first.get(t) ?? 0)) / (tokens.length - 1);
}
