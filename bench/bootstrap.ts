/**
 * How far a recall figure could move on another draw of claims like these: a bootstrap over claims
 * (claims drawn with replacement, each bringing all its labelled pairs), with a seeded generator so
 * `npm run eval` prints the same intervals every run. With some 60 pairs a half, one pair is 0.016
 * of recall, and a difference smaller than the interval's width is not a finding.
 */
import { seededRandom } from '../src/testing/random';

/** One claim's labelled pairs and how many of them a ranker found in its top k. */
export interface ClaimHits {
  pairs: number;
  found: number;
}

const DRAWS = 2000;

/**
 * The 95% interval of recall, or of the difference between two rankers on the same claims (`minus`,
 * paired: both are scored on each draw).
 */
export function interval(hits: readonly ClaimHits[], minus?: readonly ClaimHits[]): [number, number] {
  const next = seededRandom(20261206);
  const values: number[] = [];
  for (let i = 0; i < DRAWS; i++) {
    let pairs = 0;
    let found = 0;
    let other = 0;
    for (let j = 0; j < hits.length; j++) {
      const c = Math.floor(next() * hits.length);
      pairs += hits[c]!.pairs;
      found += hits[c]!.found;
      other += minus?.[c]!.found ?? 0;
    }
    values.push(pairs ? (found - other) / pairs : 0);
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(DRAWS * 0.025)]!, values[Math.floor(DRAWS * 0.975)]!];
}
