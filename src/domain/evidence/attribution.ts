import { memoByText } from './memo';
/**
 * Who a sentence says it is quoting: the named people or bodies next to an attribution verb
 * ("Lankov said", "said Kremlin spokesperson Dmitry Peskov", "according to Tass"). Two reports that
 * rest on the same named source are one source, however many outlets print them.
 */

const VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'insisted',
  'stated',
  'noted',
  'warned',
  'according',
  'quoted',
  'indicated',
  'announced',
  'affirmed',
  'confirmed',
  'claimed',
  'explained',
  'stressed',
  'reported',
  'tweeted',
  'wrote',
]);
/** Capitalised words that are not names of sources. */
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'And',
  'On',
  'In',
  'At',
  'As',
  'For',
  'With',
  'This',
  'That',
  'While',
  'When',
  'After',
  'Before',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Russian',
  'North',
  'South',
  'Korean',
  'Korea',
  'Russia',
  'US',
  'Chinese',
  'Japanese',
  'Japan',
  'China',
  'President',
  'Minister',
  'Department',
  'State',
  'Ministry',
]);
/** How many words either side of the verb a source may stand ("…, Matthew Miller, said"). */
const WINDOW = 4;

/** The sources a sentence attributes its content to, as lower-case surnames or body names. */
export const attributions: (text: string) => ReadonlySet<string> = memoByText(findAttributions);

function findAttributions(text: string): Set<string> {
  const tokens = text
    .replace(/[“”"‘’(),:;–—]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const found = new Set<string>();
  tokens.forEach((tok, i) => {
    const bare = tok.replace(/[.!?]+$/, '');
    if (!VERBS.has(bare.toLowerCase())) return;
    for (const side of [-1, 1]) {
      // Walk away from the verb; each run of capitalised words ("Dmitry Peskov", "Kremlin") is a
      // source, named by its last word (the surname), past titles such as "spokesperson".
      let run: string[] = [];
      const flush = () => {
        if (run.length) found.add(run[run.length - 1]!.toLowerCase());
        run = [];
      };
      for (let k = 1; k <= WINDOW; k++) {
        const t = tokens[i + side * k];
        if (!t) break;
        const w = t.replace(/[.!?'’]+$/, '').replace(/'s$/, '');
        const capital = /^\p{Lu}[\p{L}-]+$/u.test(w) && !NOT_NAMES.has(w);
        if (capital) run = side > 0 ? [...run, w] : [w, ...run];
        else flush();
        if (/[.!?]$/.test(t)) break; // a source does not lie past the end of the sentence
      }
      flush();
    }
  });
  return found;
}

/** True when both sentences rest on at least one same named source. */
export function sharesAttribution(a: string, b: string): boolean {
  const sa = attributions(a);
  if (!sa.size) return false;
  for (const s of attributions(b)) if (sa.has(s)) return true;
  return false;
}
