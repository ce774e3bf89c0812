import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { currentDossierId } from '../../db/dossiers';
import { useDossiers } from '../../db/hooks';
import { VERDICTS, VERDICT_LABELS } from '../../domain/types';
import { selectFiltered } from '../../store/ui/filters';
import { useUi } from '../../store/ui-store';
import { VERDICT_GLYPHS } from '../reader/ArticleText';
import { claimsReport } from '../table/claims-view-client';
import { useClaimsQuery } from '../table/use-claims-query';
import type { ReportClaim } from '../table/claims-view-model';

/** Claims a printed report lists; beyond them it says how many more the CSV holds. */
export const REPORT_LIMIT = 50;

/**
 * A one-page dossier report for an editor: the claims the table shows (its filters and order), each
 * with its verdict, claimant, independent sources and evidence, and the totals. Print prints only it.
 */
export function DossierReport({ onClose }: { onClose: () => void }) {
  const filtered = useUi(selectFiltered);
  const dossier = useDossiers()?.find((d) => d.id === currentDossierId());
  const query = useClaimsQuery(false);
  const [data, setData] = useState<{ shown: number; claims: ReportClaim[] } | null>(null);
  useEffect(() => {
    let live = true;
    void claimsReport(query, REPORT_LIMIT).then((r) => live && setData(r));
    return () => {
      live = false;
    };
  }, [query]);
  const counts =
    data &&
    Object.fromEntries(VERDICTS.map((v) => [v, data.claims.filter((c) => c.row.verdict === v).length]));
  return (
    <Dialog open title="Dossier report" onClose={onClose} className="report-dialog">
      <article className="dossier-report" aria-label="Report">
        <header>
          <p className="report-dossier">{dossier?.name ?? 'Dossier'}</p>
          <p className="hint">
            Printed {new Date().toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}
            {filtered ? ' · the claims the table shows (filtered)' : ' · every claim'}
          </p>
        </header>
        {!data ? (
          <p role="status">Preparing the report…</p>
        ) : (
          <>
            <p className="report-summary">
              {data.shown.toLocaleString('en-GB')} {data.shown === 1 ? 'claim' : 'claims'}
              {data.shown > data.claims.length
                ? `; the first ${data.claims.length} below (export the CSV for all of them)`
                : ''}
              {counts
                ? `. Listed: ${VERDICTS.map((v) => `${counts[v]} ${VERDICT_LABELS[v].toLowerCase()}`).join(', ')}.`
                : ''}
            </p>
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Independent sources</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {data.claims.map((c) => (
                  <tr key={c.row.id}>
                    <td>
                      <q>{c.row.text}</q>
                      <div className="hint">
                        {c.claimant ? `${c.claimant} · ` : ''}
                        {c.row.category} · {c.row.source}
                      </div>
                      {c.note ? <div className="report-note">{c.note}</div> : null}
                    </td>
                    <td className={`verdict-${c.row.verdict}`}>
                      {VERDICT_GLYPHS[c.row.verdict]} {VERDICT_LABELS[c.row.verdict]}
                    </td>
                    <td>
                      {c.row.evidence} support, {c.row.contradict} contradict
                    </td>
                    <td>
                      {c.evidence.length ? (
                        <ul className="report-evidence">
                          {c.evidence.map((e, i) => (
                            <li key={i}>
                              <strong>{e.relation === 'supports' ? 'Supports' : 'Contradicts'}</strong> (
                              {e.outlet}): {e.sentence}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="hint">None linked</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </article>
      <div className="dialog-actions">
        <button type="button" onClick={() => window.print()} disabled={!data}>
          Print report
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Back to the overview
        </button>
      </div>
    </Dialog>
  );
}
