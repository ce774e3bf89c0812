import {
  createColumnHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { useUi } from '../../store/ui-store';
import { corroborationSummary } from '../evidence/corroboration';
import type { ClaimRow } from './claim-rows';
import { VerdictSelect } from './VerdictSelect';

/**
 * The Claims table's columns. Sorting and filtering happen in the claims-view worker (the table holds
 * only the rows drawn), so the table keeps the sort state and draws headers and cells.
 */
export const features = tableFeatures({
  rowSortingFeature,
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, ClaimRow>();
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'medium' });

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

/** On a row edited in place: it stays put until the user sorts again, which this does. */
function OutOfOrder() {
  return (
    <button
      type="button"
      className="out-of-order"
      title="Changed here: kept in place so the table does not move under you. Sort again to put it in order."
      onClick={(e) => {
        e.stopPropagation();
        const ui = useUi.getState();
        ui.setSort(ui.sort);
      }}
    >
      <span aria-hidden="true">↕ </span>Out of order · Sort again
    </button>
  );
}

function EvidenceCell({ row }: { row: ClaimRow }) {
  const summary = corroborationSummary({
    independentSupport: row.evidence,
    independentContradict: row.contradict,
  });
  // Short on screen; the full sentence for screen readers (and for copying).
  return (
    <span className="evidence-cell" title={summary}>
      <span aria-hidden="true" className={row.evidence >= 2 ? 'strong-support' : undefined}>
        {row.evidence} independent
      </span>
      <span aria-hidden="true" className={row.contradict ? 'verdict-disputed' : 'muted'}>
        {row.contradict} contra
      </span>
      <span className="visually-hidden">{summary}</span>
    </span>
  );
}

export const columns = helper.columns([
  helper.accessor('text', {
    id: 'claim',
    header: 'Claim',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span className="claim-cell">
        <ClaimLink row={info.row.original} />
        {info.row.original.outOfOrder ? <OutOfOrder /> : null}
      </span>
    ),
  }),
  helper.accessor('category', {
    header: 'Category',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <span className="category-cell">
        <span className="swatch" style={{ background: info.row.original.color }} aria-hidden="true" />
        {info.getValue()}
      </span>
    ),
  }),
  helper.accessor('verdict', {
    header: 'Verdict',
    sortFn: 'alphanumeric',
    // Verdicts sort in the order confirmed, disputed, unverified: first click ascending.
    sortDescFirst: false,
    cell: (info) => <VerdictSelect row={info.row.original} />,
  }),
  helper.accessor('source', {
    header: 'Source',
    sortFn: 'alphanumeric',
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
    cell: (info) => <EvidenceCell row={info.row.original} />,
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
