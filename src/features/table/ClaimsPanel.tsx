import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import { outletName } from '../../domain/evidence/sources';
import { errorMessage } from '../../services/errors';
import { useArticles, useCategories, useRatingScale } from '../../db/hooks';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../domain/types';
import { useUi } from '../../store/ui-store';
import { selectFiltered } from '../../store/ui/filters';
import { useEquivalents } from '../evidence/use-equivalents';
import { ClaimsTable } from './ClaimsTable';
import { useClaimsQuery } from './use-claims-query';
import { claimsSheet, setEquivalentGroups } from './claims-view-client';
import { offerDownload } from '../exchange/exchange-client';
import { Popover } from '../../components/Popover';

/** The verdict filter's last choice: claims whose verdict rests on fewer sources than the rule asks. */
const UNDER_SOURCED = 'under-sourced';

/** The Claims panel: filters, search, exports and the table of every claim in the dossier. */
export function ClaimsPanel() {
  const articles = useArticles();
  const categories = useCategories();
  const openDialog = useUi((s) => s.openDialog);
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const clearFilters = useUi((s) => s.clearFilters);
  const grouped = useUi((s) => s.grouped);
  const setGrouped = useUi((s) => s.setGrouped);
  const sort = useUi((s) => s.sort);
  const setSort = useUi((s) => s.setSort);
  const sorting = useMemo<SortingState>(() => (sort ? [sort] : []), [sort]);
  const setSorting = useCallback((s: SortingState) => setSort(s[0] ?? null), [setSort]);
  const equivalents = useEquivalents(grouped);
  useEffect(() => {
    setEquivalentGroups(
      grouped && equivalents ? [...new Set(equivalents.values())].map((g) => [...g]) : null,
    );
  }, [grouped, equivalents]);
  const query = useClaimsQuery();
  const filtered = useUi(selectFiltered);
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const [shape, setShape] = useState<'claims' | 'evidence'>('claims');
  const [technical, setTechnical] = useState(false);
  const scale = useRatingScale();
  const showToast = useUi((s) => s.showToast);
  const exportRows = async (kind: 'csv' | 'tsv') => {
    try {
      const choice = { shape, technical, scale: scale.id };
      const file = await claimsSheet(kind, scope === 'all' ? null : query, choice);
      if (kind === 'csv') offerDownload(file);
      else await navigator.clipboard.writeText(await file.blob.text());
      const n = file.count;
      const what =
        shape === 'evidence' ? (n === 1 ? 'evidence link' : 'evidence links') : n === 1 ? 'claim' : 'claims';
      showToast({
        message:
          kind === 'csv'
            ? `Exported ${n} ${what} as CSV.`
            : `Copied ${n} ${n === 1 ? 'row' : 'rows'} as TSV.`,
        tone: 'info',
      });
    } catch (e) {
      showToast({ message: errorMessage(e), tone: 'error' });
    }
  };

  return (
    <section className="claims-panel" id="claims-panel" aria-labelledby="claims-heading">
      <div className="panel-bar">
        <h2 id="claims-heading">Claims</h2>
        <div className="filters" role="search" aria-label="Filter claims">
          <input
            type="search"
            aria-label="Search claims"
            placeholder="Search claim text…"
            value={filters.search}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
          <select
            aria-label="Filter by verdict"
            value={filters.standing || filters.verdict}
            onChange={(e) =>
              e.target.value === UNDER_SOURCED
                ? setFilters({ verdict: '', standing: UNDER_SOURCED })
                : setFilters({ verdict: e.target.value as Verdict | '', standing: '' })
            }
          >
            <option value="">All verdicts</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
            <option value={UNDER_SOURCED}>Under-sourced</option>
          </select>
          <select
            aria-label="Filter by category"
            value={filters.categoryId}
            onChange={(e) => setFilters({ categoryId: e.target.value })}
          >
            <option value="">All categories</option>
            {(categories ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter by source"
            value={filters.articleId}
            onChange={(e) => setFilters({ articleId: e.target.value })}
          >
            <option value="">All sources</option>
            {(articles ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {`${outletName(a)} — ${a.headline.length > 50 ? `${a.headline.slice(0, 49)}…` : a.headline}`}
              </option>
            ))}
          </select>
          {grouped ? (
            <span className="filter-chip">
              Equivalent claims grouped
              <button
                type="button"
                className="link"
                aria-label="Stop grouping equivalent claims"
                onClick={() => setGrouped(false)}
              >
                ×
              </button>
            </span>
          ) : null}
          {filters.day ? (
            <span className="filter-chip">
              Marked on {filters.day}
              <button
                type="button"
                className="link"
                aria-label={`Remove the filter: marked on ${filters.day}`}
                onClick={() => setFilters({ day: '' })}
              >
                ×
              </button>
            </span>
          ) : null}
          {filtered ? (
            <button type="button" className="link" onClick={clearFilters}>
              Clear filters
            </button>
          ) : null}
        </div>
        <div className="panel-actions">
          <button type="button" className="secondary" onClick={() => void exportRows('csv')}>
            Export CSV
          </button>
          <Popover label="Table options" className="popover-up">
            <label className="small">
              <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group
              equivalent claims
            </label>
            <div className="popover-heading" aria-hidden="true">
              Export CSV and Copy as TSV
            </div>
            <label className="popover-field">
              Rows
              <select
                aria-label="Rows to export"
                value={scope}
                onChange={(e) => setScope(e.target.value as 'shown' | 'all')}
              >
                <option value="shown">Rows shown</option>
                <option value="all">All claims</option>
              </select>
            </label>
            <label className="popover-field">
              Sheet
              <select
                aria-label="Sheet"
                value={shape}
                onChange={(e) => setShape(e.target.value as 'claims' | 'evidence')}
              >
                <option value="claims">One row per claim</option>
                <option value="evidence">One row per evidence link</option>
              </select>
            </label>
            <label className="small">
              <input type="checkbox" checked={technical} onChange={(e) => setTechnical(e.target.checked)} />{' '}
              Technical columns
            </label>
            <button type="button" className="secondary" onClick={() => void exportRows('tsv')}>
              Copy as TSV
            </button>
          </Popover>
          <button
            type="button"
            className="secondary"
            aria-label="Add claim seen elsewhere"
            title="Add a claim seen elsewhere (a post, a broadcast): not from the dossier's articles"
            onClick={() => openDialog('elsewhere')}
          >
            + Seen elsewhere
          </button>
        </div>
      </div>
      <ClaimsTable query={query} sorting={sorting} onSortingChange={setSorting} />
    </section>
  );
}
