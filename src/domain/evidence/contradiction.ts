import { cuesOf } from './cues';
import { normalise, stem, termsWithCase } from './terms';
import { CONTRADICTION_DEPTH } from './ranking-model';

/** Why a sentence may contradict a claim, in the fact-checker's words. */
export interface Disagreement {
  kind: 'denial' | 'figure' | 'day' | 'time';
  /** "denial", "different figure: 19 months vs 18", "different day: Tuesday vs Wednesday". */
  says: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIMES = ['morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'dawn'];
/** Meals stand for the occasion reported ("a lunch in Kim's honour" or "a dinner"). */
const MEALS = ['breakfast', 'lunch', 'dinner', 'banquet', 'reception'];
/** The states whose names the lexicon joins: names, not content, when judging the same topic. */
const ACTORS: Record<string, string> = {
  russia: 'Russia',
  nkorea: 'North Korea',
  skorea: 'South Korea',
  usa: 'the United States',
  china: 'China',
  japan: 'Japan',
  ukraine: 'Ukraine',
};

/** A figure as a range: "19" is 19 to 19, "nearly 19" 18 to 19, "more than 18" above 18. */
interface Figure {
  n: number;
  lo: number;
  hi: number;
  /** Whether the bounds themselves are in (false for "more than", "fewer than"). */
  closed: boolean;
}

/** What the words before a figure say of it ("nearly", "more than", "about"). */
function qualified(n: number, before: string): Figure {
  const slack = Math.max(1, n * 0.1);
  if (/\b(nearly|almost|(just )?under|close to)$/.test(before))
    return { n, lo: n - slack, hi: n, closed: true };
  if (/\b(about|around|roughly|approximately|some|an estimated|estimated)$/.test(before))
    return { n, lo: n - slack, hi: n + slack, closed: true };
  if (/\b(more than|over|upwards of|in excess of)$/.test(before))
    return { n, lo: n, hi: Infinity, closed: false };
  if (/\bat least$/.test(before)) return { n, lo: n, hi: Infinity, closed: true };
  if (/\b(fewer than|less than|below)$/.test(before)) return { n, lo: 0, hi: n, closed: false };
  if (/\b(up to|at most|no more than)$/.test(before)) return { n, lo: 0, hi: n, closed: true };
  return { n, lo: n, hi: n, closed: true };
}

/** Whether two figures can be the same quantity ("nearly 19" and "more than 18" can). */
function compatible(a: Figure, b: Figure): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  // Touching at one point: only if both include it ("at least 18" and "18", not "more than 18").
  return lo === hi && a.closed && b.closed;
}

/** Quantities with their unit ("19 months", "two hours", "25 jets"), the unit stemmed. */
function figures(text: string): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  const words = normalise(text)
    .replace(/(\d),(\d{3})/g, '$1$2')
    .split(/[^\p{L}\p{N}.$€£]+/u)
    .filter(Boolean);
  words.forEach((w, i) => {
    const n = /^\d+(\.\d+)?$/.test(w) ? Number(w) : NUMBER_WORDS[w];
    if (n === undefined) return;
    // The unit is the next word that is not a modifier ("19 long months").
    const unit = words.slice(i + 1, i + 3).find((u) => /^\p{L}{3,}$/u.test(u) && !(u in NUMBER_WORDS));
    if (!unit) return;
    const key = stem(unit);
    out.set(key, [...(out.get(key) ?? []), qualified(n, words.slice(Math.max(0, i - 3), i).join(' '))]);
  });
  return out;
}

function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** The words of `list` a text names, in order. */
function named(list: readonly string[], text: string): string[] {
  return wordsOf(text).filter((w) => list.includes(w));
}

/** Times of day with the day they belong to ("Wednesday morning" → wednesday, morning). */
function timesOfDay(text: string): Array<{ day: string | null; time: string }> {
  const words = wordsOf(text);
  const out: Array<{ day: string | null; time: string }> = [];
  words.forEach((w, i) => {
    if (!TIMES.includes(w)) return;
    const near = words.slice(Math.max(0, i - 3), i).reverse();
    out.push({ day: near.find((x) => DAYS.includes(x)) ?? null, time: w });
  });
  return out;
}

/** The first of the claim's items the sentence contradicts: same kind named, none in common. */
function differs(claimItems: string[], sentenceItems: string[]): [string, string] | null {
  if (!claimItems.length || !sentenceItems.length) return null;
  if (claimItems.some((x) => sentenceItems.includes(x))) return null;
  return [claimItems[0]!, sentenceItems[0]!];
}

const SKIP = new Set([...DAYS, ...TIMES].map((w) => stem(w)));
/** Content terms of a text: names (of states or people), days, times and numbers aside. */
function contentTerms(text: string): Set<string> {
  return new Set(
    termsWithCase(text)
      .filter((t) => !t.name && !(t.term in ACTORS) && !SKIP.has(t.term) && !/^\d+$/.test(t.term))
      .map((t) => t.term),
  );
}

/** How much of the claim's content the sentence shares: what makes them about the same thing. */
function overlap(claim: string, sentence: string): { shared: number; share: number } {
  const a = contentTerms(claim);
  const b = contentTerms(sentence);
  const shared = [...a].filter((t) => b.has(t)).length;
  return { shared, share: a.size ? shared / a.size : 0 };
}

/**
 * Thresholds, tuned on the dev half: a denial must share two content words and a fifth of the claim's
 * content (what is denied), actors aside, or "X denied such intentions" denies every claim naming X;
 * another day must come with half the claim's content (the same event, not another day's news).
 */
const DENIAL_SHARED = 2;
const DENIAL_SHARE = 0.2;
const DAY_SHARE = 0.5;

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/**
 * How a sentence that bears on the claim disagrees with it, if it does: a denial, another figure for
 * the same unit, another day or time of day, another meal for the occasion. `null` when nothing
 * disagrees. (Another actor is not judged: in a dossier where nearly every sentence names both
 * states, "who did it" needs a parser, and a guess cost more false alarms than it found.) Meant for sentences already ranked as bearing on the
 * claim: alone, a different weekday says little.
 */
export function disagreement(claim: string, sentence: string): Disagreement | null {
  const o = overlap(claim, sentence);
  if (
    cuesOf(sentence).includes('denial') &&
    !cuesOf(claim).includes('denial') &&
    o.shared >= DENIAL_SHARED &&
    o.share >= DENIAL_SHARE
  )
    return { kind: 'denial', says: 'denial' };
  const a = figures(claim);
  const b = figures(sentence);
  for (const [unit, ns] of a) {
    const other = b.get(unit);
    if (other && !other.some((f) => ns.some((g) => compatible(f, g))))
      return {
        kind: 'figure',
        says: `different figure: ${ns[0]!.n} ${unit}${ns[0]!.n === 1 ? '' : 's'} vs ${other[0]!.n}`,
      };
  }
  const day = o.share >= DAY_SHARE ? differs(named(DAYS, claim), named(DAYS, sentence)) : null;
  if (day) return { kind: 'day', says: `different day: ${cap(day[0])} vs ${cap(day[1])}` };
  const theirs = timesOfDay(sentence);
  for (const t of timesOfDay(claim)) {
    // Compare with the sentence's times of the same day (any, when either names no day).
    const same = theirs.filter((x) => !t.day || !x.day || x.day === t.day);
    if (same.length && !same.some((x) => x.time === t.time)) {
      const when = (x: { day: string | null; time: string }) => (x.day ? `${cap(x.day)} ${x.time}` : x.time);
      return { kind: 'time', says: `different time of day: ${when(t)} vs ${when(same[0]!)}` };
    }
  }
  const meal = differs(named(MEALS, claim), named(MEALS, sentence));
  if (meal) return { kind: 'time', says: `different occasion: ${meal[0]} vs ${meal[1]}` };
  return null;
}

/**
 * Of a ranked list, the first `limit` among its best CONTRADICTION_DEPTH that disagree with the
 * claim, each with how.
 */
export function contradictionsAmong<R extends { id: string }>(
  claim: string,
  textOf: (id: string) => string,
  list: readonly R[],
  limit: number,
): Array<R & { disagreement: Disagreement }> {
  const out: Array<R & { disagreement: Disagreement }> = [];
  for (const r of list.slice(0, CONTRADICTION_DEPTH)) {
    const d = disagreement(claim, textOf(r.id));
    if (d) out.push({ ...r, disagreement: d });
    if (out.length >= limit) break;
  }
  return out;
}
