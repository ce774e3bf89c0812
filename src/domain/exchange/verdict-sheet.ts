import { displayOrder, judgeClaim, linksByClaim } from '../evidence/independence';
import { outletName } from '../evidence/sources';
import { VERDICT_LABELS, type Claim, type ClaimSelector } from '../types';

/** The parts of the workbench a verdict sheet is made from (structurally the db records). */
export interface SheetArticle {
  id: string;
  headline: string;
  outlet: string | null;
  fileName: string | null;
  /** Wire credits: an article carrying a wire's copy is one source with that wire. */
  credits?: readonly string[];
}
export type SheetClaim = Claim;
export interface SheetLink {
  id: string;
  claimId: string;
  articleId: string;
  selector: ClaimSelector;
  relation: 'supports' | 'contradicts';
  /** When the link was made: links are listed in that order, as in the evidence panel. */
  createdAt?: number;
}
export interface SheetCategory {
  id: string;
  name: string;
}

export const VERDICT_SHEET_HEADER = [
  'claim id',
  'claim text',
  'category',
  'verdict',
  'note',
  'outlet',
  'article headline',
  'article file',
  'start',
  'end',
  'supporting sentences',
  'contradicting sentences',
  'independent supporting sources',
  'created',
  'updated',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/** One verdict-sheet row per claim, in the given order; offsets in code points, times in UTC. */
export function verdictSheetRows(
  claims: readonly SheetClaim[],
  articles: ReadonlyMap<string, SheetArticle>,
  categories: ReadonlyMap<string, SheetCategory>,
  links: readonly SheetLink[],
): string[][] {
  const linksOf = linksByClaim(links);
  const outlet = (articleId: string) => {
    const a = articles.get(articleId);
    return a ? outletName(a) : 'Unknown outlet';
  };
  return claims.map((c) => {
    const own = displayOrder((linksOf.get(c.id) ?? []).map((l) => ({ ...l, createdAt: l.createdAt ?? 0 })));
    const judged = judgeClaim(c, own, (id) => articles.get(id));
    const lines = (relation: SheetLink['relation']) =>
      own
        .filter((l) => l.relation === relation)
        .map((l) => `${l.selector.quote.exact} (${outlet(l.articleId)})`)
        .join('\n');
    const a = articles.get(c.articleId);
    return [
      c.id,
      c.selector.quote.exact,
      categories.get(c.categoryId)?.name ?? c.categoryId,
      VERDICT_LABELS[c.verdict],
      c.note,
      a?.outlet ?? '',
      a?.headline ?? '',
      a?.fileName ?? '',
      String(c.selector.position.start),
      String(c.selector.position.end),
      lines('supports'),
      lines('contradicts'),
      String(judged.independentSupport),
      iso(c.createdAt),
      iso(c.updatedAt),
    ];
  });
}
