import {
  claimsBySentence,
  dot,
  examplesByClaim,
  FEATURES,
  fitPairwise,
  rankingPairs,
  sharedNamesAndNumbers,
  type LearningExample,
  type Pair,
} from './learning';
import {
  RERANK_DEPTH,
  SKIPPED_NEGATIVES,
  type ClaimQuery,
  type EvidenceCandidate,
  type RankOptions,
} from './ranking-model';

/** A candidate as the index scores it: its number, its features (see FEATURES) and its score. */
export interface Scored {
  d: number;
  /** Features: see FEATURES (the first four filled by BM25, the rest for the best only). */
  f: number[];
  score: number;
}
export const byScore = (a: Scored, b: Scored) => b.score - a.score || a.d - b.d;
const claimKey = (c: ClaimQuery) => `${c.articleId}\u0000${c.text}`;

/** What the learner reads of the index it serves. */
export interface LearnerContext {
  sentences: readonly EvidenceCandidate[];
  articleOf: readonly string[];
  docOf: ReadonlyMap<string, number>;
  outletOf: ReadonlyMap<string, string>;
  /** The index's base scoring of a claim's candidates (with the claim's embedding, if any). */
  scored: (
    claim: ClaimQuery,
    options: RankOptions,
    need: number,
    q: Float32Array | null,
  ) => { list: Scored[] };
  /** The base weights, which learning is pulled towards. */
  prior: () => number[];
  queryOf: (text: string) => Promise<Float32Array | null>;
  /** Whether a claim's embedding needs a run of the model (one not kept yet). */
  runsModel: (text: string) => boolean;
}

/** Claims read by the model between two of `readClaims`' turns (as many as a step of reading). */
export const LEARN_TURN = 4;

/**
 * The index's learning from the fact-checker's links and dismissals: the weights it fitted, each
 * taught claim's best candidates with their features (kept for the next learning until `forget`),
 * and the re-ranking of a claim's best candidates by what was learned.
 */
export function learnerOver(ctx: LearnerContext) {
  let taught = new Map<string, Scored[]>();
  let learned: number[] | null = null;
  /** For each sentence, the claims it has been linked to (as supports or contradicts). */
  let linkedTo = new Map<number, Set<string>>();

  /** The features beyond BM25, for one candidate: names, numbers, outlet, story. */
  function describe(claim: ClaimQuery, c: Scored, linkedArticles: ReadonlySet<string>) {
    const s = ctx.sentences[c.d]!;
    [c.f[4], c.f[5]] = sharedNamesAndNumbers(claim.text, s.text);
    const own = ctx.outletOf.get(claim.articleId);
    c.f[6] = own && own === s.outlet.trim().toLowerCase() ? 1 : 0;
    c.f[7] = linkedArticles.has(ctx.articleOf[c.d]!) ? 1 : 0;
    c.f[8] = linkedElsewhere(claim, c.d);
  }
  /** Linked to other claims: likelier evidence here too (not this claim's links: training would learn them). */
  function linkedElsewhere(claim: ClaimQuery, d: number): number {
    const others = linkedTo.get(d);
    return Math.min(1, (others ? others.size - (others.has(claimKey(claim)) ? 1 : 0) : 0) / 2);
  }

  return {
    /** Drops the kept candidates (sentences added, vectors or embeddings changed). */
    forget(): void {
      taught = new Map();
    },
    /**
     * Reads with the model the claims that learning from these examples needs and has not read (kept
     * for `learn`), LEARN_TURN claims after each `turn()`; null when there is none to read. The app's
     * worker waits in `turn` for the page to be idle, as reading for meaning does, so learning from
     * 200 claims never takes a core from a user at work.
     */
    readClaims(examples: readonly LearningExample[], turn: () => Promise<void>): Promise<void> | null {
      const texts = examplesByClaim(examples, claimKey).flatMap(({ claim, good }) =>
        good.size && !taught.has(claimKey(claim)) && ctx.runsModel(claim.text) ? [claim.text] : [],
      );
      if (!texts.length) return null;
      return (async () => {
        for (const [i, text] of texts.entries()) {
          if (i % LEARN_TURN === 0) await turn();
          await ctx.queryOf(text);
        }
      })();
    },
    /**
     * Fits the re-ranker on the fact-checker's links and dismissals across all claims: for each
     * claim, every linked sentence should rank above the dismissed ones and above those ranked above
     * it but left unlinked. Replaces what was learned before; an empty list returns to the base ranking.
     */
    async learn(examples: readonly LearningExample[]): Promise<void> {
      const grouped = examplesByClaim(examples, claimKey);
      const vectors = new Map<string, Float32Array | null>();
      for (const { claim, good } of grouped)
        if (good.size && !taught.has(claimKey(claim)))
          vectors.set(claimKey(claim), await ctx.queryOf(claim.text));
      linkedTo = claimsBySentence(examples, ctx.docOf, claimKey);
      const pairs: Pair[] = [];
      const kept = new Map<string, Scored[]>();
      for (const { claim, good, bad } of grouped) {
        if (!good.size) continue;
        const key = claimKey(claim);
        let list = taught.get(key);
        if (!list) {
          list = ctx.scored(claim, {}, RERANK_DEPTH, vectors.get(key) ?? null).list.slice(0, RERANK_DEPTH);
          for (const c of list) describe(claim, c, new Set());
        }
        for (const c of list) c.f[8] = linkedElsewhere(claim, c.d);
        kept.set(key, list);
        pairs.push(...rankingPairs(list, (c) => ctx.sentences[c.d]!.id, good, bad, SKIPPED_NEGATIVES));
      }
      taught = kept;
      learned = pairs.length ? fitPairwise(pairs, ctx.prior()) : null;
    },
    /**
     * The best RERANK_DEPTH re-scored by the learned weights, then the rest in their base order
     * below them (scores under the lowest re-ranked one); null while nothing is learned.
     */
    rerank(claim: ClaimQuery, all: Scored[], options: RankOptions): { top: Scored[]; floor: number } | null {
      if (!learned) return null;
      const linkedArticles = new Set(
        (options.linked ?? []).flatMap((id) =>
          ctx.docOf.has(id) ? [ctx.articleOf[ctx.docOf.get(id)!]!] : [],
        ),
      );
      const top = all.slice(0, RERANK_DEPTH);
      for (const c of top) {
        describe(claim, c, linkedArticles);
        c.score = dot(learned, c.f);
      }
      top.sort(byScore);
      return { top, floor: Math.min(0, ...top.map((c) => c.score)) };
    },
    /** The weights in use (the base weights until something is learned). */
    weights(): number[] {
      return learned ?? ctx.prior();
    },
    /** The same, by feature name. */
    weightsByFeature(): Record<(typeof FEATURES)[number], number> {
      const w = learned ?? ctx.prior();
      return Object.fromEntries(FEATURES.map((f, i) => [f, w[i]!])) as Record<
        (typeof FEATURES)[number],
        number
      >;
    },
  };
}
