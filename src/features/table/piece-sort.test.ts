import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PieceSort } from './piece-sort';

const byValueThenIndex = (values: readonly number[]) => (x: number, y: number) =>
  values[x]! - values[y]! || x - y;

describe('a sort in pieces', () => {
  it('gives what Array.prototype.sort gives, however it is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
        (values, run, stops) => {
          const compare = byValueThenIndex(values);
          const items = values.map((_, i) => i);
          const sorter = new PieceSort(items, compare, run);
          // Each step either stops at once (a deadline already past) or runs to the end.
          let steps = 0;
          while (!sorter.step(stops[steps++ % stops.length] ? -Infinity : Infinity));
          expect(sorter.done).toBe(true);
          expect(sorter.result).toEqual([...items].sort(compare));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops at its deadline and leaves the input alone', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 10_000);
    const sorter = new PieceSort(items, (x, y) => x - y, 100);
    expect(sorter.step(-Infinity)).toBe(false);
    expect(sorter.done).toBe(false);
    expect(items[0]).toBe(0);
    expect(items[1]).toBe(7919);
    // Stopped at every chance: after each run, and every 1,024 items of a merge.
    let steps = 1;
    while (!sorter.step(-Infinity)) steps++;
    expect(steps).toBeGreaterThan(100 + 10_000 / 1024);
    expect(sorter.result).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
  });
});
