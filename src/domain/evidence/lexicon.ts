/**
 * The evidence ranker's small lexicon, as data. Each group maps the ways news copy names one thing to
 * a single term, so that "Moscow" finds "the Kremlin" and "weaponry" finds "munitions". Kept to what
 * this beat needs; every group says why it is here.
 */

export interface TermGroup {
  term: string;
  words: string[];
  why: string;
}

/** Multi-word names, matched before single words (longest first). Hyphens count as spaces. */
export const PHRASES: TermGroup[] = [
  {
    term: 'kim',
    words: ['kim jong un', 'kim jong-un'],
    why: 'Romanisations of Kim’s name differ by outlet.',
  },
  {
    term: 'nkorea',
    words: ['north korea', 'north korean', 'north koreans', 'dprk'],
    why: 'The state and its adjective.',
  },
  { term: 'skorea', words: ['south korea', 'south korean', 'republic of korea'], why: 'Idem for the South.' },
  {
    term: 'usa',
    words: ['united states', 'white house', 'state department', 'u.s.'],
    why: 'Washington’s voices: the executive and its spokespeople all speak for the US.',
  },
  { term: 'top', words: ['number one'], why: '“number one priority” paraphrases “top priority”.' },
  { term: 'pandemic', words: ['covid 19', 'covid-19'], why: 'The pandemic under its other names.' },
  { term: 'un', words: ['united nations', 'security council'], why: 'UN resolutions are cited both ways.' },
  { term: 'putin', words: ['vladimir putin'], why: 'Full and short names.' },
  { term: 'shoigu', words: ['sergei shoigu'], why: 'Full and short names.' },
  {
    term: 'peskov',
    words: ['dmitry peskov', 'dmitri peskov'],
    why: 'Transliterations of Peskov’s first name.',
  },
];

/** Single words that name the same actor or thing. */
export const WORDS: TermGroup[] = [
  {
    term: 'russia',
    words: ['russia', 'russian', 'russians', 'moscow', 'kremlin'],
    why: 'Capital and seat of government stand for the state.',
  },
  { term: 'nkorea', words: ['pyongyang', 'dprk'], why: 'Capital for the state.' },
  {
    term: 'usa',
    words: ['washington', 'american', 'americans'],
    why: 'Capital for the state. “US” counts only in capitals (terms.ts): “us” the pronoun is not the country.',
  },
  { term: 'skorea', words: ['seoul'], why: 'Capital for the state.' },
  {
    term: 'ukraine',
    words: ['ukraine', 'ukrainian', 'kyiv', 'kiev'],
    why: 'Both spellings of the capital appear.',
  },
  {
    term: 'arms',
    words: [
      'arms',
      'weapon',
      'weapons',
      'weaponry',
      'munition',
      'munitions',
      'ammunition',
      'shell',
      'shells',
      'artillery',
      'armaments',
    ],
    why: 'Near-synonyms of the arms-transfer beat.',
  },
  { term: 'satellite', words: ['satellite', 'satellites', 'spy-satellite'], why: 'Plural and singular.' },
  {
    term: 'space',
    words: ['space', 'spaceport', 'cosmodrome', 'rocket', 'rockets'],
    why: 'The space programme under its parts.',
  },
  {
    term: 'talks',
    words: ['talks', 'discussions', 'discussion', 'meeting', 'meetings', 'summit', 'negotiations'],
    why: 'The summit described in other words.',
  },
  {
    term: 'abroad',
    words: ['abroad', 'foreign', 'overseas', 'outside'],
    why: '“trip abroad” = “foreign trip” = “travelled outside”.',
  },
  {
    term: 'trip',
    words: [
      'trip',
      'trips',
      'travel',
      'travelled',
      'traveled',
      'travelling',
      'journey',
      'visit',
      'visits',
      'visited',
    ],
    why: 'Travel verbs and nouns.',
  },
  {
    term: 'pandemic',
    words: ['pandemic', 'coronavirus', 'covid'],
    why: 'The pandemic under its other names.',
  },
  {
    term: 'attend',
    words: ['attend', 'attended', 'attending', 'participated', 'participate', 'present'],
    why: '“attended the talks” = “participated in the discussions”.',
  },
  { term: 'defence', words: ['defence', 'defense'], why: 'British and American spelling.' },
  {
    term: 'supply',
    words: [
      'supply',
      'supplies',
      'supplied',
      'supplying',
      'provide',
      'provided',
      'deliver',
      'delivered',
      'deliveries',
      'transfer',
      'transfers',
    ],
    why: 'Ways of saying one country arms another.',
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
    ],
    why: 'Forms of denial: a denial of a claim is evidence against it (see rankDenials).',
  },
  { term: 'warn', words: ['warn', 'warned', 'warns', 'warning', 'warnings'], why: 'Forms of warning.' },
  {
    term: 'concern',
    words: [
      'fear',
      'fears',
      'feared',
      'concern',
      'concerns',
      'concerned',
      'alarm',
      'alarmed',
      'worry',
      'worries',
      'worried',
      'troubling',
    ],
    why: 'Officials’ unease is reported in many words.',
  },
  {
    term: 'obtain',
    words: ['obtain', 'obtained', 'seek', 'seeking', 'sought', 'acquire', 'acquired', 'secure', 'import'],
    why: 'Getting arms.',
  },
  {
    term: 'stock',
    words: ['stock', 'stocks', 'stockpile', 'stockpiles', 'arsenal', 'arsenals', 'reserves'],
    why: 'Stores of munitions.',
  },
  {
    term: 'shortage',
    words: ['shortage', 'shortages', 'deficit', 'depleted', 'replenish', 'short', 'needs', 'need'],
    why: 'Running low on munitions.',
  },
  {
    term: 'spokesperson',
    words: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen'],
    why: 'Outlets differ on the gendered form.',
  },
  {
    term: 'war',
    words: ['war', 'invasion', 'offensive', 'assault', 'conflict', 'fighting'],
    why: 'The war in Ukraine under the words each outlet prefers.',
  },
  {
    term: 'ties',
    words: ['ties', 'relations', 'relationship', 'cooperation', 'partnership'],
    why: 'Bilateral relations.',
  },
  {
    term: 'help',
    words: ['help', 'helping', 'assistance', 'aid', 'expertise'],
    why: 'Help given or sought.',
  },
  {
    term: 'deal',
    words: ['deal', 'deals', 'agreement', 'agreements', 'accord'],
    why: 'An arms deal or agreement.',
  },
  {
    term: 'aircraft',
    words: ['aircraft', 'jet', 'jets', 'fighter', 'fighters', 'warplanes'],
    why: 'Aircraft by type.',
  },
  { term: 'invite', words: ['invite', 'invited', 'invitation', 'invites'], why: 'Forms of inviting.' },
  { term: 'hour', words: ['hour', 'hours'], why: 'Plural.' },
  { term: 'priority', words: ['priority', 'priorities'], why: 'Plural.' },
  {
    term: 'engineering',
    words: ['engineering', 'technology', 'technologies'],
    why: '“rocket engineering” and “rocket technology” in two translations.',
  },
  { term: 'sanction', words: ['sanction', 'sanctions', 'sanctioned'], why: 'Forms.' },
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
