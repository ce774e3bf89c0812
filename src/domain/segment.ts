/**
 * Sentence segmentation with Intl.Segmenter, corrected for the two ways it fails on news copy:
 * it ends a sentence after an abbreviation ("Mr. Putin") and inside a quotation that holds
 * several sentences. Offsets are UTF-16 code units into `text`.
 */

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'rep',
  'sen',
  'gov',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
]);

let segmenter: Intl.Segmenter | null = null;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

function endsWithAbbreviation(s: string): boolean {
  const m = /(?:^|[\s(“"‘])([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$/.exec(s.trimEnd());
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // A single capital letter is an initial ("Kim J. Un"); a known abbreviation never ends a sentence.
  return ABBREVIATIONS.has(word) || /^[A-Z]$/.test(m[1]!);
}

/** True while a double quotation opened in `s` is still open. */
function insideQuotation(s: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of s) {
    if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

/** Sentences of text[from, to): trimmed ranges, never splitting after "Mr." or inside a quotation. */
export function splitSentences(
  text: string,
  from = 0,
  to = text.length,
): Array<{ start: number; end: number }> {
  const slice = text.slice(from, to);
  const raw: Array<{ start: number; end: number }> = [];
  for (const seg of getSegmenter().segment(slice)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: Array<{ start: number; end: number }> = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = slice.slice(prev.start, prev.end);
      if (endsWithAbbreviation(prevText) || insideQuotation(prevText)) {
        prev.end = r.end;
        continue;
      }
    }
    merged.push({ ...r });
  }
  const out: Array<{ start: number; end: number }> = [];
  for (const m of merged) {
    let s = m.start;
    let e = m.end;
    while (s < e && /\s/.test(slice[s]!)) s++;
    while (e > s && /\s/.test(slice[e - 1]!)) e--;
    if (e > s) out.push({ start: from + s, end: from + e });
  }
  return out;
}
