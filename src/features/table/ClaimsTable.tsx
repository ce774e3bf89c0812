import { useEffect, useMemo, useRef, useState } from 'react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../domain/types';
import { updateClaim } from '../../db/claims-repo';
import { db } from '../../db/db';
import { errorMessage } from '../../services/errors';
import { useUi, type ClaimFilters } from '../../store/ui-store';
import type { ClaimRow } from './claim-rows';
import { corroborationSummary, verdictWarning } from '../evidence/corroboration';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
});

const helper = createColumnHelper<typeof features, ClaimRow>();
const VERDICT_ORDER: Record<Verdict, number> = { confirmed: 0, disputed: 1, unverified: 2 };
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });
/** Estimated row height in px; rows are measured once drawn. */
const ROW_HEIGHT = 44;

function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function VerdictSelect({ row }: { row: ClaimRow }) {
  const showToast = useUi((s) => s.showToast);
  // The chosen verdict shows at once, while the database round trip (long on a big dossier) runs.
  const [pending, setPending] = useState<Verdict | null>(null);
  // Our own last write's revision: a second quick change is not another tab's.
  const ownRev = useRef(row.rev);
  if (row.rev > ownRev.current) ownRev.current = row.rev;
  useEffect(() => {
    if (pending && row.verdict === pending) setPending(null);
  }, [pending, row.verdict]);
  const value = pending ?? row.verdict;
  return (
    <select
      className={`verdict-select verdict-${value}`}
      aria-label={`Verdict of “${short(row.text, 40)}”`}
      value={value}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const verdict = e.target.value as Verdict;
        setPending(verdict);
        updateClaim(db, row.id, { verdict }, ownRev.current).then(
          (r) => {
            ownRev.current = Math.max(ownRev.current, r.rev);
            const warning = verdictWarning(verdict, {
              independentSupport: row.evidence,
              independentContradict: row.contradict,
              contradict: row.contradictLinks,
            });
            if (r.overwrote)
              showToast({
                message: 'This claim had been changed in another tab; your verdict replaced that change.',
                tone: 'error',
              });
            else if (warning) showToast({ message: warning, tone: 'info' });
          },
          (err: unknown) => {
            setPending(null);
            showToast({ message: errorMessage(err), tone: 'error' });
          },
        );
      }}
    >
      {VERDICTS.map((v) => (
        <option key={v} value={v}>
          {VERDICT_LABELS[v]}
        </option>
      ))}
    </select>
  );
}

function ClaimLink({ row }: { row: ClaimRow }) {
  const showClaim = useUi((s) => s.showClaim);
  return (
    <button
      type="button"
      className="claim-link"
      title={`${row.text}\n(show in article)`}
      onClick={(e) => {
        e.stopPropagation();
        showClaim(row.articleId, row.id);
      }}
    >
      {row.text}
      {row.equivalents ? (
        <span className="equivalents small">
          {' '}
          ≡ also claimed in {row.equivalents} other {row.equivalents === 1 ? 'source' : 'sources'}
        </span>
      ) : null}
    </button>
  );
}

const columns = helper.columns([
  helper.accessor('text', {
    id: 'claim',
    header: 'Claim',
    filterFn: 'includesString',
    sortFn: 'alphanumeric',
    cell: (info) => <ClaimLink row={info.row.original} />,
  }),
  helper.accessor('category', {
    header: 'Category',
    sortFn: 'alphanumeric',
    filterFn: (row, _id, value) => row.original.categoryId === value,
    cell: (info) => (
      <span className="category-cell">
        <span className="swatch" style={{ background: info.row.original.color }} aria-hidden="true" />
        {info.getValue()}
      </span>
    ),
  }),
  helper.accessor('verdict', {
    header: 'Verdict',
    sortFn: (a, b) => VERDICT_ORDER[a.original.verdict] - VERDICT_ORDER[b.original.verdict],
    filterFn: (row, _id, value) => row.original.verdict === value,
    cell: (info) => <VerdictSelect row={info.row.original} />,
  }),
  helper.accessor('source', {
    header: 'Source',
    sortFn: 'alphanumeric',
    filterFn: (row, _id, value) => row.original.articleId === value,
    cell: (info) => (
      <span className="source-cell" title={info.row.original.headline}>
        <span>{info.getValue()}</span>
        <span className="muted small">{info.row.original.headline}</span>
      </span>
    ),
  }),
  helper.accessor('evidence', {
    header: 'Evidence',
    sortFn: 'basic',
    cell: (info) => {
      const r = info.row.original;
      const summary = corroborationSummary({
        independentSupport: r.evidence,
        independentContradict: r.contradict,
      });
      // Short on screen; the full sentence for screen readers (and for copying).
      return (
        <span className="evidence-cell" title={summary}>
          <span aria-hidden="true" className={r.evidence >= 2 ? 'strong-support' : undefined}>
            {r.evidence} independent
          </span>
          <span aria-hidden="true" className={r.contradict ? 'verdict-disputed' : 'muted'}>
            {r.contradict} contra
          </span>
          <span className="visually-hidden">{summary}</span>
        </span>
      );
    },
  }),
  helper.accessor('updatedAt', {
    header: 'Updated',
    sortFn: 'basic',
    cell: (info) => (
      <time dateTime={new Date(info.getValue()).toISOString()} title={fullDate.format(info.getValue())}>
        {dateFormat.format(info.getValue())}
      </time>
    ),
  }),
]);

function toColumnFilters(f: ClaimFilters): ColumnFiltersState {
  const out: ColumnFiltersState = [];
  if (f.search.trim()) out.push({ id: 'claim', value: f.search.trim() });
  if (f.categoryId) out.push({ id: 'category', value: f.categoryId });
  if (f.verdict) out.push({ id: 'verdict', value: f.verdict });
  if (f.articleId) out.push({ id: 'source', value: f.articleId });
  return out;
}

/** The Claims table: sortable, filtered by the panel's controls, virtualised for big dossiers. */
export function ClaimsTable({ rows, shownIds }: { rows: ClaimRow[]; shownIds: { current: string[] } }) {
  const filters = useUi((s) => s.filters);
  const showClaim = useUi((s) => s.showClaim);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'updatedAt', desc: true }]);
  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: () => undefined, // filters are set by the panel's controls only
  });
  const modelRows = table.getRowModel().rows;
  // What the table shows, in its order: "Export CSV" of the rows shown uses it.
  shownIds.current = modelRows.map((r) => r.original.id);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => modelRows[i]!.id,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <>
      <p className="table-count" aria-live="polite">
        {modelRows.length === rows.length
          ? `${rows.length} ${rows.length === 1 ? 'claim' : 'claims'}`
          : `${modelRows.length} of ${rows.length} claims shown`}
      </p>
      <div className="table-scroll" ref={scrollRef}>
        <table className="claims-table" aria-label="Claims" aria-rowcount={modelRows.length + 1}>
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
              const row = modelRows[item.index]!;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="claims-row body-row"
                  aria-rowindex={item.index + 2}
                  style={{ position: 'absolute', transform: `translateY(${item.start}px)`, width: '100%' }}
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
        {rows.length === 0 ? (
          <div className="table-empty">
            <p>No claims yet.</p>
            <p className="muted small">Select a passage in the article and press “Mark as claim” (or M).</p>
          </div>
        ) : modelRows.length === 0 ? (
          <p className="table-empty">No claim matches these filters.</p>
        ) : null}
      </div>
    </>
  );
}
