/**
 * Converts between UTF-16 code-unit offsets (what JavaScript strings and the DOM use) and Unicode
 * code-point offsets (what the W3C Web Annotation model counts). Built once per text; text without
 * astral characters (the common case) converts by identity.
 */
export class CodePointIndex {
  /** utf16Of[cp] = UTF-16 offset of code point cp; absent when the text has no surrogate pairs. */
  private readonly utf16Of: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    let astral = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral++;
          i++;
        }
      }
    }
    this.length = text.length - astral;
    if (astral === 0) {
      this.utf16Of = null;
      return;
    }
    const map = new Uint32Array(this.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[cp++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    map[cp] = text.length;
    this.utf16Of = map;
  }

  /** UTF-16 offset of a code-point offset (clamped to the text). */
  toUtf16(cp: number): number {
    const clamped = Math.max(0, Math.min(cp, this.length));
    return this.utf16Of ? this.utf16Of[clamped]! : clamped;
  }

  /** Code-point offset of a UTF-16 offset; an offset inside a surrogate pair rounds down. */
  toCodePoint(u16: number): number {
    const clamped = Math.max(0, Math.min(u16, this.text.length));
    const map = this.utf16Of;
    if (!map) return clamped;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (map[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The substring between two code-point offsets. */
  slice(startCp: number, endCp: number): string {
    return this.text.slice(this.toUtf16(startCp), this.toUtf16(endCp));
  }
}

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  return new CodePointIndex(s).length;
}
