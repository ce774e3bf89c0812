import { useMemo } from 'react';
import { useUi } from '../../store/ui-store';
import type { ClaimsQuery, SortKey } from './claims-view-model';

/** The Claims table's query as the store holds it (filters, sort, grouping); `grouped` overrides. */
export function useClaimsQuery(grouped?: boolean): ClaimsQuery {
  const filters = useUi((s) => s.filters);
  const sort = useUi((s) => s.sort);
  const storeGrouped = useUi((s) => s.grouped);
  const hold = useUi((s) => s.holdOrder);
  const g = grouped ?? storeGrouped;
  return useMemo(
    () => ({
      filters,
      sort: sort ? { id: sort.id as SortKey, desc: sort.desc } : null,
      grouped: g,
      ...(hold ? { hold } : {}),
    }),
    [filters, sort, g, hold],
  );
}
