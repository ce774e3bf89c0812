import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { countClaims, readLatestClaims } from '../../db/claims-repo';
import type { ClaimsPage, ClaimsQuery } from './claims-view-model';
import { claimsPage, onClaimsChanged, onClaimsFailed, takeFirstRows } from './claims-view-client';
import { buildClaimRows } from './claim-rows';

/** While the worker reads the dossier, the table's first rows in update order, read directly. */
async function firstRows(query: ClaimsQuery, end: number): Promise<ClaimsPage | null> {
  const f = query.filters;
  if (query.grouped || f.search.trim() || f.verdict || f.categoryId || f.articleId) return null;
  if (query.sort?.id !== 'updatedAt') return null;
  // Newest first after a restore: the claims it handed over, with their number.
  const handed = query.sort.desc ? takeFirstRows(end) : null;
  const r = handed?.latest ?? (await readLatestClaims(db, end, query.sort.desc));
  const rows = buildClaimRows(
    r.claims,
    new Map(r.articles.map((a) => [a.id, a])),
    new Map(r.categories.map((c) => [c.id, c])),
    r.links,
  );
  if (handed) return { total: handed.total, shown: handed.total, start: 0, rows, counting: false };
  return { total: rows.length, shown: rows.length, start: 0, rows, counting: true };
}

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
  // The worker (which reads every claim) is started once the first rows are drawn: its reads would
  // otherwise go before the few the first rows need, and opening a big dossier would wait for them.
  const [started, setStarted] = useState(false);
  useEffect(() => (started ? onClaimsChanged(setVersion) : undefined), [started]);
  useEffect(() => onClaimsFailed(setError), []);
  const key = JSON.stringify(query);
  const start = Math.max(0, (Math.floor(visible.start / BLOCK) - 1) * BLOCK);
  const end = (Math.ceil(visible.end / BLOCK) + 1) * BLOCK;
  useEffect(() => {
    let live = true;
    if (version < 0) {
      // Not read by the worker yet: the first rows straight from the index, when that can say them.
      void firstRows(JSON.parse(key) as ClaimsQuery, end)
        .then(
          async (p) => {
            if (!live || !p) return;
            setPage(p);
            // Then the count (IndexedDB reads every record to count: after the rows, not before).
            const total = await countClaims(db).catch(() => null); // the worker will say
            if (total !== null)
              setPage((now) => (now?.counting ? { ...now, total, shown: total, counting: false } : now));
          },
          (e: unknown) => {
            if (live) setError(e instanceof Error ? e.message : String(e));
          },
        )
        .finally(() => setStarted(true));
      return () => {
        live = false;
      };
    }
    void claimsPage(JSON.parse(key) as ClaimsQuery, start, end).then((r) => {
      if (live) setPage(r.page);
    });
    return () => {
      live = false;
    };
  }, [version, key, start, end]);
  return { page, error };
}
