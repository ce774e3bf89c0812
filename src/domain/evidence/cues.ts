import { normalise } from './terms';

/** What a sentence's wording marks it as, beyond what it is about. */
export type Cue = 'denial' | 'hypothetical';

/** Verbs and phrases of denial: the sentence reports that someone said a thing is not so. */
const DENIAL =
  /\b(den(y|ies|ied|ial|ials|ying)|reject(s|ed|ing)?|refut(e|es|ed|ing)|dismiss(es|ed)? .{0,20}\b(as|claims?|reports?)\b|no evidence|not true|false(ly)?|baseless|unfounded)\b/;
/**
 * Modal and conditional wording: the sentence says what could or would happen, or might be, not what
 * did. A fact-checker weighs "could provide weapons" differently from "provided weapons".
 */
const HYPOTHETICAL = /\b(could|would|might|may|if|whether|possibl[ey]|possibility|potential(ly)?|likely)\b/;

/**
 * Reported speech is not conjecture: "asked if Russia would help", "Putin said they would address…"
 * report a question or a plan. A reported question's "if"/"whether", and a "would" after a verb of
 * saying, are left out before looking for modal wording.
 */
const REPORTED_QUESTION = /\b(asked|asking|asks|wondered|wondering)( \p{L}+)? (if|whether)\b/gu;
const REPORTED_WOULD =
  /\b(said|says|told|added|announced|promised|pledged|agreed|stated|insisted|warned|vowed|declared|asked|confirmed)\b([^.;]*?)\bwould\b/g;

/** A sentence's words with reported questions and reported futures taken out. */
function unreported(t: string): string {
  let out = t.replace(
    REPORTED_QUESTION,
    (_m, verb: string, who: string | undefined) => `${verb}${who ?? ''}`,
  );
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(REPORTED_WOULD, '$1$2');
  }
  return out;
}

/** The cues of a sentence (empty when it states a plain fact). */
export function cuesOf(text: string): Cue[] {
  const t = normalise(text);
  const out: Cue[] = [];
  if (DENIAL.test(t)) out.push('denial');
  // "May" the month is capitalised mid-sentence; the modal is not.
  const modal = t.replace(/\bmay\b/g, (m, i: number) => (/May/.test(text.slice(i, i + 3)) ? '' : m));
  if (HYPOTHETICAL.test(unreported(modal))) out.push('hypothetical');
  return out;
}
