import type { ClaimRecord } from '../../db/records';

const VERDICT_CODE: Record<ClaimRecord['verdict'], number> = { confirmed: 1, disputed: 2, unverified: 3 };

/**
 * What the Claims table's filters compare, by slot, in small typed arrays (a filter over 100,000
 * claims reads 100,000 bytes, not 100,000 objects): the verdict's code, and the category's and
 * article's numbers. They follow the claim record alone, so they are set when a claim is put.
 */
export class FilterFields {
  private verdictAt = new Uint8Array(1024);
  private categoryAt = new Int32Array(1024);
  private articleAt = new Int32Array(1024);
  /** A number for each id seen (a category's, an article's), the same for the model's life; 0 is none. */
  private codes = new Map<string, number>();

  private code(id: string): number {
    let c = this.codes.get(id);
    if (c === undefined) {
      c = this.codes.size + 1;
      this.codes.set(id, c);
    }
    return c;
  }

  /** Puts a claim in its slot, growing the arrays as needed. */
  place(s: number, c: Pick<ClaimRecord, 'verdict' | 'categoryId' | 'articleId'>): void {
    if (s >= this.verdictAt.length) {
      const size = Math.max(s + 1, this.verdictAt.length * 2);
      const grow = <T extends Uint8Array | Int32Array>(a: T, made: T): T => (made.set(a), made);
      this.verdictAt = grow(this.verdictAt, new Uint8Array(size));
      this.categoryAt = grow(this.categoryAt, new Int32Array(size));
      this.articleAt = grow(this.articleAt, new Int32Array(size));
    }
    this.verdictAt[s] = VERDICT_CODE[c.verdict];
    this.categoryAt[s] = this.code(c.categoryId);
    this.articleAt[s] = this.code(c.articleId);
  }

  /** A test of a slot against the verdict, category and article asked for ('' is any). */
  matcher(f: { verdict: ClaimRecord['verdict'] | ''; categoryId: string; articleId: string }) {
    const v = f.verdict ? VERDICT_CODE[f.verdict] : 0;
    // An id never seen matches nothing (-1), never "any" (0).
    const category = f.categoryId ? (this.codes.get(f.categoryId) ?? -1) : 0;
    const article = f.articleId ? (this.codes.get(f.articleId) ?? -1) : 0;
    return (s: number) =>
      (!v || this.verdictAt[s] === v) &&
      (!category || this.categoryAt[s] === category) &&
      (!article || this.articleAt[s] === article);
  }
}
