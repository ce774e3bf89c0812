import { VERDICTS, type Verdict } from '../domain/types';
import { SORT_KEYS } from '../features/table/claims-view-model';
import { DEFAULT_SORT, type ClaimFilters, type ClaimsSort } from '../store/ui-store';

/**
 * What the address says: the open article, the open claim, and the Claims table's filters, sort and
 * grouping. `#/article/<id>?claim=<id>&verdict=disputed&category=…&source=…&q=…&sort=claim.asc&group=1`;
 * the older `#/claim/<articleId>/<claimId>` still opens a claim. Only what differs from the defaults
 * is written, so a plain `#/article/<id>` is the article with the table as it opens.
 */
export interface UrlState {
  articleId: string | null;
  claimId: string | null;
  filters: ClaimFilters;
  sort: ClaimsSort | null;
  grouped: boolean;
}

const dec = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

export function parseHash(hash: string): UrlState {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const [, kind, a, c] = path.split('/');
  const p = new URLSearchParams(query);
  const verdict = p.get('verdict') ?? '';
  const sortParam = p.get('sort');
  let sort: ClaimsSort | null = DEFAULT_SORT;
  if (sortParam === 'none') sort = null;
  else if (sortParam) {
    const [id, dir] = sortParam.split('.');
    if (id && (SORT_KEYS as readonly string[]).includes(id)) sort = { id, desc: dir === 'desc' };
  }
  return {
    articleId: (kind === 'article' || kind === 'claim') && a ? dec(a) || null : null,
    claimId: kind === 'claim' && c ? dec(c) || null : p.get('claim') || null,
    filters: {
      verdict: (VERDICTS as readonly string[]).includes(verdict) ? (verdict as Verdict) : '',
      categoryId: p.get('category') ?? '',
      articleId: p.get('source') ?? '',
      search: p.get('q') ?? '',
      day: /^\d{4}-\d{2}-\d{2}$/.test(p.get('day') ?? '') ? p.get('day')! : '',
      standing: p.get('standing') === 'under-sourced' ? 'under-sourced' : '',
    },
    sort,
    grouped: p.get('group') === '1',
  };
}

export function toHash(s: UrlState): string {
  if (!s.articleId) return '';
  const p = new URLSearchParams();
  if (s.claimId) p.set('claim', s.claimId);
  if (s.filters.verdict) p.set('verdict', s.filters.verdict);
  if (s.filters.categoryId) p.set('category', s.filters.categoryId);
  if (s.filters.articleId) p.set('source', s.filters.articleId);
  if (s.filters.search) p.set('q', s.filters.search);
  if (s.filters.day) p.set('day', s.filters.day);
  if (s.filters.standing) p.set('standing', s.filters.standing);
  if (!s.sort) p.set('sort', 'none');
  else if (s.sort.id !== DEFAULT_SORT.id || s.sort.desc !== DEFAULT_SORT.desc)
    p.set('sort', `${s.sort.id}.${s.sort.desc ? 'desc' : 'asc'}`);
  if (s.grouped) p.set('group', '1');
  const q = p.toString();
  return `#/article/${encodeURIComponent(s.articleId)}${q ? `?${q}` : ''}`;
}

/** The place part of a state: a change of place is a step the back button returns from. */
export const placeOf = (s: Pick<UrlState, 'articleId' | 'claimId'>) =>
  `${s.articleId ?? ''}\t${s.claimId ?? ''}`;
