import { memoByText } from './memo';
import { plainWords } from './terms';

/** Words per shingle: three consecutive words rarely repeat between independent reports. */
const SHINGLE = 3;
/**
 * Share of the shorter text's shingles found in the other above which two texts are the same copy.
 * Wire copy reprinted with small edits ("pay a price"/"pay the price", "supplies"/"supplied") keeps
 * well over half its three-word runs; independent reports of one fact keep few (names, "two hours").
 */
export const SHARED_WORDING_THRESHOLD = 0.5;
/**
 * Fewest shared three-word runs for a verdict of shared wording: a six-word sentence that shares a
 * name and a verb with a long one ("Moscow and Pyongyang have denied …") is not reprinted copy.
 */
export const MIN_SHARED_SHINGLES = 4;

function shingles(words: string[]): Set<string> {
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** A text's shingles (read-only: shared between callers). */
const shinglesOf: (text: string) => ReadonlySet<string> = memoByText((t) => shingles(plainWords(t)));

function overlap(a: string, b: string): { shared: number; share: number } {
  const sa = shinglesOf(a);
  const sb = shinglesOf(b);
  if (!sa.size || !sb.size) return { shared: 0, share: 0 };
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return { shared, share: shared / small.size };
}

/** How much of the shorter text's wording (three-word runs) the other text repeats, from 0 to 1. */
export function wordingOverlap(a: string, b: string): number {
  return overlap(a, b).share;
}

/** True when b repeats a's wording near-verbatim (the same wire copy reprinted). */
export function sharesWording(a: string, b: string): boolean {
  const o = overlap(a, b);
  return o.share >= SHARED_WORDING_THRESHOLD && o.shared >= MIN_SHARED_SHINGLES;
}
