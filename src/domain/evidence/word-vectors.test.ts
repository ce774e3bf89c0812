import { describe, expect, it } from 'vitest';
import { createEvidenceIndex } from '.';
import { encodeWordVectors, meaningMatch, meaningWords, readWordVectors } from './word-vectors';
import { shippedWordVectors } from '../../testing/word-vectors';

const bufferOf = (bytes: Uint8Array<ArrayBuffer>) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const small = () =>
  readWordVectors(
    bufferOf(
      encodeWordVectors(
        ['north', 'east', 'south', 'northish'],
        [
          [0, 3],
          [2, 0],
          [0, -0.5],
          [0.3, 1],
        ],
      ),
    ),
  );

describe('word-vector file', () => {
  it('reads back what was written: rows by word, cosines of the quantised vectors', async () => {
    const v = small();
    expect([v.size, v.dims]).toEqual([4, 2]);
    expect(v.row('east')).toBe(1);
    expect(v.row('west')).toBe(-1);
    expect(v.cosine(0, 0)).toBe(1);
    expect(v.cosine(0, 1)).toBeCloseTo(0, 5);
    expect(v.cosine(0, 2)).toBeCloseTo(-1, 5);
    expect(v.cosine(0, 3)).toBeCloseTo(1 / Math.hypot(0.3, 1), 2);
  });

  it('refuses what is not a whole word-vector file', async () => {
    const good = encodeWordVectors(['a', 'b'], [[1], [2]]);
    const html = new TextEncoder().encode('<!doctype html><title>Not found</title>');
    expect(() => readWordVectors(bufferOf(html))).toThrow(/Not a word-vector file/);
    expect(() => readWordVectors(bufferOf(good.subarray(0, good.length - 1)))).toThrow(/cut short/);
    const miscounted = good.slice();
    new DataView(miscounted.buffer).setUint32(4, 1, true);
    expect(() => readWordVectors(bufferOf(miscounted))).toThrow();
    expect(() => encodeWordVectors(['a', 'b'], [[1, 2], [3]])).toThrow(/dimensions/);
  });
});

describe('meaning', () => {
  it('takes the content words as written, lower case, without stopwords or digits', async () => {
    expect(meaningWords('The U.S. fears Kim’s 2 weapons-deals')).toEqual([
      'fears',
      'kim',
      'weapons',
      'deals',
    ]);
  });

  it('scores a sentence by each query word’s nearest word, weighted', async () => {
    const v = small();
    const q = (word: string, weight = 1) => ({ row: v.row(word), weight });
    expect(meaningMatch([q('north')], [v.row('north'), v.row('east')], v)).toBe(1);
    expect(meaningMatch([q('north')], [v.row('east')], v)).toBeCloseTo(0, 5);
    expect(meaningMatch([q('north')], [v.row('south')], v)).toBe(0); // opposite counts as unrelated
    expect(meaningMatch([q('north', 3), q('east', 1)], [v.row('north')], v)).toBeCloseTo(0.75, 5);
    expect(meaningMatch([q('north')], [], v)).toBe(0);
  });

  it('the shipped vectors put words of one meaning close and unrelated ones apart', async () => {
    const v = shippedWordVectors();
    const cos = (a: string, b: string) => v.cosine(v.row(a), v.row(b));
    for (const w of ['fears', 'concern', 'weapons', 'arms', 'satellite', 'festival'])
      expect(v.row(w), w).toBeGreaterThanOrEqual(0);
    expect(cos('fears', 'concern')).toBeGreaterThan(cos('fears', 'satellite') + 0.2);
    expect(cos('weapons', 'arms')).toBeGreaterThan(cos('weapons', 'festival') + 0.2);
  });
});

describe('ranking by meaning', () => {
  // Two sentences sharing the same one word with the claim; only the second says what it says.
  const dossier = [
    { id: 'b1', articleId: 'b', outlet: '', text: 'Officials in Atlantis opened a new festival of music.' },
    {
      id: 'c1',
      articleId: 'c',
      outlet: '',
      text: 'Officials in Atlantis voiced concern about arms deliveries.',
    },
  ];
  const claim = { articleId: 'a', text: 'Borealis officials fear weapons shipments.' };

  it('lifts the sentence that says the same in other words; without vectors the order is by words', async () => {
    const index = createEvidenceIndex(dossier);
    const order = async () => (await index.rank(claim)).map((r) => r.id);
    expect(await order()).toEqual(['b1', 'c1']);
    index.useVectors(shippedWordVectors());
    expect(await order()).toEqual(['c1', 'b1']);
    expect(index.weights()['close in meaning']).toBeGreaterThan(0);
    index.useVectors(null);
    expect(await order()).toEqual(['b1', 'c1']);
  });
});
