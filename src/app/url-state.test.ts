import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, NO_FILTERS } from '../store/ui-store';
import { parseHash, placeOf, toHash, type UrlState } from './url-state';

const plain: UrlState = {
  articleId: 'a1',
  claimId: null,
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  grouped: false,
};

describe('the address', () => {
  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(toHash(plain)).toBe('#/article/a1');
    const full: UrlState = {
      articleId: '003 ü/x',
      claimId: 'c-9',
      filters: {
        verdict: 'disputed',
        categoryId: 'satellite-help',
        articleId: '001_x',
        search: 'shells & “arms”',
        day: '2026-12-06',
        standing: 'under-sourced',
      },
      sort: { id: 'claim', desc: false },
      grouped: true,
    };
    const hash = toHash(full);
    expect(hash).toMatch(/^#\/article\/003%20%C3%BC%2Fx\?claim=c-9&verdict=disputed&/);
    expect(parseHash(hash)).toEqual(full);
    expect(parseHash(toHash({ ...plain, sort: null })).sort).toBeNull();
  });

  it('reads the older claim form and ignores what it cannot use', () => {
    expect(parseHash('#/claim/a1/c2')).toMatchObject({ articleId: 'a1', claimId: 'c2', filters: NO_FILTERS });
    const odd = parseHash('#/article/a1?verdict=false&sort=nonsense.asc&q=%E0%A4');
    expect(odd.filters.verdict).toBe('');
    expect(odd.sort).toEqual(DEFAULT_SORT);
    expect(parseHash('')).toMatchObject({ articleId: null, claimId: null });
    expect(parseHash('#/article/%E0%A4').articleId).toBeNull();
  });

  it('a place is the article and the claim: filters are not a place', () => {
    expect(placeOf(plain)).toBe(placeOf({ ...plain }));
    expect(placeOf(plain)).not.toBe(placeOf({ ...plain, claimId: 'c' }));
  });
});
