import { SOURCES_TO_CONFIRM } from '../../domain/evidence/verdict-rules';
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../domain/types';
import { NO_FILTERS, useUi, type ClaimFilters } from '../../store/ui-store';
import { VERDICT_GLYPHS } from '../reader/ArticleText';
import { claimsOverview, onClaimsChanged } from '../table/claims-view-client';
import type { Overview } from '../table/claims-view-model';
import { DossierReport } from './DossierReport';

/** How many sources and days the charts show; the rest is counted in a line below. */
const TOP_SOURCES = 10;
const DAYS = 30;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/**
 * One horizontal bar: a button that filters the Claims table to what it counts. Its name is what it
 * shows ("✓ Confirmed: 12 claims"), the words a screen reader needs hidden only from the eye.
 */
function Bar(props: {
  label: string;
  detail?: string;
  count: number;
  max: number;
  color?: string;
  className?: string;
  onPick: () => void;
}) {
  const width = props.max ? Math.max(props.count ? 2 : 0, (props.count / props.max) * 100) : 0;
  return (
    <li>
      <button type="button" className="bar-row" onClick={props.onPick} title="Show these claims in the table">
        <span className={`bar-label ${props.className ?? ''}`}>{props.label}</span>
        <span className="bar-track" aria-hidden="true">
          <span className="bar-fill" style={{ width: `${width}%`, background: props.color }} />
        </span>
        <span className="bar-count">
          {props.count.toLocaleString('en-GB')}
          <span className="visually-hidden">
            {props.count === 1 ? ' claim' : ' claims'}
            {props.detail ? ` (${props.detail})` : ''}
          </span>
        </span>
      </button>
    </li>
  );
}

const VERDICT_COLOR: Record<Verdict, string> = {
  confirmed: '#15803d',
  disputed: '#b91c1c',
  unverified: '#64748b',
};

/**
 * The dossier at a glance: claims by verdict, category, source and day, as small bar charts whose bars
 * filter the Claims table, how well they are corroborated, and a printable report for an editor.
 * Loaded only when opened; the counts come from the claims-view worker, never from the page.
 */
export function OverviewDialog() {
  const open = useUi((s) => s.dialogs.overview);
  const closeDialog = useUi((s) => s.closeDialog);
  const setFilters = useUi((s) => s.setFilters);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [report, setReport] = useState(false);
  useEffect(() => {
    let live = true;
    const read = () => void claimsOverview().then((r) => live && setOverview(r.overview));
    const stop = onClaimsChanged(read);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const close = () => closeDialog('overview');
  const pick = (f: Partial<ClaimFilters>) => {
    setFilters({ ...NO_FILTERS, ...f });
    close();
    document.getElementById('claims-heading')?.scrollIntoView({ block: 'nearest' });
  };

  if (report) return <DossierReport onClose={() => setReport(false)} />;
  const o = overview;
  const maxVerdict = o ? Math.max(...VERDICTS.map((v) => o.byVerdict[v])) : 0;
  const maxCategory = o ? Math.max(0, ...o.byCategory.map((c) => c.count)) : 0;
  const sources = o?.bySource.slice(0, TOP_SOURCES) ?? [];
  const maxSource = Math.max(0, ...sources.map((s) => s.count));
  const days = o?.byDay.slice(-DAYS) ?? [];
  const dayTotal = (d: Overview['byDay'][number]) => VERDICTS.reduce((n, v) => n + d.counts[v], 0);
  const maxDay = Math.max(0, ...days.map(dayTotal));
  return (
    <Dialog open={open} title="Overview" onClose={close} className="overview-dialog">
      {!o ? (
        <p role="status">Counting the claims…</p>
      ) : o.total === 0 ? (
        <p className="empty">
          No claims yet. Select a passage in an article and mark it as a claim: the counts show here.
        </p>
      ) : (
        <>
          <p className="overview-summary">
            {plural(o.total, 'claim')}: {plural(o.independence.twoOrMore, 'claim')} with two or more
            independent sources, {o.independence.one.toLocaleString('en-GB')} with one,{' '}
            {o.independence.none.toLocaleString('en-GB')} with none;{' '}
            {plural(o.independence.contradicted, 'claim')} with contradicting evidence. Choose a bar to show
            its claims in the table.
          </p>
          <p className={o.underSourced ? 'warning overview-under' : 'overview-under muted'}>
            <strong>{plural(o.underSourced, 'claim')} under-sourced</strong>: a verdict resting on fewer
            sources than the rule asks ({SOURCES_TO_CONFIRM} independent to confirm, a contradiction to
            dispute).{' '}
            {o.underSourced ? (
              <button type="button" className="link" onClick={() => pick({ standing: 'under-sourced' })}>
                Show them in the table
              </button>
            ) : null}
          </p>
          <div className="overview-grid">
            <section aria-labelledby="ov-verdict">
              <h3 id="ov-verdict">By verdict</h3>
              <ul className="bars" aria-labelledby="ov-verdict">
                {VERDICTS.map((v) => (
                  <Bar
                    key={v}
                    label={`${VERDICT_GLYPHS[v]} ${VERDICT_LABELS[v]}`}
                    className={`verdict-${v}`}
                    count={o.byVerdict[v]}
                    max={maxVerdict}
                    color={VERDICT_COLOR[v]}
                    onPick={() => pick({ verdict: v })}
                  />
                ))}
              </ul>
            </section>
            <section aria-labelledby="ov-category">
              <h3 id="ov-category">By category</h3>
              <ul className="bars" aria-labelledby="ov-category">
                {o.byCategory.map((c) => (
                  <Bar
                    key={c.id}
                    label={c.name}
                    count={c.count}
                    max={maxCategory}
                    color={c.color}
                    onPick={() => pick({ categoryId: c.id })}
                  />
                ))}
              </ul>
            </section>
            <section aria-labelledby="ov-source">
              <h3 id="ov-source">By source</h3>
              <ul className="bars" aria-labelledby="ov-source">
                {sources.map((s) => (
                  <Bar
                    key={s.id}
                    label={s.headline}
                    detail={s.outlet}
                    count={s.count}
                    max={maxSource}
                    color="#475569"
                    onPick={() => pick({ articleId: s.id })}
                  />
                ))}
              </ul>
              {o.bySource.length > TOP_SOURCES ? (
                <p className="hint">and {plural(o.bySource.length - TOP_SOURCES, 'more source')}</p>
              ) : null}
            </section>
            <section aria-labelledby="ov-time">
              <h3 id="ov-time">Over time (claims marked per day)</h3>
              <ul className="columns" aria-labelledby="ov-time">
                {days.map((d) => {
                  const total = dayTotal(d);
                  const detail = VERDICTS.filter((v) => d.counts[v])
                    .map((v) => `${d.counts[v]} ${VERDICT_LABELS[v].toLowerCase()}`)
                    .join(', ');
                  return (
                    <li key={d.day}>
                      <button
                        type="button"
                        className="column"
                        onClick={() => pick({ day: d.day })}
                        aria-label={`${dayLabel(d.day)}: ${plural(total, 'claim')} (${detail}). Show them in the table`}
                        title={`${dayLabel(d.day)}: ${plural(total, 'claim')}`}
                      >
                        <span
                          className="column-stack"
                          style={{ height: `${(total / maxDay) * 100}%` }}
                          aria-hidden="true"
                        >
                          {VERDICTS.map((v) =>
                            d.counts[v] ? (
                              <span key={v} style={{ flexGrow: d.counts[v], background: VERDICT_COLOR[v] }} />
                            ) : null,
                          )}
                        </span>
                        <span className="column-label" aria-hidden="true">
                          {dayLabel(d.day).replace(/ \d{4}$/, '')}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              {o.byDay.length > DAYS ? <p className="hint">The last {DAYS} days with claims.</p> : null}
            </section>
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={() => setReport(true)} disabled={!o?.total}>
          Dossier report
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
