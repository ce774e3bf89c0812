/** Ends each text in the corpus: no search has it (a search is one line of text). */
const SEP = '\n';

/**
 * Every claim's text in lower case, in slot order, each ended by SEP, as one string: the Claims
 * table's search is one `indexOf` pass over it, not a test of 100,000 strings. A claim's text never
 * changes, so the corpus only grows as claims arrive (a deleted claim's text stays, unreachable);
 * `offsets[s]` is where slot s's text starts.
 */
export class SearchCorpus {
  private text = '';
  private offsets: number[] = [0];

  constructor(
    private readonly slots: {
      /** How many slots there are. */
      count(): number;
      /** A slot's text in lower case ('' for an empty slot). */
      textOf(slot: number): string;
    },
  ) {}

  /** Whether every slot's text is in. */
  get complete(): boolean {
    return this.offsets.length - 1 >= this.slots.count();
  }

  /** Starts again from nothing (the claims were all read again). */
  reset(): void {
    this.text = '';
    this.offsets = [0];
  }

  /** Adds the texts of the slots placed since (at most `most` of them). */
  extend(most = Infinity): void {
    const from = this.offsets.length - 1;
    const to = Math.min(this.slots.count(), from + most);
    if (from >= to) return;
    const parts: string[] = [];
    let at = this.offsets[from]!;
    for (let s = from; s < to; s++) {
      const text = this.slots.textOf(s);
      parts.push(text);
      at += text.length + SEP.length;
      this.offsets.push(at);
    }
    this.text += parts.join(SEP) + SEP;
  }

  /** A slot's text in lower case. */
  textAt(slot: number): string {
    this.extend();
    return this.text.slice(this.offsets[slot], this.offsets[slot + 1]! - SEP.length);
  }

  /** Which slots' texts contain the needle (lower case), as one byte per slot. */
  containing(needle: string): Uint8Array {
    this.extend();
    const hit = new Uint8Array(this.slots.count());
    if (needle.includes(SEP)) return hit;
    const { text, offsets } = this;
    let s = 0;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, offsets[s + 1])) {
      while (offsets[s + 1]! <= at) s++;
      hit[s] = 1;
    }
    return hit;
  }
}
