import { describe, expect, it } from 'vitest';
import { cutIntoPieces } from './highlights';

describe('cutIntoPieces', () => {
  it('cuts at sentence and claim boundaries, with overlapping claims', () => {
    const pieces = cutIntoPieces(
      0,
      20,
      [
        { start: 0, end: 9 },
        { start: 10, end: 20 },
      ],
      [
        { id: 'a', start: 5, end: 15 },
        { id: 'b', start: 12, end: 18 },
      ],
    );
    expect(pieces.map((p) => [p.start, p.end, p.sentence, p.claimIds.join()])).toEqual([
      [0, 5, 0, ''],
      [5, 9, 0, 'a'],
      [9, 10, null, 'a'],
      [10, 12, 1, 'a'],
      [12, 15, 1, 'a,b'],
      [15, 18, 1, 'b'],
      [18, 20, 1, ''],
    ]);
    expect(pieces.find((p) => p.end === 15)!.endingClaimIds).toEqual(['a']);
  });
  it('ignores claims outside the range', () => {
    const pieces = cutIntoPieces(10, 20, [], [{ id: 'x', start: 0, end: 5 }]);
    expect(pieces).toEqual([{ start: 10, end: 20, sentence: null, claimIds: [], endingClaimIds: [] }]);
  });
});
