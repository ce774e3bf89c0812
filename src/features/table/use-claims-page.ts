import { useEffect, useState } from 'react';
import type { ClaimsPage, ClaimsQuery } from './claims-view-model';
import { claimsPage, onClaimsChanged, onClaimsFailed } from './claims-view-client';

/** Rows are asked for in blocks of this many, with a block either side of what is visible. */
const BLOCK = 40;

/**
 * The window of the Claims table around the visible rows, from the claims-view worker: asked again
 * when the data changes, the query changes or the visible rows leave the window. The last page stays
 * shown until the next arrives, so the table never blanks while it is asked.
 */
export function useClaimsPage(
  query: ClaimsQuery,
  visible: { start: number; end: number },
): { page: ClaimsPage | null; error: string | null } {
  const [version, setVersion] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState<ClaimsPage | null>(null);
  useEffect(() => onClaimsChanged(setVersion), []);
  useEffect(() => onClaimsFailed(setError), []);
  const key = JSON.stringify(query);
  const start = Math.max(0, (Math.floor(visible.start / BLOCK) - 1) * BLOCK);
  const end = (Math.ceil(visible.end / BLOCK) + 1) * BLOCK;
  useEffect(() => {
    if (version < 0) return;
    let live = true;
    void claimsPage(JSON.parse(key) as ClaimsQuery, start, end).then((r) => {
      if (live) setPage(r.page);
    });
    return () => {
      live = false;
    };
  }, [version, key, start, end]);
  return { page, error };
}
