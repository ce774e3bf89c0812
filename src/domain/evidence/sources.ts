import { canonicalOutlet } from '../boilerplate';

/**
 * What an article is as a source: the outlet that published it and the wire services whose copy it
 * carries. Two articles that carry the same wire's copy are one source, whatever masthead is on them.
 */
export interface SourceInfo {
  /** The outlet as a fact-checker names it ("The Guardian"), or null when nobody says. */
  outlet: string | null;
  /** True when the outlet was not stated but taken from a wire credit ("New York Times News Service"). */
  outletFromCredit: boolean;
  /** The wire services the article's copy comes from, including the outlet itself when it is a wire. */
  wires: readonly string[];
}

/** News agencies whose copy is syndicated: an article crediting one is that agency's copy too. */
const WIRES: ReadonlyArray<[RegExp, string]> = [
  [/\b(Agence France[- ]Presse|AFP)\b/i, 'AFP'],
  [/\bReuters\b/i, 'Reuters'],
  [/\b(Associated Press|AP)\b/, 'AP'],
  [/\b(The )?New York Times\b/i, 'The New York Times'],
  [/\bBloomberg\b/i, 'Bloomberg'],
  [/\bXinhua\b/i, 'Xinhua'],
  [/\b(Yonhap)\b/i, 'Yonhap'],
  [/\b(Tass|TASS)\b/, 'TASS'],
  [/\bdpa\b/, 'dpa'],
  [/\bEFE\b/, 'EFE'],
];
/** "Washington Post News Service": every named news service is a wire of its own. */
const NEWS_SERVICE = /^(?:With\s+)?(?:the\s+)?(.{2,60}?)\s+News Service$/i;

/** The wire services named by an article's credit lines ("With Agence France-Presse and Reuters"). */
export function wiresOfCredits(credits: readonly string[]): string[] {
  const out = new Set<string>();
  for (const credit of credits) {
    let known = false;
    for (const [pattern, wire] of WIRES) {
      if (pattern.test(credit)) {
        out.add(wire);
        known = true;
      }
    }
    const service = NEWS_SERVICE.exec(credit.trim());
    if (!known && service) out.add(canonicalOutlet(service[1]!));
  }
  return [...out];
}

/** The outlet a name stands for, or null when it is empty or says it is unknown. */
export function knownOutlet(outlet: string | null | undefined): string | null {
  const t = canonicalOutlet(outlet ?? '');
  return t && !/^unknown( outlet)?$/i.test(t) ? t : null;
}

/**
 * An article as a source. Where the article names no outlet, a single wire credit fills it ("New York
 * Times News Service" is The New York Times's copy); a credit never overrides a stated outlet.
 */
export function sourceOf(article: { outlet: string | null; credits?: readonly string[] }): SourceInfo {
  // Asked once per row of a 100,000-claim table or sheet, of the same few articles: kept per record
  // (records are never changed in place; an edited article is a new object).
  let known = judged.get(article);
  if (!known) {
    known = readSource(article);
    judged.set(article, known);
  }
  return known;
}
const judged = new WeakMap<object, SourceInfo>();

function readSource(article: { outlet: string | null; credits?: readonly string[] }): SourceInfo {
  const credited = wiresOfCredits(article.credits ?? []);
  const stated = knownOutlet(article.outlet);
  const outlet = stated ?? (credited.length === 1 ? credited[0]! : null);
  const wires = new Set(credited);
  // An agency's own article is that agency's wire copy.
  if (outlet) for (const w of wiresOfCredits([outlet])) wires.add(w);
  return { outlet, outletFromCredit: !stated && outlet !== null, wires: [...wires] };
}

/**
 * True for an agency's own copy: the outlet is stated and is itself a wire (AFP's article, not a
 * paper's reprint crediting AFP). Of a wire's copies, the agency's own is the original.
 */
export function isWireOriginal(info: SourceInfo): boolean {
  return info.outlet !== null && !info.outletFromCredit && wiresOfCredits([info.outlet]).length > 0;
}

/** The wire two sources share, or null. */
export function sharedWire(a: SourceInfo, b: SourceInfo): string | null {
  return a.wires.find((w) => b.wires.includes(w)) ?? null;
}

/** True when both sources name the same known outlet. */
export function sameOutlet(a: SourceInfo, b: SourceInfo): boolean {
  return a.outlet !== null && a.outlet.toLowerCase() === b.outlet?.toLowerCase();
}

/** The outlet to show for an article: stated, else from its wire credit, else "Unknown outlet". */
export function outletName(article: { outlet: string | null; credits?: readonly string[] }): string {
  return sourceOf(article).outlet ?? 'Unknown outlet';
}
