import { findSentences } from './find';
import { FieldIndex } from './bm25';
import {
  analyse,
  CONTRADICTION_DEPTH,
  DEFAULT_LIMIT,
  MAX_DF_SHARE,
  MIN_DF_CUTOFF,
  positionWeights,
  RANKING,
  RERANK_DEPTH,
  SKIPPED_NEGATIVES,
  type EvidenceCandidate,
  type RankedContradiction,
  type RankedEvidence,
  type RankingTuning,
  type RankOptions,
  type StoredEvidenceIndex,
} from './ranking-model';
import { disagreement } from './contradiction';
import { cuesOf, type Cue } from './cues';
import { equivalentGroups, idfOf, type ClaimText } from './equivalence';
import {
  dot,
  fitPairwise,
  FEATURES,
  sharedNamesAndNumbers,
  type LearningExample,
  type Pair,
} from './learning';
import type { WordVectors } from './word-vectors';
import { meaningOver, type Meaning } from './meaning';
import { stem } from './terms';

/**
 * An index over candidate sentences that ranks them by how likely they bear on a claim: BM25 over
 * stemmed words, over canonical terms (paraphrase of names) and over adjacent term pairs (phrases),
 * summed with the weights above; given word vectors, the best are re-scored by meaning too. Linked
 * sentences widen the query ("more like this").
 */
export function createEvidenceIndex(
  initial: readonly EvidenceCandidate[],
  tuning: Partial<RankingTuning> = {},
  stored?: StoredEvidenceIndex,
) {
  const tune = { ...RANKING, ...tuning };
  // The dossier's sentences, growing as articles arrive (`add`); a sentence's number is its place.
  const sentences: EvidenceCandidate[] = stored
    ? stored.sentences.map(([id, articleId, outlet, text]) => ({ id, articleId, outlet, text }))
    : [];
  const ids: string[] = sentences.map((x) => x.id);
  const articleOf: string[] = sentences.map((x) => x.articleId);
  const docOf = new Map(ids.map((id, i) => [id, i]));
  const field = (i: 0 | 1 | 2) =>
    stored
      ? FieldIndex.from(stored.fields[i], tune.k1, tune.b, tune.idfPower)
      : new FieldIndex(tune.k1, tune.b, tune.idfPower);
  const [words, termField, phraseField] = [field(0), field(1), field(2)];
  const outletOf = new Map(sentences.map((x) => [x.articleId, x.outlet.trim().toLowerCase()]));

  // A sentence's cues are read when it is ranked, not for every sentence at build time.
  const cues: Array<Cue[] | undefined> = [];
  const cuesAt = (d: number) => (cues[d] ??= cuesOf(sentences[d]!.text));
  let n = sentences.length;
  // Per-field scores, reused across queries: three arrays of the dossier's size, zeroed after use.
  let fieldBuffers = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const;

  /** Adds sentences (of articles not indexed yet) at the end of the index. */
  function add(more: readonly EvidenceCandidate[]): void {
    for (const x of more) {
      if (docOf.has(x.id)) continue;
      const i = sentences.length;
      sentences.push(x);
      ids.push(x.id);
      articleOf.push(x.articleId);
      docOf.set(x.id, i);
      outletOf.set(x.articleId, x.outlet.trim().toLowerCase());
      const a = analyse(x.text);
      words.add(i, a.words);
      termField.add(i, a.terms);
      phraseField.add(i, a.phrases);
    }
    n = sentences.length;
    if (fieldBuffers[0].length < n)
      fieldBuffers = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    idf = null;
  }
  /**
   * A query keeps only tokens that tell sentences apart: one found in more than MAX_DF_SHARE of all
   * sentences ("russia" in a dossier about Russia) adds almost nothing to BM25 but makes the search
   * score most of the dossier. Dropping them keeps a query on 50,000 sentences fast.
   */
  const keep = (_t: string, df: number) => df <= Math.max(MIN_DF_CUTOFF, n * MAX_DF_SHARE);

  /** IDF over the dossier's sentences, for comparing claims (computed when first needed). */
  let idf: ((token: string) => number) | null = null;
  add(initial);
  /** Weights learned from the fact-checker's links and dismissals (null: the base ranking). */
  let learned: number[] | null = null;
  const prior = () => [tune.words, tune.terms, tune.phrases, 1, 0, 0, 0, 0, 0, tune.meaning];
  /** Matching by meaning with word vectors (null until they are given: the ranking is lexical). */
  let meaning: Meaning | null = null;
  /** For each sentence, the claims it has been linked to (as supports or contradicts). */
  let linkedTo = new Map<number, Set<string>>();

  /** Raw BM25 of every sentence sharing a token with the text, per field. */
  function fieldScores(
    text: string,
    touched: Set<number>,
  ): readonly [Float64Array, Float64Array, Float64Array] {
    const a = analyse(text);
    const at = (tokens: string[]) => positionWeights(tokens, tune.positionDecay);
    words.score(a.words, at(a.words), fieldBuffers[0], touched, keep);
    termField.score(a.terms, at(a.terms), fieldBuffers[1], touched, keep);
    phraseField.score(a.phrases, at(a.phrases), fieldBuffers[2], touched, keep);
    return fieldBuffers;
  }
  function clear(touched: Iterable<number>) {
    for (const d of touched) for (const b of fieldBuffers) b[d] = 0;
  }

  /** BM25 of every sentence sharing a token with the text, summed over the fields with their weights. */
  function scoreText(text: string, scores: Float64Array, touched: Set<number>) {
    const hit = new Set<number>();
    const [w, t, p] = fieldScores(text, hit);
    for (const d of hit) {
      scores[d] = scores[d]! + tune.words * w[d]! + tune.terms * t[d]! + tune.phrases * p[d]!;
      touched.add(d);
    }
    clear(hit);
  }

  interface Scored {
    d: number;
    /** Features: see FEATURES (the first four filled here, the rest for the best only). */
    f: number[];
    score: number;
  }

  /** Every candidate sharing content with the claim (and its linked sentences), scored by the base weights. */
  function scored(claim: { articleId: string; text: string }, options: RankOptions): Scored[] {
    if (!claim.text.trim()) return [];
    const touched = new Set<number>();
    const [w, t, p] = fieldScores(claim.text, touched);
    const rows = new Map<number, number[]>();
    for (const d of touched) rows.set(d, [w[d]!, t[d]!, p[d]!, 0, 0, 0, 0, 0, 0, 0]);
    clear(touched);
    const base = prior();
    const best = Math.max(0, ...[...rows.values()].map((f) => dot(base, f))) || 1;
    const linked = [...new Set([...(options.linked ?? []), ...(options.like ?? [])])]
      .map((id) => docOf.get(id))
      .filter((d) => d !== undefined);
    for (const d of linked) {
      // Each linked sentence's own ranking, scaled to the claim's best score so neither drowns out
      // the other, and shared among the linked sentences so three links do not outweigh the claim.
      const own = new Float64Array(n);
      const hit = new Set<number>();
      scoreText(sentences[d]!.text, own, hit);
      const top = Math.max(0, ...[...hit].filter((x) => x !== d).map((x) => own[x]!)) || 1;
      for (const x of hit) {
        const row = rows.get(x) ?? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        row[3]! += (tune.linked * best * own[x]!) / top / linked.length;
        rows.set(x, row);
      }
    }
    const skip = new Set([...(options.linked ?? []), ...(options.dismissed ?? [])]);
    const out: Scored[] = [];
    for (const [d, f] of rows) {
      if (articleOf[d] === claim.articleId || skip.has(ids[d]!)) continue;
      if (options.articleId && articleOf[d] !== options.articleId) continue;
      // Scale-free features: BM25 as a share of the claim's best base score.
      for (let i = 0; i < 4; i++) f[i]! /= best;
      out.push({ d, f, score: dot(base, f) });
    }
    // Ties broken by position in the dossier, so the order never depends on hashing.
    out.sort(byScore);
    return byMeaning(claim.text, out, base);
  }
  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.d - b.d;

  /**
   * The best RERANK_DEPTH re-scored with how close each comes to the claim in meaning (word vectors,
   * query words weighted by IDF): the lexical ranking finds the sentences on the claim's topic, the
   * vectors lift among them those saying the same thing in other words. Scores only rise, so the
   * re-ranked best stay above the rest.
   */
  function byMeaning(text: string, list: Scored[], base: number[]): Scored[] {
    const closeness = meaning?.closeness(text);
    if (!closeness) return list;
    const top = list.slice(0, RERANK_DEPTH);
    for (const c of top) {
      c.f[9] = closeness(c.d);
      c.score = dot(base, c.f);
    }
    return [...top.sort(byScore), ...list.slice(RERANK_DEPTH)];
  }
  const claimKey = (c: { articleId: string; text: string }) => `${c.articleId}\u0000${c.text}`;

  /** The features beyond BM25, for one candidate: names, numbers, outlet, story. */
  function describe(
    claim: { articleId: string; text: string },
    c: Scored,
    linkedArticles: ReadonlySet<string>,
  ) {
    [c.f[4], c.f[5]] = sharedNamesAndNumbers(claim.text, sentences[c.d]!.text);
    const own = outletOf.get(claim.articleId);
    c.f[6] = own && own === sentences[c.d]!.outlet.trim().toLowerCase() ? 1 : 0;
    c.f[7] = linkedArticles.has(articleOf[c.d]!) ? 1 : 0;
    // Evidence for other claims is likelier evidence here too (a denial bears on many claims); the
    // claim's own links do not count, or training would learn its answer.
    const others = linkedTo.get(c.d);
    const n = others ? others.size - (others.has(claimKey(claim)) ? 1 : 0) : 0;
    c.f[8] = Math.min(1, n / 2);
  }

  /** The ranking: the base order, then the best RERANK_DEPTH re-ranked by the learned weights. */
  function ranked(claim: { articleId: string; text: string }, options: RankOptions = {}): RankedEvidence[] {
    const all = scored(claim, options);
    if (learned) {
      const weights = learned;
      const linkedArticles = new Set(
        (options.linked ?? [])
          .map((id) => docOf.get(id))
          .filter((d) => d !== undefined)
          .map((d) => articleOf[d]!),
      );
      const top = all.slice(0, RERANK_DEPTH);
      for (const c of top) {
        describe(claim, c, linkedArticles);
        c.score = dot(weights, c.f);
      }
      top.sort((a, b) => b.score - a.score || a.d - b.d);
      // The rest keep their base order below the re-ranked best.
      const floor = Math.min(0, ...top.map((c) => c.score));
      return [...top, ...all.slice(RERANK_DEPTH)].map((c, i) => ({
        id: ids[c.d]!,
        score: i < top.length ? c.score : floor - 1 - i,
      }));
    }
    return all.map((c) => ({ id: ids[c.d]!, score: c.score }));
  }

  /** Of a ranked list, the first `limit` among its best CONTRADICTION_DEPTH that disagree with the claim. */
  function contradictionsIn(claimText: string, list: readonly RankedEvidence[], limit: number) {
    const out: RankedContradiction[] = [];
    for (const r of list.slice(0, CONTRADICTION_DEPTH)) {
      const d = disagreement(claimText, sentences[docOf.get(r.id)!]!.text);
      if (d) out.push({ ...r, disagreement: d });
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Fits the re-ranker on the fact-checker's links and dismissals across all claims: for each claim,
   * every linked sentence should rank above the dismissed ones and above those ranked above it but
   * left unlinked. Replaces what was learned before; an empty list returns to the base ranking.
   */
  function learn(examples: readonly LearningExample[]): void {
    const byClaim = new Map<
      string,
      { claim: LearningExample['claim']; good: Set<string>; bad: Set<string> }
    >();
    linkedTo = new Map();
    for (const e of examples) {
      const d = docOf.get(e.sentenceId);
      if (d !== undefined && e.relation !== 'dismissed')
        linkedTo.set(d, (linkedTo.get(d) ?? new Set<string>()).add(claimKey(e.claim)));
    }
    for (const e of examples) {
      const key = claimKey(e.claim);
      const entry = byClaim.get(key) ?? { claim: e.claim, good: new Set(), bad: new Set() };
      (e.relation === 'dismissed' ? entry.bad : entry.good).add(e.sentenceId);
      byClaim.set(key, entry);
    }
    const pairs: Pair[] = [];
    for (const { claim, good, bad } of byClaim.values()) {
      if (!good.size) continue;
      const list = scored(claim, {}).slice(0, RERANK_DEPTH);
      for (const c of list) describe(claim, c, new Set());
      const pos = list.filter((c) => good.has(ids[c.d]!));
      const lowest = Math.max(...pos.map((c) => list.indexOf(c)));
      const neg = [
        ...list.filter((c) => bad.has(ids[c.d]!)),
        ...list
          .slice(0, lowest)
          .filter((c) => !good.has(ids[c.d]!) && !bad.has(ids[c.d]!))
          .slice(0, SKIPPED_NEGATIVES),
      ];
      for (const p of pos) for (const q of neg) pairs.push({ better: p.f, worse: q.f });
    }
    learned = pairs.length ? fitPairwise(pairs, prior()) : null;
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
    learn,
    add,
    /** Lets the ranking match by meaning with these word vectors (null: lexical only again). */
    useVectors(v: WordVectors | null): void {
      meaning =
        v &&
        meaningOver(
          v,
          (d) => sentences[d]!.text,
          (w) => words.idf(stem(w)) ** tune.idfPower,
        );
    },
    /** How many sentences are indexed. */
    get size() {
      return n;
    },
    /** Sentences in which every word of the query starts a word (dossier order), and how many in all. */
    find(query: string, limit: number): { total: number; hits: EvidenceCandidate[] } {
      return findSentences(sentences.slice(0, n), query, limit);
    },
    /** A sentence as indexed, or undefined. */
    sentence(id: string): EvidenceCandidate | undefined {
      const d = docOf.get(id);
      return d === undefined ? undefined : sentences[d];
    },
    /** Plain data to store (IndexedDB) and load again with `createEvidenceIndex([], tuning, stored)`. */
    toJSON(): StoredEvidenceIndex {
      return {
        sentences: sentences.map((x) => [x.id, x.articleId, x.outlet, x.text]),
        fields: [words.toJSON(), termField.toJSON(), phraseField.toJSON()],
      };
    },
    /** Groups of equivalent claims (the same thing claimed in several articles), IDF from this dossier. */
    equivalents(claims: readonly ClaimText[]): string[][] {
      idf ??= idfOf(sentences.map((x) => x.text));
      return equivalentGroups(claims, idf);
    },
    /** The weights in use, by feature (the base weights until something is learned). */
    weights(): Record<Feature, number> {
      const w = learned ?? prior();
      return Object.fromEntries(FEATURES.map((f, i) => [f, w[i]!])) as Record<Feature, number>;
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
      return contradictionsIn(claim.text, ranked(claim, options), options.limit ?? 3);
    },
    /**
     * Everything the evidence panel shows for a claim from one ranking: a page of suggestions, the
     * Contradicts lane and how many suggestions there are in all (rather than ranking three times).
     */
    suggest(
      claim: { articleId: string; text: string },
      options: RankOptions & { contradictions: number },
    ): { best: RankedEvidence[]; contradictions: RankedContradiction[]; total: number } {
      const all = ranked(claim, options);
      const offset = options.offset ?? 0;
      return {
        best: all.slice(offset, offset + (options.limit ?? DEFAULT_LIMIT)),
        contradictions: contradictionsIn(claim.text, all, options.contradictions),
        total: all.length,
      };
    },
    /** What a candidate's wording marks it as: a denial, a hypothetical ("could", "would … if"). */
    cues(id: string): Cue[] {
      const d = docOf.get(id);
      return d === undefined ? [] : cuesAt(d);
    },
  };
}

export type EvidenceIndex = ReturnType<typeof createEvidenceIndex>;
type Feature = (typeof FEATURES)[number];
