import { describe, expect, it } from 'vitest';
import { anchorSelector, describeRange } from './anchoring';
import { CodePointIndex, codePointLength } from './code-points';

describe('CodePointIndex', () => {
  it('counts an emoji as one code point and a combining accent as its own', () => {
    expect(codePointLength('👍')).toBe(1);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('Kim 🚀 Jong')).toBe(10);
  });
  it('converts both ways around astral characters', () => {
    const idx = new CodePointIndex('a🚀b🇰🇷c');
    // a=0 🚀=1 b=2 🇰=3 🇷=4 c=5 (a flag is two regional-indicator code points)
    expect(idx.toUtf16(2)).toBe(3);
    expect(idx.toUtf16(5)).toBe(8);
    expect(idx.toCodePoint(3)).toBe(2);
    expect(idx.toCodePoint(8)).toBe(5);
    expect(idx.slice(1, 3)).toBe('🚀b');
  });
  it('is the identity on text without astral characters', () => {
    const idx = new CodePointIndex('Vostochny');
    expect(idx.toUtf16(4)).toBe(4);
    expect(idx.toCodePoint(4)).toBe(4);
  });
});

describe('selectors', () => {
  const text = '🚀 Putin said: “That’s why we came here.” Café owners said the same. Putin said it again.';
  const idx = new CodePointIndex(text);

  it('positions count code points, not UTF-16 units', () => {
    const at = text.indexOf('Putin');
    const sel = describeRange(idx, at, at + 'Putin'.length);
    expect(sel.position).toEqual({ start: 2, end: 7 });
    expect(sel.quote.exact).toBe('Putin');
    expect(sel.quote.prefix).toBe('🚀 ');
    expect(sel.quote.suffix.startsWith(' said: “That’s')).toBe(true);
  });

  it('keeps combining accents inside the quote', () => {
    const t = 'Cafe\u0301 owners';
    const i = new CodePointIndex(t);
    const sel = describeRange(i, 0, 5);
    expect(sel.quote.exact).toBe('Cafe\u0301');
    expect(sel.position).toEqual({ start: 0, end: 5 });
    expect(anchorSelector(i, sel)).toEqual({ start: 0, end: 5 });
  });

  it('anchors at the stored position when it still matches', () => {
    const at = text.lastIndexOf('Putin');
    const sel = describeRange(idx, at, at + 5);
    expect(anchorSelector(idx, sel)).toEqual(sel.position);
  });

  it('re-finds the quote by its context when the text has moved', () => {
    const at = text.lastIndexOf('Putin said');
    const sel = describeRange(idx, at, at + 'Putin said'.length);
    const edited = new CodePointIndex(`Breaking 👀 news. ${text}`);
    const found = anchorSelector(edited, sel)!;
    expect(edited.slice(found.start, found.end)).toBe('Putin said');
    // The second occurrence (followed by " it again"), not the first one.
    expect(edited.slice(found.end, found.end + 9)).toBe(' it again');
  });

  it('returns null rather than the wrong words when the quote is gone', () => {
    const sel = describeRange(idx, 0, 7);
    expect(anchorSelector(new CodePointIndex('Nothing of the kind here.'), sel)).toBeNull();
  });

  it('does not trust a stored position that now holds other words', () => {
    const sel = { quote: { exact: 'Café', prefix: '', suffix: '' }, position: { start: 0, end: 4 } };
    const pos = anchorSelector(idx, sel)!;
    expect(idx.slice(pos.start, pos.end)).toBe('Café');
  });
});
