import { useEffect, useMemo, useRef, useState } from 'react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useUi } from '../../store/ui-store';
import { columns, features } from './columns';
import type { ClaimsQuery } from './claims-view-model';
import { useClaimsPage } from './use-claims-page';

/** Estimated row height in px; rows are measured once drawn. */
const ROW_HEIGHT = 44;
/** On a laptop's height a row is one line, exactly this tall (styles.css, max-height: 900px). */
const COMPACT_ROW_HEIGHT = 30;
const rowHeight = () =>
  typeof matchMedia === 'function' && matchMedia('(max-height: 900px)').matches
    ? COMPACT_ROW_HEIGHT
    : ROW_HEIGHT;

/**
 * The Claims table: a thin view. The claims-view worker filters and sorts every claim; the table asks
 * it for the rows around those visible and draws only them (virtualised), so a dossier of 100,000
 * claims scrolls, sorts and filters without the page ever holding them all.
 */
export function ClaimsTable({
  query,
  sorting,
  onSortingChange,
}: {
  query: ClaimsQuery;
  sorting: SortingState;
  onSortingChange: (s: SortingState) => void;
}) {
  const showClaim = useUi((s) => s.showClaim);
  const [visible, setVisible] = useState({ start: 0, end: 30 });
  const { page, error } = useClaimsPage(query, visible);
  const data = useMemo(() => page?.rows ?? [], [page]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => r.id,
    state: { sorting },
    manualSorting: true,
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  });
  const modelRows = table.getRowModel().rows;
  const shown = page?.shown ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    // Sizes are kept by place (the default key): a key naming the row would be asked of every one
    // of 100,000 places whenever the table draws, since it changes with each page.
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    setVisible((v) => (v.start === first && v.end === last + 1 ? v : { start: first, end: last + 1 }));
  }, [first, last]);

  if (error)
    return (
      <p className="table-empty" role="alert">
        The claims could not be read: {error}
      </p>
    );
  if (!page)
    return (
      <p className="muted" role="status">
        Loading claims…
      </p>
    );
  return (
    <div className="table-area">
      <p className="table-count" aria-live="polite">
        {page.counting
          ? 'Counting claims…'
          : shown === page.total
            ? `${page.total} ${page.total === 1 ? 'claim' : 'claims'}`
            : `${shown} of ${page.total} claims shown`}
      </p>
      <div className="table-scroll" ref={scrollRef}>
        <table className="claims-table" aria-label="Claims" aria-rowcount={shown + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="claims-row" aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize(), position: 'relative', display: 'block' }}>
            {items.map((item) => {
              const row = modelRows[item.index - page.start];
              const style = {
                position: 'absolute',
                transform: `translateY(${item.start}px)`,
                width: '100%',
              } as const;
              if (!row)
                return (
                  <tr
                    key={`row-${item.index}`}
                    data-index={item.index}
                    className="claims-row body-row placeholder-row"
                    aria-rowindex={item.index + 2}
                    style={style}
                  >
                    <td className="muted">Loading…</td>
                  </tr>
                );
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="claims-row body-row"
                  aria-rowindex={item.index + 2}
                  style={style}
                  onClick={() => showClaim(row.original.articleId, row.original.id)}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {page.total === 0 ? (
          <div className="table-empty">
            <p>No claims yet.</p>
            <p className="muted small">Select a passage in the article and press “Mark as claim” (or M).</p>
          </div>
        ) : shown === 0 ? (
          <p className="table-empty">No claim matches these filters.</p>
        ) : null}
      </div>
    </div>
  );
}
