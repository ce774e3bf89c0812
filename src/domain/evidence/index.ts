import MiniSearch from 'minisearch';
import { stems, terms } from './terms';

export { attributions } from './attribution';
export { terms } from './terms';
export { wordingOverlap, sharesWording, SHARED_WORDING_THRESHOLD } from './wording';
export {
  dependence,
  judgeEvidence,
  type Corroboration,
  type DependenceReason,
  type LinkForCount,
  type LinkJudgement,
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

/** Default number of suggestions: a fact-checker rarely looks past the first few. */
const DEFAULT_LIMIT = 10;
/** Weight of two-term phrases against single terms: "two hours" together says more than apart. */
const BIGRAM_BOOST = 0.5;
/** Share of sentences above which a query token is dropped (see queryTokens). */
const MAX_DF_SHARE = 0.1;
/** Never drop a token found in fewer sentences than this: small dossiers keep every token. */
const MIN_DF_CUTOFF = 1000;
/** Weight of exact (stemmed) wording against canonical terms: shared words are the surer sign. */
const WORDS_BOOST = 1;

/** Canonical terms plus adjacent-term bigrams (the "terms" field). */
function termTokens(text: string): string[] {
  const t = terms(text);
  const out = [...t];
  for (let i = 0; i + 1 < t.length; i++) out.push(`${t[i]}_${t[i + 1]}`);
  return out;
}

/** Stemmed surface words, prefixed so they only meet the "words" field. */
function wordTokens(text: string): string[] {
  return stems(text).map((w) => `w:${w}`);
}

/** A document field's tokens; a query is tokenised for both fields at once. */
function indexTokens(text: string, field?: string): string[] {
  if (field === 'words') return wordTokens(text);
  if (field === 'terms') return termTokens(text);
  return [...wordTokens(text), ...termTokens(text)];
}

/**
 * An index over candidate sentences that ranks them by how likely they bear on a claim. BM25
 * (MiniSearch) over canonical terms: word forms, actor names and near-synonyms are mapped together by
 * the lexicon, so paraphrases match; bigrams reward shared phrases.
 */
export function createEvidenceIndex(sentences: readonly EvidenceCandidate[]) {
  const byId = new Map(sentences.map((s) => [s.id, s]));
  // Document frequency of every token, counted while indexing.
  const df = new Map<string, number>();
  let indexing = true;
  const documentTokens = (text: string, field?: string) => {
    const tokens = indexTokens(text, field);
    if (indexing) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
    return tokens;
  };
  /**
   * A query keeps only tokens that tell sentences apart: one found in more than MAX_DF_SHARE of all
   * sentences ("russia" in a dossier about Russia) adds almost nothing to BM25 but makes the search
   * score most of the dossier. Dropping them keeps a query on 30,000 sentences fast.
   */
  const queryTokens = (text: string) => {
    const all = indexTokens(text);
    const limit = Math.max(MIN_DF_CUTOFF, sentences.length * MAX_DF_SHARE);
    const kept = all.filter((t) => (df.get(t) ?? 0) <= limit);
    return kept.length ? kept : all;
  };
  const search = new MiniSearch<EvidenceCandidate>({
    // The same text indexed twice: as written (exact wording counts most) and as canonical terms
    // (paraphrase: actor names, synonyms). BM25 scores of the two fields add up.
    fields: ['words', 'terms'],
    extractField: (doc, field) => (field === 'words' || field === 'terms' ? doc.text : (doc as never)[field]),
    storeFields: ['articleId'],
    tokenize: documentTokens,
    processTerm: (t) => t,
    searchOptions: {
      combineWith: 'OR',
      tokenize: queryTokens,
      processTerm: (t) => t,
      boost: { words: WORDS_BOOST, terms: 1 },
      boostTerm: (t) => (t.includes('_') ? BIGRAM_BOOST : 1),
    },
  });
  search.addAll(sentences);
  indexing = false;
  const denials = new Set(sentences.filter((s) => terms(s.text).includes('deny')).map((s) => s.id));
  return {
    /** Best first; never returns sentences of the claim's own article. */
    rank(claim: { articleId: string; text: string }, options?: { limit?: number }): RankedEvidence[] {
      const limit = options?.limit ?? DEFAULT_LIMIT;
      if (!claim.text.trim()) return [];
      return search
        .search(claim.text, { filter: (r) => byId.get(String(r.id))?.articleId !== claim.articleId })
        .slice(0, limit)
        .map((r) => ({ id: String(r.id), score: r.score }));
    },
    /**
     * Denials that bear on the claim, best first: sentences saying someone denied or rejected
     * something, ranked by the claim's terms. A denial rarely shares enough words to rank among all
     * sentences, yet it is what a fact-checker most needs to see.
     */
    rankDenials(claim: { articleId: string; text: string }, options?: { limit?: number }): RankedEvidence[] {
      if (!claim.text.trim() || !denials.size) return [];
      return search
        .search(claim.text, {
          filter: (r) => denials.has(String(r.id)) && byId.get(String(r.id))?.articleId !== claim.articleId,
        })
        .slice(0, options?.limit ?? 3)
        .map((r) => ({ id: String(r.id), score: r.score }));
    },
    /** The canonical terms a candidate shares with the claim (for showing the matching words). */
    sharedTerms(claimText: string, id: string): Set<string> {
      const c = new Set(terms(claimText));
      const s = byId.get(id);
      return new Set(s ? terms(s.text).filter((t) => c.has(t)) : []);
    },
  };
}

export type EvidenceIndex = ReturnType<typeof createEvidenceIndex>;
