import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst } from './best-first';

/** The plain way: every sentence sorted, the first k kept. */
function sortedPrefix(docs: number[], scores: number[], k: number): number[] {
  return docs
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!)
    .slice(0, Math.max(0, k));
}

describe('bestFirst', () => {
  it('gives what sorting them all gives, ties and all (fast-check)', () => {
    fc.assert(
      fc.property(
        // Few distinct scores, so ties at the threshold are common.
        fc.uniqueArray(fc.nat(10_000), { maxLength: 200 }).chain((docs) =>
          fc.tuple(
            fc.constant(docs),
            fc.array(fc.constantFrom(0, 0.25, 0.5, 1, 1.5, 3.75), {
              minLength: docs.length,
              maxLength: docs.length,
            }),
            fc.integer({ min: -1, max: docs.length + 2 }),
          ),
        ),
        ([docs, scores, k]) => {
          // Buffers longer than `count`, as the index reuses them: what lies past it is ignored.
          const d = Int32Array.from([...docs, 7, 8]);
          const s = Float64Array.from([...scores, 99, 99]);
          expect(bestFirst(d, s, docs.length, k)).toEqual(sortedPrefix(docs, scores, k));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every best one when more tie at the k-th score than fit, by sentence number', () => {
    const docs = Int32Array.from([5, 3, 9, 1]);
    const scores = Float64Array.from([1, 2, 1, 1]);
    expect(bestFirst(docs, scores, 4, 2)).toEqual([1, 3]);
  });
});
