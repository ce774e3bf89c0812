import MiniSearch from 'minisearch';
import { sharesAttribution } from './attribution';
import { stems, terms } from './terms';
import { sharesWording } from './wording';

export { attributions } from './attribution';
export { terms } from './terms';
export { wordingOverlap, sharesWording, SHARED_WORDING_THRESHOLD } from './wording';

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

export type DependenceReason = 'same-outlet' | 'shared-wording' | 'shared-attribution';

/** Default number of suggestions: a fact-checker rarely looks past the first few. */
const DEFAULT_LIMIT = 10;
/** Weight of two-term phrases against single terms: "two hours" together says more than apart. */
const BIGRAM_BOOST = 0.5;
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
  const search = new MiniSearch<EvidenceCandidate>({
    // The same text indexed twice: as written (exact wording counts most) and as canonical terms
    // (paraphrase: actor names, synonyms). BM25 scores of the two fields add up.
    fields: ['words', 'terms'],
    extractField: (doc, field) => (field === 'words' || field === 'terms' ? doc.text : (doc as never)[field]),
    storeFields: ['articleId'],
    tokenize: indexTokens,
    processTerm: (t) => t,
    searchOptions: {
      combineWith: 'OR',
      tokenize: indexTokens,
      processTerm: (t) => t,
      boost: { words: WORDS_BOOST, terms: 1 },
      boostTerm: (t) => (t.includes('_') ? BIGRAM_BOOST : 1),
    },
  });
  search.addAll(sentences);
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

function knownOutlet(o: string): string | null {
  const t = o.trim().toLowerCase();
  return t && t !== 'unknown' && t !== 'unknown outlet' ? t : null;
}

/** Why `b` is not independent corroboration of `a`, or an empty list when it is. */
export function dependence(a: EvidenceCandidate, b: EvidenceCandidate): DependenceReason[] {
  const reasons: DependenceReason[] = [];
  const oa = knownOutlet(a.outlet);
  if (oa && oa === knownOutlet(b.outlet)) reasons.push('same-outlet');
  if (sharesWording(a.text, b.text)) reasons.push('shared-wording');
  if (sharesAttribution(a.text, b.text)) reasons.push('shared-attribution');
  return reasons;
}

export interface LinkForCount extends EvidenceCandidate {
  relation: 'supports' | 'contradicts';
}

export interface LinkJudgement {
  id: string;
  /** Reasons this link is not independent, each with what it depends on: the claim or another link's id. */
  dependsOn: Array<{ reason: DependenceReason; on: 'claim' | string }>;
  independent: boolean;
}

export interface Corroboration {
  /** Supporting links that are independent of the claim and of each other. */
  independentSupport: number;
  support: number;
  contradict: number;
  links: LinkJudgement[];
}

/**
 * Judges a claim's links in order: a supporting link counts as an independent source unless it
 * depends on the claim (same outlet, same wording, same attribution) or on a link already counted.
 * Links to contradicting sentences are counted as they are: a denial is a contradiction wherever it
 * is printed.
 */
export function judgeEvidence(claim: EvidenceCandidate, links: readonly LinkForCount[]): Corroboration {
  const counted: LinkForCount[] = [];
  const judgements: LinkJudgement[] = [];
  for (const link of links) {
    const dependsOn: LinkJudgement['dependsOn'] = dependence(claim, link).map((reason) => ({
      reason,
      on: 'claim',
    }));
    for (const other of links) {
      if (other === link || other.relation !== link.relation) continue;
      for (const reason of dependence(other, link)) dependsOn.push({ reason, on: other.id });
    }
    const blocking = dependsOn.filter((d) => d.on === 'claim' || counted.some((c) => c.id === d.on));
    const independent = link.relation === 'supports' && blocking.length === 0;
    if (independent) counted.push(link);
    judgements.push({ id: link.id, dependsOn, independent });
  }
  return {
    independentSupport: counted.length,
    support: links.filter((l) => l.relation === 'supports').length,
    contradict: links.filter((l) => l.relation === 'contradicts').length,
    links: judgements,
  };
}
