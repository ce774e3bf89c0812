import { describe, expect, it } from 'vitest';
import { interval } from './bootstrap';

/** `n` claims of two pairs each, the first `found` of them with both found, the rest with none. */
const claims = (n: number, found: number) =>
  Array.from({ length: n }, (_, i) => ({ pairs: 2, found: i < found ? 2 : 0 }));

describe('interval', () => {
  it('is a point where every draw gives the same recall', () => {
    expect(interval(claims(30, 30))).toEqual([1, 1]);
    expect(interval(claims(30, 0))).toEqual([0, 0]);
    expect(interval(claims(30, 12), claims(30, 12))).toEqual([0, 0]);
  });

  it('holds the recall measured, narrows with more claims, and is the same on every run', () => {
    const [lo, hi] = interval(claims(40, 20));
    expect(lo).toBeLessThan(0.5);
    expect(hi).toBeGreaterThan(0.5);
    const [lo4, hi4] = interval(claims(400, 200));
    expect(hi4 - lo4).toBeLessThan((hi - lo) / 2);
    expect(interval(claims(40, 20))).toEqual([lo, hi]);
  });

  it('pairs the two rankers claim by claim: a ranker always one claim ahead stays ahead', () => {
    const [lo, hi] = interval(claims(40, 21), claims(40, 20));
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeGreaterThan(0);
    // Unpaired, two such rankers' intervals would overlap almost whole.
    expect(hi).toBeLessThan(0.1);
  });
});
