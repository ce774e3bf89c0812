/**
 * The evidence ranker's small lexicon, as data. It keeps only rules of general use, true of any news
 * copy, never pairs fitted to a labelled claim: names of one state (its capital, its seat of
 * government, its adjective), romanisations and acronyms, gendered forms of a word, and the verbs of
 * denial that the Contradicts lane looks for. Word forms and British/American spelling are the
 * stemmer's job (terms.ts), not the lexicon's. Every group says why it is here.
 */

export interface TermGroup {
  term: string;
  words: string[];
  why: string;
}

/** Multi-word names, matched before single words (longest first). Hyphens count as spaces. */
export const PHRASES: TermGroup[] = [
  {
    term: 'nkorea',
    words: ['north korea', 'north korean', 'north koreans', 'dprk'],
    why: 'A state and its adjective.',
  },
  {
    term: 'skorea',
    words: ['south korea', 'south korean', 'south koreans', 'republic of korea'],
    why: 'A state, its adjective and its official name.',
  },
  {
    term: 'usa',
    words: ['united states', 'white house', 'state department', 'u.s.'],
    why: 'A state, and the executive that speaks for it (capital and seat of government stand for the state).',
  },
  {
    term: 'unations',
    words: ['united nations', 'security council'],
    why: 'The UN and its Security Council (“UN” in capitals is read as the United Nations in terms.ts).',
  },
  { term: 'uk', words: ['united kingdom', 'great britain', 'downing street'], why: 'Idem for the UK.' },
  { term: 'eu', words: ['european union'], why: 'The EU and its acronym.' },
  { term: 'pandemic', words: ['covid 19', 'covid-19'], why: 'A named pandemic under its other names.' },
];

/** Single words that name the same state, or forms of one word that the stemmer does not join. */
export const WORDS: TermGroup[] = [
  {
    term: 'russia',
    words: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
    why: 'Capital and seat of government stand for the state.',
  },
  { term: 'nkorea', words: ['pyongyang', 'dprk'], why: 'Capital for the state.' },
  {
    term: 'usa',
    words: ['washington', 'american', 'americans', 'usa'],
    why: 'Capital for the state. “US” counts only in capitals (terms.ts): “us” the pronoun is not the country.',
  },
  { term: 'skorea', words: ['seoul'], why: 'Capital for the state.' },
  {
    term: 'ukraine',
    words: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
    why: 'Capital for the state, in both spellings.',
  },
  { term: 'china', words: ['china', 'chinese', 'beijing'], why: 'Capital for the state.' },
  { term: 'japan', words: ['japan', 'japanese', 'tokyo'], why: 'Capital for the state.' },
  {
    term: 'pandemic',
    words: ['pandemic', 'coronavirus', 'covid'],
    why: 'A named pandemic under its other names.',
  },
  {
    term: 'deny',
    words: [
      'deny',
      'denied',
      'denies',
      'denial',
      'denials',
      'reject',
      'rejected',
      'rejects',
      'refute',
      'refuted',
      'refutes',
    ],
    why: 'Verbs of denial: a denial of a claim is evidence against it (see rankDenials).',
  },
  {
    term: 'spokesperson',
    words: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'spokeswomen'],
    why: 'Gendered forms of one word.',
  },
];

/** Words too common to tell sentences apart. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  s t us said say says told according its it’s there’s`
    .split(/\s+/)
    .filter(Boolean),
);
