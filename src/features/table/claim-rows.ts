import type { ArticleRecord, CategoryRecord, ClaimRecord } from '../../db/records';
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
  source: string;
  headline: string;
  evidence: number;
  updatedAt: number;
  rev: number;
}

/** Joins claims with their articles and categories for the table. */
export function buildClaimRows(
  claims: readonly ClaimRecord[],
  articles: ReadonlyMap<string, ArticleRecord>,
  categories: ReadonlyMap<string, CategoryRecord>,
): ClaimRow[] {
  return claims.map((c) => {
    const article = articles.get(c.articleId);
    const category = categories.get(c.categoryId);
    return {
      id: c.id,
      articleId: c.articleId,
      text: c.selector.quote.exact.replace(/\s+/g, ' '),
      categoryId: c.categoryId,
      category: category?.name ?? 'Uncategorised',
      color: category?.color ?? '#64748b',
      verdict: c.verdict,
      source: article?.outlet ?? 'Unknown outlet',
      headline: article?.headline ?? '(article missing)',
      evidence: 0,
      updatedAt: c.updatedAt,
      rev: c.rev,
    };
  });
}
