/**
 * Syndication clutter found in the files we ingest (inkl's wrapper around Guardian and AFP copy, and
 * the like). Kept as data so a new aggregator's lines are added here, not scattered through code.
 */

/** Lines dropped wherever they appear (compared after trimming). */
export const BOILERPLATE_LINES: readonly string[] = [
  'Get all your news in one place.',
  '100’s of premium titles.',
  "100's of premium titles.",
  'One app.',
  'Start reading',
  'Sign up to read this article',
  'Read news from 100’s of titles, curated specifically for you.',
  'Already a member? Sign in here',
  'Related Stories',
  'Top stories on inkl right now',
  'One subscription that gives you access to news from hundreds of sites',
  'Our Picks',
  'Fourteen days free',
  'Download the app',
  'One app. One membership.',
  '100+ trusted global sources.',
  'Daily Newsletter',
  'Sign up to our newsletter',
  'Subscribe to our newsletter',
  'Advertisement',
];

/** A line that starts the page footer: it and everything after it is not article text. */
export const FOOTER_STARTS: readonly RegExp[] = [
  /^Sign up to read this article$/,
  /^About the author$/,
  /^Related Stories$/,
  /^Top stories on inkl/,
];

/** Lines that are newsletter or subscription prompts whatever their exact wording. */
export const PROMO_PATTERNS: readonly RegExp[] = [
  /^(sign up|subscribe) (for|to) (our|the) .*newsletter/i,
  /newsletter$/i,
];

/** Wire-service credits: kept as article metadata, not body text. */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  /^With (Agence France-Presse|AFP|Reuters|Associated Press|AP|agencies)\b.*$/,
  /^.{0,60}\bNews Service$/,
  /^\(?(AFP|Reuters|AP|Associated Press)\)?$/,
];

/** A photo or video caption ends with its credit: "… Photograph: KCNA/Reuters", "Source: Video Screenshot". */
export const CAPTION_CREDIT =
  /(^|\s)(Photograph|Photo|Picture|Image|Illustration|Source|Video|Credit):\s*[^.]{1,60}$/;

/** Outlet names as aggregators print them, mapped to the outlet a fact-checker would name. */
export const OUTLET_ALIASES: ReadonlyArray<[RegExp, string]> = [
  [/^The Guardian( - [A-Z]{2})?$/i, 'The Guardian'],
  [/^(Agence France-Presse|Agence France Presse|AFP)$/i, 'AFP'],
  [/^(Reuters|Thomson Reuters)$/i, 'Reuters'],
  [/^(AP|Associated Press|The Associated Press)$/i, 'AP'],
  [/^(The )?New York Times( News Service)?$/i, 'The New York Times'],
];

/** The outlet a name stands for ("The Guardian - AU" → "The Guardian"); other names unchanged. */
export function canonicalOutlet(name: string): string {
  const n = name.trim();
  for (const [pattern, outlet] of OUTLET_ALIASES) if (pattern.test(n)) return outlet;
  return n;
}
