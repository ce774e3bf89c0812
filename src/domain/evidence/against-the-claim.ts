import { contradictionsAmong } from './contradiction';
import type { Cue } from './cues';
import {
  CONTRADICTION_DEPTH,
  DEFAULT_LIMIT,
  type ClaimQuery,
  type RankedContradiction,
  type RankedEvidence,
  type RankOptions,
} from './ranking-model';

/** What the queries below read of the index they belong to. */
interface IndexQueries {
  withQuery: <R>(claim: ClaimQuery, run: (q: Float32Array | null) => R) => Promise<R>;
  ranked: (
    claim: ClaimQuery,
    options: RankOptions,
    need: number,
    q: Float32Array | null,
  ) => { list: RankedEvidence[]; total: number };
  textOf: (id: string) => string;
  cuesAt: (d: number) => Cue[];
  docOf: ReadonlyMap<string, number>;
}

/**
 * The index's queries for what bears against a claim, and the panel's one ranking that holds them:
 * denials, the Contradicts lane, a page of suggestions with both, and each sentence's cues.
 */
export function againstTheClaim({ withQuery, ranked, textOf, cuesAt, docOf }: IndexQueries) {
  return {
    /**
     * Denials that bear on the claim, best first: sentences saying someone denied or rejected
     * something, ranked by the claim's terms. A denial rarely shares enough words to rank among all
     * sentences, yet it is what a fact-checker most needs to see.
     */
    rankDenials(claim: ClaimQuery, options: RankOptions = {}): Promise<RankedEvidence[]> {
      return withQuery(claim, (q) =>
        ranked(claim, { ...options, limit: undefined, offset: 0 }, Infinity, q)
          .list.filter((r) => cuesAt(docOf.get(r.id)!).includes('denial'))
          .slice(0, options.limit ?? 3),
      );
    },
    /**
     * The Contradicts lane: sentences bearing on the claim (its best CONTRADICTION_DEPTH) that deny
     * it or disagree on a figure, a day, a time or an actor, best first, each saying how.
     */
    rankContradictions(claim: ClaimQuery, options: RankOptions = {}): Promise<RankedContradiction[]> {
      return withQuery(claim, (q) =>
        contradictionsAmong(
          claim.text,
          textOf,
          ranked(claim, options, CONTRADICTION_DEPTH, q).list,
          options.limit ?? 3,
        ),
      );
    },
    /**
     * Everything the evidence panel shows for a claim from one ranking: a page of suggestions, the
     * Contradicts lane and how many suggestions there are in all (rather than ranking three times).
     */
    suggest(
      claim: ClaimQuery,
      options: RankOptions & { contradictions: number },
    ): Promise<{ best: RankedEvidence[]; contradictions: RankedContradiction[]; total: number }> {
      const offset = options.offset ?? 0;
      const end = offset + (options.limit ?? DEFAULT_LIMIT);
      return withQuery(claim, (q) => {
        const { list, total } = ranked(claim, options, Math.max(end, CONTRADICTION_DEPTH), q);
        return {
          best: list.slice(offset, end),
          contradictions: contradictionsAmong(claim.text, textOf, list, options.contradictions),
          total,
        };
      });
    },
    /** What a candidate's wording marks it as: a denial, a hypothetical ("could", "would … if"). */
    cues(id: string): Cue[] {
      const d = docOf.get(id);
      return d === undefined ? [] : cuesAt(d);
    },
  };
}
