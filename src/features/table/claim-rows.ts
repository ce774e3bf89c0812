import type { ArticleRecord, CategoryRecord, ClaimRecord, LinkRecord } from '../../db/records';
import { outletName } from '../../domain/evidence/sources';
import { linksByClaim } from '../../domain/evidence/independence';
import { corroborationOf } from '../evidence/corroboration';
import type { Verdict } from '../../domain/types';

/** One line of the Claims table: a claim joined with its article and category. */
export interface ClaimRow {
  id: string;
  articleId: string;
  text: string;
  categoryId: string;
  category: string;
  color: string;
  verdict: Verdict;
  /** The rating given on the newsroom's scale (null: by verdict). */
  rating: string | null;
  source: string;
  headline: string;
  /** Independent supporting sources. */
  evidence: number;
  /** Independent contradicting sources. */
  contradict: number;
  /** Contradicting links (sentences): one of them makes a Confirmed verdict worth a warning. */
  contradictLinks: number;
  updatedAt: number;
  rev: number;
  /** When equivalent claims are grouped: how many other claims state the same thing. */
  equivalents?: number;
  /** Changed since the table's order was held (an inline edit): it may not be where the sort puts it. */
  outOfOrder?: boolean;
}

/**
 * One row per thing claimed: of each group of equivalent claims, the earliest stands for the group
 * and says how many others there are; claims in no group are kept as they are. Claims are given by
 * slot (see the claims-view model), in the table's order.
 */
export function groupSlots(
  order: readonly number[],
  idOf: (slot: number) => string,
  groups: ReadonlyMap<string, readonly string[]>,
  createdAt: (id: string) => number,
): { slots: number[]; equivalents: Map<number, number> } {
  const firstOf = new Map<readonly string[], string>();
  const slots: number[] = [];
  const equivalents = new Map<number, number>();
  for (const s of order) {
    const id = idOf(s);
    const g = groups.get(id);
    if (!g) {
      slots.push(s);
      continue;
    }
    let first = firstOf.get(g);
    if (first === undefined) {
      first = [...g].sort((a, b) => createdAt(a) - createdAt(b) || (a < b ? -1 : 1))[0]!;
      firstOf.set(g, first);
    }
    if (first !== id) continue;
    slots.push(s);
    equivalents.set(s, g.length - 1);
  }
  return { slots, equivalents };
}

/**
 * A quote on one line. Most quotes are already (single spaces only): they are kept as they are, since
 * a string made by `replace` costs a search over 100,000 rows several times more the first time.
 */
function oneLine(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** A claim's words as the table shows them (on one line). */
export const claimText = (c: ClaimRecord): string => oneLine(c.selector.quote.exact);

/** Joins claims with their articles and categories for the table. */
export function buildClaimRows(
  claims: readonly ClaimRecord[],
  articles: ReadonlyMap<string, ArticleRecord>,
  categories: ReadonlyMap<string, CategoryRecord>,
  links: readonly LinkRecord[],
): ClaimRow[] {
  const linksOf = linksByClaim(links);
  return claims.map((c) => {
    const own = linksOf.get(c.id);
    const standing = own
      ? corroborationOf(c, own, articles)
      : { independentSupport: 0, independentContradict: 0, contradict: 0 };
    const article = articles.get(c.articleId);
    const category = categories.get(c.categoryId);
    return {
      id: c.id,
      articleId: c.articleId,
      text: claimText(c),
      categoryId: c.categoryId,
      category: category?.name ?? 'Uncategorised',
      color: category?.color ?? '#64748b',
      verdict: c.verdict,
      rating: c.rating ?? null,
      source: article ? outletName(article) : 'Unknown outlet',
      headline: article?.headline ?? '(article missing)',
      evidence: standing.independentSupport,
      contradict: standing.independentContradict,
      contradictLinks: standing.contradict,
      updatedAt: c.updatedAt,
      rev: c.rev,
    };
  });
}
