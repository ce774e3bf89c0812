import { describe, expect, it } from 'vitest';
import { DenseVectors, EXACT_UP_TO, SHORTLIST, unit } from './dense-vectors';
import { seededRandom } from '../../testing/random';

/** Unit vectors in clusters, as sentence embeddings of a dossier about a few stories fall. */
function clustered(n: number, dims: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  const centres = Array.from({ length: 40 }, () => unit(Float32Array.from({ length: dims }, gauss)));
  return Array.from({ length: n }, () => {
    const c = centres[Math.floor(random() * centres.length)]!;
    return unit(Float32Array.from(c, (x) => x + 0.08 * gauss()));
  });
}
const exactDot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, k) => s + x * b[k]!, 0);

describe('DenseVectors', () => {
  it('keeps cosines within 0.01 of the full vectors, one byte per dimension', () => {
    const vs = clustered(200, 384, 1);
    const dense = new DenseVectors(384, 4);
    vs.forEach((v, d) => dense.set(d, v));
    expect(dense.count).toBe(200);
    for (let d = 0; d < 200; d += 7)
      expect(Math.abs(dense.cosine(d, vs[0]!) - exactDot(vs[d]!, vs[0]!))).toBeLessThan(0.01);
    expect(dense.has(200)).toBe(false);
    expect(dense.cosine(500, vs[0]!)).toBe(0);
    expect(() => dense.set(0, new Float32Array(3))).toThrow('3 dimensions');
  });

  it('finds the exact nearest below EXACT_UP_TO, and honours what may be returned', () => {
    const vs = clustered(500, 64, 2);
    const dense = new DenseVectors(64);
    vs.forEach((v, d) => dense.set(d, v));
    const q = vs[3]!;
    const got = dense.nearest(q, 10, 500, (d) => d % 2 === 0);
    const want = vs
      .map((v, d) => ({ d, c: exactDot(v, q) }))
      .filter((x) => x.d % 2 === 0)
      .sort((a, b) => b.c - a.c)
      .slice(0, 10)
      .map((x) => x.d);
    expect(got.map((x) => x.d)).toEqual(want);
    expect(got.every((x) => x.d % 2 === 0)).toBe(true);
  });

  it('above EXACT_UP_TO, the sign codes shortlist nearly all of the true nearest 50', () => {
    const n = EXACT_UP_TO + 4000;
    const vs = clustered(n, 384, 3);
    const dense = new DenseVectors(384);
    vs.forEach((v, d) => dense.set(d, v));
    const random = seededRandom(4);
    let found = 0;
    let of = 0;
    for (let t = 0; t < 10; t++) {
      const q = vs[Math.floor(random() * n)]!;
      const got = new Set(dense.nearest(q, 50, n, () => true).map((x) => x.d));
      const want = vs
        .map((v, d) => ({ d, c: exactDot(v, q) }))
        .sort((a, b) => b.c - a.c)
        .slice(0, 50);
      found += want.filter((x) => got.has(x.d)).length;
      of += want.length;
    }
    // A shortlist of SHORTLIST by Hamming distance, then exact cosines: at least 90% of the true 50.
    expect(SHORTLIST).toBeGreaterThan(50);
    expect(found / of).toBeGreaterThan(0.9);
    // Vectors set after the codes were built are found too.
    const late = unit(Float32Array.from(vs[0]!, (x, k) => (k === 0 ? x + 0.001 : x)));
    dense.set(n, late);
    expect(dense.nearest(late, 1, n + 1, (d) => d !== 0)[0]!.d).toBe(n);
  });
});
