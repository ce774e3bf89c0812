/** A range of a text, in UTF-16 offsets, optionally carrying an id (a sentence's or a claim's). */
export interface Span {
  start: number;
  end: number;
}

export interface IdSpan extends Span {
  id: string;
}

/** A run of text lying in the same sentence (or none) and under the same claims. */
export interface Piece extends Span {
  sentence: number | null;
  claimIds: string[];
  /** Claims that end with this piece (where the verdict badge goes). */
  endingClaimIds: string[];
}

/**
 * Cuts text[start, end) at every sentence and claim boundary, so each piece can be drawn with the
 * highlights that cover it. Claims may overlap each other and cross sentences. Sentences are given in
 * order and do not overlap; pieces come out in text order.
 */
export function cutIntoPieces(
  start: number,
  end: number,
  sentences: readonly Span[],
  claims: readonly IdSpan[],
): Piece[] {
  const cuts = new Set<number>([start, end]);
  const inRange = (n: number) => n > start && n < end;
  for (const s of sentences) {
    if (inRange(s.start)) cuts.add(s.start);
    if (inRange(s.end)) cuts.add(s.end);
  }
  const local = claims.filter((c) => c.end > start && c.start < end && c.end > c.start);
  for (const c of local) {
    if (inRange(c.start)) cuts.add(c.start);
    if (inRange(c.end)) cuts.add(c.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let si = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (si < sentences.length && sentences[si]!.end <= a) si++;
    const s = sentences[si];
    const sentence = s && s.start <= a && s.end >= b ? si : null;
    const covering = local.filter((c) => c.start <= a && c.end >= b);
    pieces.push({
      start: a,
      end: b,
      sentence,
      claimIds: covering.map((c) => c.id),
      endingClaimIds: covering.filter((c) => c.end === b).map((c) => c.id),
    });
  }
  return pieces;
}
