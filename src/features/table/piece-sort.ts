/**
 * A sort done in pieces: runs of a few thousand items sorted one at a time, then merged pairwise,
 * bottom up, each `step` working until a deadline. A worker sorting 100,000 claims by their text
 * (half a second in one go) answers requests between the pieces instead of after the whole sort.
 * The comparison must be a total order (break ties, e.g. by id): merging keeps the left item first on
 * a tie, so the result equals `Array.prototype.sort`'s for such a comparison.
 */
export class PieceSort<T> {
  private a: T[];
  private b: T[];
  /** Items sorted into runs so far (phase one), then the width of the runs being merged. */
  private sortedRuns = 0;
  private width: number;
  /** Where the current merge pass has got to: the pair being merged, and how far (i, j into a; k into b). */
  private at = 0;
  private merging: { mid: number; hi: number; i: number; j: number; k: number } | null = null;

  constructor(
    items: readonly T[],
    private readonly compare: (x: T, y: T) => number,
    private readonly run = 4096,
  ) {
    this.a = [...items];
    this.b = new Array<T>(items.length);
    this.width = run;
  }

  get done(): boolean {
    return this.sortedRuns >= this.a.length && this.width >= this.a.length;
  }

  /** The sorted items (once `done`). */
  get result(): T[] {
    return this.a;
  }

  /** Works until `deadline` (a `performance.now()` time) or the end; returns whether it is sorted. */
  step(deadline = Infinity): boolean {
    const n = this.a.length;
    while (this.sortedRuns < n) {
      const from = this.sortedRuns;
      const to = Math.min(n, from + this.run);
      const part = this.a.slice(from, to).sort(this.compare);
      for (let i = 0; i < part.length; i++) this.a[from + i] = part[i]!;
      this.sortedRuns = to;
      if (performance.now() > deadline) return this.done;
    }
    while (this.width < n) {
      if (!this.merging) {
        const lo = this.at;
        const mid = Math.min(n, lo + this.width);
        this.merging = { mid, hi: Math.min(n, lo + 2 * this.width), i: lo, j: mid, k: lo };
      }
      if (!this.merge(deadline)) return false;
      this.at = this.merging.hi;
      this.merging = null;
      if (this.at >= n) {
        [this.a, this.b] = [this.b, this.a];
        this.width *= 2;
        this.at = 0;
      }
      if (performance.now() > deadline) return this.done;
    }
    return true;
  }

  /**
   * Goes on merging a[lo, mid) and a[mid, hi) into b[lo, hi), looking at the clock every 1,024
   * items; returns whether the pair is merged.
   */
  private merge(deadline: number): boolean {
    const { a, b, compare } = this;
    const m = this.merging!;
    let { i, j, k } = m;
    const { mid, hi } = m;
    while (i < mid && j < hi) {
      b[k++] = compare(a[j]!, a[i]!) < 0 ? a[j++]! : a[i++]!;
      if ((k & 1023) === 0 && performance.now() > deadline) {
        Object.assign(m, { i, j, k });
        return false;
      }
    }
    while (i < mid) b[k++] = a[i++]!;
    while (j < hi) b[k++] = a[j++]!;
    return true;
  }
}
