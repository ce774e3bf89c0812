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

/** The surface words of a text, stemmed, without stopwords: what a plain search would match. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const w of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w && (w.length > 1 || /\p{N}/u.test(w)) && !STOPWORDS.has(w)) out.push(stem(w));
  }
  return out;
}

/** A term of a text, and whether it stands inside a proper name ("Jong" in "Kim Jong Un"). */
export interface Term {
  term: string;
  /** Capitalised in the text and not its first word: part of a name, not of a phrase. */
  name: boolean;
}

/** Longest phrase in the lexicon, in words. */
const MAX_PHRASE = Math.max(...[...phraseTerm.keys()].map((k) => k.split(' ').length));

/**
 * The terms of a text with their case ("US" in capitals is the country, "UN" the United Nations): names of one actor and forms of one word mapped to one term each
 * (lexicon.ts), stopwords dropped, the rest stemmed.
 */
export function termsWithCase(text: string): Term[] {
  const raw = text
    .replace(/\bU\.?S\.?(?=\W|$)/g, ' USA ')
    .replace(/\bUN\b/g, ' United Nations ')
    .split(/[^\p{L}\p{N}'’-]+/u);
  const words: Array<{ w: string; cap: boolean }> = [];
  for (const r of raw) {
    for (const w of normalise(r).split(/[^\p{L}\p{N}]+/u)) {
      if (w) words.push({ w, cap: words.length > 0 && /^\p{Lu}/u.test(r) });
    }
  }
  const out: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    let phrase: string | undefined;
    let len = 0;
    for (let k = Math.min(MAX_PHRASE, words.length - i); k >= 2 && !phrase; k--) {
      phrase = phraseTerm.get(
        words
          .slice(i, i + k)
          .map((x) => x.w)
          .join(' '),
      );
      len = k;
    }
    if (phrase) {
      out.push({ term: phrase, name: true });
      i += len - 1;
      continue;
    }
    const { w, cap } = words[i]!;
    const mapped = wordTerm.get(w);
    if (mapped) out.push({ term: mapped, name: true });
    else if (!STOPWORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w))) out.push({ term: stem(w), name: cap });
  }
  return out;
}

/** The terms of a text for ranking (see termsWithCase). */
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
