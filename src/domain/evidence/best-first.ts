/**
 * The best `k` of `count` scored sentences, best first, ties by sentence number (so the order never
 * depends on the order they were scored in). `docs[i]` is a sentence's number and `scores[i]` its
 * score. A claim touches thousands of sentences of a big dossier but the panel shows a few: the
 * k-th best score is found by a native sort of the scores alone (no comparator calls), and only the
 * sentences at or above it are ordered one by one. Returns positions into `docs`.
 */
export function bestFirst(docs: Int32Array, scores: Float64Array, count: number, k: number): number[] {
  const order = (a: number, b: number) => scores[b]! - scores[a]! || docs[a]! - docs[b]!;
  const positions: number[] = [];
  if (k >= count) {
    for (let i = 0; i < count; i++) positions.push(i);
    return positions.sort(order);
  }
  if (k <= 0) return positions;
  const threshold = scores.slice(0, count).sort()[count - k]!;
  for (let i = 0; i < count; i++) if (scores[i]! >= threshold) positions.push(i);
  return positions.sort(order).slice(0, k);
}
