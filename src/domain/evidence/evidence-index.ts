import { bestFirst } from './best-first';
import { findSentences } from './find';
import { lexicalFieldsOver } from './lexical-fields';
import {
  DEFAULT_LIMIT,
  RANKING,
  NEAREST_DEPTH,
  RERANK_DEPTH,
  type ClaimQuery,
  type EvidenceCandidate,
  type RankedEvidence,
  type RankingTuning,
  type RankOptions,
  type StoredEvidenceIndex,
} from './ranking-model';
import { againstTheClaim } from './against-the-claim';
import { cuesOf, type Cue } from './cues';
import { equivalentGroups, idfOf, type ClaimText } from './equivalence';
import { byScore, learnerOver, type Scored } from './index-learning';
import { dot } from './learning';
import type { WordVectors } from './word-vectors';
import { meaningOver, type Meaning } from './meaning';
import { stem } from './terms';
import { sentenceMeaningOver } from './sentence-meaning';
import type { SentenceModel } from './sentence-model';
import { loadedResources, type EvidenceResources } from './resources';

/**
 * An index over candidate sentences that ranks them by how likely they bear on a claim: BM25 over
 * stemmed words, over canonical terms (paraphrase of names) and over adjacent term pairs (phrases),
 * summed with the weights above. Given a sentence model and the sentences' embeddings, the ranking
 * is hybrid: the best by words and the nearest by meaning are pooled and scored by both (word vectors
 * stand in for the model when it cannot be had). Linked sentences widen the query ("more like this").
 *
 * Without `resources`, the index uses those of `loadEvidenceResources()` once they are loaded, and
 * embeds its sentences itself on `prepare()` (or the first ranking); the app's worker instead gives
 * it embeddings kept in IndexedDB (`addEmbeddings`).
 */
export function createEvidenceIndex(
  initial: readonly EvidenceCandidate[],
  tuning: Partial<RankingTuning> = {},
  stored?: StoredEvidenceIndex,
  resources?: Partial<EvidenceResources>,
) {
  const tune = { ...RANKING, ...tuning };
  // The dossier's sentences, growing as articles arrive (`add`); a sentence's number is its place.
  const sentences: EvidenceCandidate[] = stored
    ? stored.sentences.map(([id, articleId, outlet, text]) => ({ id, articleId, outlet, text }))
    : [];
  const ids: string[] = sentences.map((x) => x.id);
  const articleOf: string[] = sentences.map((x) => x.articleId);
  const docOf = new Map(ids.map((id, i) => [id, i]));
  /** The matching by words (lexical-fields.ts). */
  const lexical = lexicalFieldsOver(tune, stored);
  const outletOf = new Map(sentences.map((x) => [x.articleId, x.outlet.trim().toLowerCase()]));

  // A sentence's cues are read when it is ranked, not for every sentence at build time.
  const cues: Array<Cue[] | undefined> = [];
  const cuesAt = (d: number) => (cues[d] ??= cuesOf(sentences[d]!.text));
  let n = sentences.length;

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
      lexical.add(i, x.text);
    }
    n = sentences.length;
    lexical.grown(n);
    idf = null;
    learner.forget();
  }
  /** IDF over the dossier's sentences, for comparing claims (computed when first needed). */
  let idf: ((token: string) => number) | null = null;
  /** What was learned from links and dismissals, and the taught claims' candidates (index-learning.ts). */
  const learner = learnerOver({
    sentences,
    articleOf,
    docOf,
    outletOf,
    scored: (claim, options, need, q) => scored(claim, options, need, q),
    prior: () => prior(),
    queryOf: (text) => queryOf(text),
    runsModel: (text) => bySentence.runsModel(text),
  });
  add(initial);
  /** The sentence model (null: none yet, or none to be had) and the sentences' embeddings. */
  const bySentence = sentenceMeaningOver(sentences, docOf, () => learner.forget(), resources?.model ?? null);
  /** True once resources were given or adopted (an index given none looks for loaded ones). */
  let resourced = resources !== undefined;
  /** Whether the index embeds its sentences itself (resources adopted, not given: Node, tests). */
  let selfEmbedding = false;
  const byModel = () => bySentence.active;
  const prior = () => [tune.words, tune.terms, tune.phrases, 1, 0, 0, 0, 0, 0, tune.meaning, tune.model];
  /** Matching by meaning with word vectors (null until they are given: the ranking is lexical). */
  let meaning: Meaning | null = null;
  const textOf = (id: string) => sentences[docOf.get(id)!]!.text;

  /**
   * Candidates sharing content with the claim (or its linked sentences), by the base weights: how
   * many there are, and the best `need` of them in order (at least RERANK_DEPTH, re-scored by meaning)
   * with their features. A big dossier's claim touches thousands; only the best become records.
   * Given the claim's embedding (`q`), the nearest sentences by meaning join the best by words.
   */
  function scored(
    claim: ClaimQuery,
    options: RankOptions,
    need: number,
    q: Float32Array | null,
  ): { list: Scored[]; total: number } {
    if (!claim.text.trim()) return { list: [], total: 0 };
    const shares = lexical.linkedShares(
      [...new Set([...(options.linked ?? []), ...(options.like ?? [])])].flatMap((id) => docOf.get(id) ?? []),
      (d) => sentences[d]!.text,
    );
    const touched = new Set<number>();
    const [w, t, p] = lexical.scores(claim.text, touched);
    const base = prior();
    // Scale-free features: BM25 as a share of the claim's best base score.
    let best = 0;
    for (const d of touched) best = Math.max(best, base[0]! * w[d]! + base[1]! * t[d]! + base[2]! * p[d]!);
    best ||= 1;
    const skip = new Set(
      [...(options.linked ?? []), ...(options.dismissed ?? [])].map((id) => docOf.get(id)),
    );
    const eligible = (d: number) =>
      articleOf[d] !== claim.articleId &&
      !skip.has(d) &&
      (!options.articleId || articleOf[d] === options.articleId);
    const all = shares.size ? new Set([...touched, ...shares.keys()]) : touched;
    const docs = new Int32Array(all.size);
    const scores = new Float64Array(all.size);
    let total = 0;
    for (const d of all) {
      if (!eligible(d)) continue;
      docs[total] = d;
      scores[total++] =
        (base[0]! * w[d]! + base[1]! * t[d]! + base[2]! * p[d]!) / best + base[3]! * (shares.get(d) ?? 0);
    }
    const features = (d: number, score: number): Scored => ({
      d,
      f: [w[d]! / best, t[d]! / best, p[d]! / best, shares.get(d) ?? 0, 0, 0, 0, 0, 0, 0, 0],
      score,
    });
    const list = bestFirst(docs, scores, total, Math.max(need, RERANK_DEPTH)).map((i) =>
      features(docs[i]!, scores[i]!),
    );
    // The nearest by meaning that the words missed, with their (small or nil) word scores.
    const near: Scored[] = [];
    if (q && byModel()) {
      const have = new Set(list.slice(0, RERANK_DEPTH).map((c) => c.d));
      const query = bySentence.withLinked(
        q,
        [...(options.linked ?? []), ...(options.like ?? [])],
        tune.linked,
      );
      for (const { d } of bySentence.nearest(query, NEAREST_DEPTH, n, eligible)) {
        if (have.has(d)) continue;
        near.push(features(d, (base[0]! * w[d]! + base[1]! * t[d]! + base[2]! * p[d]!) / best));
        if (!all.has(d)) total++;
      }
    }
    lexical.clear(touched);
    return { list: byMeaning(claim.text, list, near, base, q), total };
  }

  /**
   * The best RERANK_DEPTH, and the nearest by meaning, re-scored with how close each comes to the
   * claim in meaning: by the word vectors (query words weighted by IDF, feature 9) and by the
   * sentence model's cosine (feature 10). The lexical ranking finds the sentences on the claim's
   * topic, meaning lifts among them those saying the same thing in other words. Scores only rise, so
   * the re-ranked best stay above the rest.
   */
  function byMeaning(
    text: string,
    list: Scored[],
    near: Scored[],
    base: number[],
    q: Float32Array | null,
  ): Scored[] {
    const closeness = meaning?.closeness(text);
    const model = q && byModel() ? q : null;
    if (!closeness && !model) return list;
    const top = [...list.slice(0, RERANK_DEPTH), ...near];
    for (const c of top) {
      c.f[9] = closeness ? closeness(c.d) : 0;
      c.f[10] = model ? bySentence.closeness(c.d, model) : 0;
      c.score = dot(base, c.f);
    }
    return [...top.sort(byScore), ...list.slice(RERANK_DEPTH)];
  }
  /**
   * The ranking: the base order, then the best RERANK_DEPTH re-ranked by the learned weights; the
   * first `need` (at least RERANK_DEPTH) in order, and how many there are in all.
   */
  function ranked(
    claim: ClaimQuery,
    options: RankOptions,
    need: number,
    q: Float32Array | null,
  ): { list: RankedEvidence[]; total: number } {
    const { list: all, total } = scored(claim, options, need, q);
    // Suggested for its meaning: closeness in meaning (the model's and the word vectors') makes at
    // least half of its score.
    const toRanked = (c: Scored): RankedEvidence =>
      q && byModel() && c.score > 0 && c.f[9]! * tune.meaning + c.f[10]! * tune.model >= c.score / 2
        ? { id: ids[c.d]!, score: c.score, byMeaning: true }
        : { id: ids[c.d]!, score: c.score };
    const reranked = learner.rerank(claim, all, options);
    if (!reranked) return { list: all.map(toRanked), total };
    const { top, floor } = reranked;
    // The rest keep their base order below the re-ranked best.
    const rest = all.slice(RERANK_DEPTH).map((c, i) => ({ id: ids[c.d]!, score: floor - 1 - i }));
    return { list: [...top.map(toRanked), ...rest], total };
  }

  /** Takes the resources loaded by `loadEvidenceResources()` if this index was given none. */
  function adopt(): void {
    if (resourced) return;
    const r = loadedResources();
    if (!r) return;
    resourced = true;
    if (r.vectors) setVectors(r.vectors);
    if (r.model) setModel(r.model);
    selfEmbedding = !!r.model;
  }

  /** The claim's embedding (kept for the next ranking), or null when ranking without the model. */
  async function queryOf(text: string): Promise<Float32Array | null> {
    adopt();
    return bySentence.queryOf(text);
  }

  /** Lets the ranking match by meaning with these word vectors (null: lexical only again). */
  function setVectors(v: WordVectors | null): void {
    learner.forget();
    meaning =
      v &&
      meaningOver(
        v,
        (d) => sentences[d]!.text,
        (w) => lexical.idf(stem(w)) ** tune.idfPower,
      );
  }

  /** Ranks by this sentence model too, once sentences have embeddings (null: without it again). */
  function setModel(m: SentenceModel | null): void {
    resourced = true;
    selfEmbedding = false;
    bySentence.use(m);
  }

  /**
   * Embeds every sentence that has no embedding yet with the model (under Node, or wherever nothing
   * keeps embeddings): afterwards rankings are hybrid. Sentences added later are embedded on the
   * next call.
   */
  function prepare(): Promise<void> {
    adopt();
    return bySentence.prepare();
  }

  /**
   * Runs a ranking with the claim's embedding. An index that embeds its own sentences (no resources
   * given) finishes that first; one fed embeddings from storage ranks with those it has so far.
   */
  const withQuery = async <R>(claim: ClaimQuery, run: (q: Float32Array | null) => R): Promise<R> => {
    adopt();
    if (bySentence.hasModel && selfEmbedding && bySentence.missing().length) await prepare();
    return run(await queryOf(claim.text));
  };

  // Word vectors given with the resources, now that `meaning` exists.
  if (resources?.vectors) setVectors(resources.vectors);

  return {
    /**
     * Best first; never returns sentences of the claim's own article, nor those linked or dismissed.
     * Every sentence sharing a content word with the claim, and the nearest by meaning, are ranked,
     * so paging with `offset` only runs dry when none is left.
     */
    rank(claim: ClaimQuery, options: RankOptions = {}): Promise<RankedEvidence[]> {
      const offset = options.offset ?? 0;
      const end = offset + (options.limit ?? DEFAULT_LIMIT);
      return withQuery(claim, (q) => ranked(claim, options, end, q).list.slice(offset, end));
    },
    learn: learner.learn,
    readClaims: learner.readClaims,
    add,
    useVectors: setVectors,
    useModel: setModel,
    /** Gives sentences their embeddings (by sentence id; unknown ids are ignored). */
    addEmbeddings: bySentence.add,
    /** Sentences without an embedding yet (in dossier order). */
    missingEmbeddings: bySentence.missing,
    prepare,
    /** Resolves once every sentence has its embedding (at once when there is no model). */
    get ready(): Promise<void> {
      return prepare();
    },
    /** Whether rankings use the sentence model now (it is given and sentences have embeddings). */
    get byMeaning(): boolean {
      return byModel();
    },
    /** How many sentences have an embedding. */
    get embedded(): number {
      return bySentence.embedded;
    },
    /** The bytes the embeddings take in memory. */
    get embeddingBytes(): number {
      return bySentence.bytes;
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
        fields: lexical.toJSON(),
      };
    },
    /** Groups of equivalent claims (the same thing claimed in several articles), IDF from this dossier. */
    equivalents(claims: readonly ClaimText[]): string[][] {
      idf ??= idfOf(sentences.map((x) => x.text));
      return equivalentGroups(claims, idf);
    },
    /** The weights in use, by feature (the base weights until something is learned). */
    weights: learner.weightsByFeature,
    /** How many sentences `rank` could return for the claim in all (for "More"). */
    count(claim: ClaimQuery, options: RankOptions = {}): Promise<number> {
      return withQuery(claim, (q) => ranked(claim, options, 0, q).total);
    },
    ...againstTheClaim({ withQuery, ranked, textOf, cuesAt, docOf }),
  };
}

export type EvidenceIndex = ReturnType<typeof createEvidenceIndex>;
