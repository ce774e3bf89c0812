import { stem as porter2 } from 'porter2';
import { PHRASES, STOPWORDS, WORDS } from './lexicon';

const wordTerm = new Map<string, string>();
for (const g of WORDS) for (const w of g.words) wordTerm.set(w, g.term);
/** Multi-word names by their words, normalised and joined by one space. */
const phraseTerm = new Map<string, string>();
for (const g of PHRASES) {
  for (const w of g.words) {
    phraseTerm.set(
      normalise(w)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' '),
      g.term,
    );
  }
}

/** Lower case, no accents, straight apostrophes, hyphens as spaces, possessive 's dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    .replace(/'s\b/g, '');
}

/**
 * British spellings written the American way before stemming, so "armoured"/"armored",
 * "characterise"/"characterize", "defence"/"defense", "centre"/"center" meet. Applied to every text
 * alike, so a rule that also rewrites an unrelated word does no harm unless it merges two words.
 */
function americanSpelling(w: string): string {
  if (w.length > 5) w = w.replace(/our(s|ed|ing)?$/, 'or$1');
  if (w.length > 6) w = w.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  if (w.length > 5) w = w.replace(/ence$/, 'ense');
  if (w.length > 4) w = w.replace(/tre(s)?$/, 'ter$1');
  return w;
}

const stemCache = new Map<string, string>();
/**
 * The stem of one lower-case word: Porter2 (Snowball English) after American spelling, so word forms
 * meet ("cooperation"/"cooperate", "announced"/"announcements", "publicly"/"public"). Cached: a
 * dossier has a few tens of thousands of distinct words and hundreds of thousands of tokens.
 */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(word) ? word : porter2(americanSpelling(word));
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** A word as written: its normalised form, and whether it is capitalised past the text's first word. */
interface Token {
  w: string;
  cap: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True for a letter, digit or mark: ASCII by char code, the rest by Unicode property. */
function wordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]!);
}

/**
 * The words of a text as written: runs of letters, digits and marks, with apostrophes and hyphens
 * inside ("Kim’s", "Jong-un"). A hand-written scan: the tokenizer runs over every sentence of a
 * dossier, and a Unicode regular expression per character costs a third of the index build.
 */
function rawWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && wordChar(text, i);
    if (inWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      // An apostrophe or hyphen joins two word parts ("Kim’s", "Jong-un").
      const c = text[i];
      if ((c === "'" || c === '’' || c === '`' || c === '-') && i + 1 < text.length && wordChar(text, i + 1))
        continue;
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}
const PLAIN = /^[a-z0-9]+$/;
const normalCache = new Map<string, string[]>();

/** The normalised words of one token as written ("Jong-un" → jong, un; "Kim’s" → kim). */
function wordsOf(raw: string): string[] {
  const lower = raw.toLowerCase();
  if (PLAIN.test(lower)) return [lower];
  let out = normalCache.get(raw);
  if (!out) {
    out = normalise(raw)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (normalCache.size < 200_000) normalCache.set(raw, out);
  }
  return out;
}

/**
 * The words of a text in one pass, with their case: "US" in capitals is the country, "UN" the United
 * Nations; a capital past the first word marks a name. Plain ASCII words skip Unicode normalisation.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const raw of rawWords(text)) {
    if (raw === 'US' || raw === 'U.S') {
      out.push({ w: 'usa', cap: true });
      continue;
    }
    if (raw === 'UN') {
      out.push({ w: 'united', cap: true }, { w: 'nations', cap: true });
      continue;
    }
    const c = raw.charCodeAt(0);
    const cap = out.length > 0 && (c < 128 ? c >= 65 && c <= 90 : raw[0] !== raw[0]!.toLowerCase());
    for (const w of wordsOf(raw)) out.push({ w, cap });
  }
  return out;
}

/** The surface words of a text, stemmed, without stopwords: what a plain search would match. */
export function stems(text: string): string[] {
  return analyseWords(text).words;
}

/** A term of a text, and whether it stands inside a proper name ("Jong" in "Kim Jong Un"). */
export interface Term {
  term: string;
  /** Capitalised in the text and not its first word: part of a name, not of a phrase. */
  name: boolean;
}

/** Longest phrase in the lexicon, in words. */
const MAX_PHRASE = Math.max(...[...phraseTerm.keys()].map((k) => k.split(' ').length));
/** Words a lexicon phrase starts with: only there is a phrase looked for. */
const PHRASE_STARTS = new Set([...phraseTerm.keys()].map((k) => k.split(' ')[0]!));

/** True for a word worth indexing: not a stopword, and more than one letter (a digit counts). */
function content(w: string): boolean {
  if (w.length === 1) {
    const c = w.charCodeAt(0);
    return c >= 48 && c <= 57;
  }
  return !STOPWORDS.has(w);
}

/**
 * A text's stemmed words (stopwords dropped) and its terms with their case (names of one actor and
 * forms of one word mapped to one term each by lexicon.ts), from one pass over the text.
 */
export function analyseWords(text: string): { words: string[]; terms: Term[] } {
  const words: Token[] = tokens(text);
  const stemmed: string[] = [];
  const out: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, cap } = words[i]!;
    const keep = content(w);
    if (keep) stemmed.push(stem(w));
    let phrase: string | undefined;
    let len = 0;
    const tryPhrase = PHRASE_STARTS.has(w);
    for (let k = tryPhrase ? Math.min(MAX_PHRASE, words.length - i) : 0; k >= 2 && !phrase; k--) {
      let key = words[i]!.w;
      for (let j = 1; j < k; j++) key += ` ${words[i + j]!.w}`;
      phrase = phraseTerm.get(key);
      len = k;
    }
    if (phrase) {
      out.push({ term: phrase, name: true });
      for (let j = 1; j < len; j++) {
        const x = words[i + j]!.w;
        if (content(x)) stemmed.push(stem(x));
      }
      i += len - 1;
      continue;
    }
    const mapped = wordTerm.get(w);
    if (mapped) out.push({ term: mapped, name: true });
    else if (keep) out.push({ term: stem(w), name: cap });
  }
  return { words: stemmed, terms: out };
}

/** The terms of a text with their case (see analyseWords). */
export function termsWithCase(text: string): Term[] {
  return analyseWords(text).terms;
}

/** The terms of a text for ranking (see analyseWords). */
export function terms(text: string): string[] {
  return termsWithCase(text).map((t) => t.term);
}

/** Plain words of a text (lower case, no punctuation), for wording comparison. */
export function plainWords(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? stem(w) : w)); // "characterise" = "characterize", "supplies" = "supplied"
}
