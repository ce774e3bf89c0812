import { PHRASES, STOPWORDS, WORDS } from './lexicon';

const wordTerm = new Map<string, string>();
for (const g of WORDS) for (const w of g.words) wordTerm.set(w, g.term);
/** Every phrase in one alternation, longest first, so a text is scanned once. */
const phraseTerm = new Map<string, string>();
for (const g of PHRASES) for (const w of g.words) phraseTerm.set(normalise(w), g.term);
const phrasePattern = new RegExp(
  `\\b(?:${[...phraseTerm.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b`,
  'g',
);

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
 * A light English stemmer: plural, -ed, -ing, -ment, and British spellings (-our, -ise, -ence
 * for -or, -ize, -ense), so "departing"/"departed", "armoured"/"armored", "announced"/"announcements"
 * meet. Light on purpose: a full Porter stemmer conflates too much for short sentences.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /ie[sd]$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && /[^aeiou]e$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5) w = w.replace(/our$/, 'or').replace(/is$/, 'iz');
  return w;
}

/** The canonical term of one word, or null for a stopword. */
function termOf(word: string): string | null {
  const mapped = wordTerm.get(word);
  if (mapped) return mapped;
  if (STOPWORDS.has(word) || word.length < 2) return null;
  return stem(word);
}

/** The surface words of a text, stemmed, without stopwords: what a plain search would match. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const w of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (w && w.length > 1 && !STOPWORDS.has(w)) out.push(stem(w));
  }
  return out;
}

/**
 * The terms of a text for ranking: actors and near-synonyms mapped to one term each (lexicon.ts),
 * stopwords dropped, plurals stripped. "US" in capitals is the country; "us" is a pronoun.
 */
export function terms(text: string): string[] {
  let t = text.replace(/\bU\.?S\.?(?=\W|$)/g, ' usa ');
  t = normalise(t);
  t = t.replace(phrasePattern, (m) => ` ${phraseTerm.get(m)} `);
  const out: string[] = [];
  for (const w of t.split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    const term = termOf(w);
    if (term) out.push(term);
  }
  return out;
}

/** Plain words of a text (lower case, no punctuation), for wording comparison. */
export function plainWords(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? stem(w) : w)); // "characterise" = "characterize", "supplies" = "supplied"
}
