import type { Claimant } from '../records';

/** Verbs that attribute what a sentence says to someone. */
const SAID = '(?:said|says|told|added|insisted|stated|warned|announced|affirmed|indicated|claimed|noted)';
/** A name or title phrase: capitalised words, with titles and joining words between them. */
const WORD =
  "(?:[A-Z][\\p{L}’'-]*|spokesperson|spokesman|spokeswoman|minister|secretary|president|department|ministry|foreign|defence|defense|state|of|for)(?![\\p{L}])";
const NAME = `(?:(?:the|a|an)\\s+)?${WORD}(?:[\\s,]+${WORD}){0,7}`;
/** Bodies, not people: a claimant named so is an organisation. */
const ORGANISATION =
  /\b(Kremlin|White House|Department|Ministry|Pentagon|Government|Agency|Office|Council|Army|Staff|Service|KCNA|Tass|TASS|Reuters|AFP)\b/;

/**
 * Who a sentence says made its claim, from its attribution ("…, said Kremlin spokesperson Dmitry
 * Peskov", "Lankov told AFP…", "according to the Kremlin"), for the fact-checker to confirm: a
 * suggestion, never stored unasked. Null when the sentence names no one.
 */
export function suggestClaimant(sentence: string): Claimant | null {
  // "Siemon Wezeman, a senior researcher at …, said": the name that opens the sentence, before its
  // apposition, is the one speaking.
  const opening = new RegExp(`^([A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)+),[^.]*\\b${SAID}\\b`, 'u').exec(
    sentence,
  );
  if (opening) return { name: opening[1]!, type: 'Person' };
  const patterns = [
    new RegExp(`(${NAME})\\s+${SAID}\\b`, 'u'),
    // After the verb stands the speaker, but after "told" the listener ("told AFP"): not that one.
    new RegExp(`\\b(?!told)${SAID}\\s+(${NAME})`, 'u'),
    new RegExp(`\\b[Aa]ccording to\\s+(${NAME})`, 'u'),
  ];
  for (const p of patterns) {
    const m = p.exec(sentence);
    const raw = m?.[1]
      ?.replace(/[\s,]+$/, '')
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/^(?:(?:of|for)\s+)+/i, '')
      .replace(/,/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    // A name starts with a capital or a title; "he", "it" and the like are no claimant.
    if (!raw || !/[A-Z]/.test(raw) || /^(He|She|It|They|We|I|This|That)$/.test(raw)) continue;
    return {
      name: raw,
      type:
        ORGANISATION.test(raw) && !/\b[A-Z][a-z]+ [A-Z][a-z]+$/.test(raw.replace(ORGANISATION, ''))
          ? 'Organization'
          : 'Person',
    };
  }
  return null;
}
