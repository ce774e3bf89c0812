import { useMemo } from 'react';
import { outletName } from '../../domain/evidence/sources';
import { Dialog } from '../../components/Dialog';
import { useAllClaims, useAllLinks, useArticles } from '../../db/hooks';
import type { ArticleRecord, ClaimRecord, LinkRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { linksByClaim, type Corroboration } from '../../domain/evidence/independence';
import { corroborationOf, corroborationSummary } from './corroboration';

/** Rows drawn at most: beyond this the matrix asks for a filter rather than freezing the tab. */
const MAX_ROWS = 400;

type Cell =
  | { kind: 'source' }
  | {
      kind: 'evidence';
      /** The sentence a click shows: a counting support first, else the first link. */
      link: LinkRecord;
      supports: number;
      contradicts: number;
      /** True when a supporting link here counts as an independent source. */
      counts: boolean;
    }
  | { kind: 'none' };

function cellsFor(claim: ClaimRecord, links: LinkRecord[], articles: ArticleRecord[], judged: Corroboration) {
  const counting = new Set(judged.links.filter((j) => j.independent).map((j) => j.id));
  return articles.map((a): Cell => {
    if (a.id === claim.articleId) return { kind: 'source' };
    const here = links.filter((l) => l.articleId === a.id);
    if (!here.length) return { kind: 'none' };
    const shown = here.find((l) => counting.has(l.id)) ?? here[0]!;
    return {
      kind: 'evidence',
      link: shown,
      supports: here.filter((l) => l.relation === 'supports').length,
      contradicts: here.filter((l) => l.relation === 'contradicts').length,
      counts: counting.has(shown.id),
    };
  });
}

/** A cell's words: "2 supporting (independent), 1 contradicting". */
function cellLabel(c: Extract<Cell, { kind: 'evidence' }>): string {
  const parts: string[] = [];
  if (c.supports) parts.push(`${c.supports} supporting${c.counts ? ' (independent)' : ' (not independent)'}`);
  if (c.contradicts) parts.push(`${c.contradicts} contradicting`);
  return parts.join(', ');
}

/** The dossier at a glance: claims as rows, sources as columns. */
export function MatrixDialog() {
  const open = useUi((s) => s.dialogs.matrix);
  const closeDialog = useUi((s) => s.closeDialog);
  const close = () => closeDialog('matrix');
  return (
    <Dialog open={open} title="Corroboration matrix" onClose={() => close()} className="matrix-dialog">
      {open ? <Matrix onDone={() => close()} /> : null}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={() => close()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function Matrix({ onDone }: { onDone: () => void }) {
  const claims = useAllClaims();
  const links = useAllLinks();
  const articles = useArticles();
  const showClaim = useUi((s) => s.showClaim);
  const showSentence = useUi((s) => s.showSentence);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const rows = useMemo(() => {
    if (!claims || !links || !articles) return null;
    const byId = new Map(articles.map((a) => [a.id, a]));
    const linksOf = linksByClaim(links);
    return [...claims]
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .slice(0, MAX_ROWS)
      .map((claim) => {
        const own = linksOf.get(claim.id) ?? [];
        const judged = corroborationOf(claim, own, byId);
        return {
          claim,
          cells: cellsFor(claim, own, articles, judged),
          summary: corroborationSummary(judged),
        };
      });
  }, [claims, links, articles]);

  if (!rows || !articles) return <p className="muted">Loading…</p>;
  if (!rows.length)
    return <p className="muted">No claims yet: mark a claim and link evidence to fill the matrix.</p>;

  return (
    <>
      <p className="muted small legend-line">
        ● the claim’s own article · ✓ supporting sentences from a source that counts · ≈ supporting sentences
        from a source that does not count (same outlet, wire, wording or attribution) · ✗ contradicting
        sentences. The numbers count sentences. Click a cell to see it.
        {claims && claims.length > MAX_ROWS
          ? ` Showing the ${MAX_ROWS} most recently changed of ${claims.length} claims.`
          : ''}
      </p>
      <div className="matrix-scroll">
        <table className="matrix" aria-label="Corroboration matrix">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              {articles.map((a) => (
                <th key={a.id} scope="col" title={a.headline}>
                  <span className="matrix-outlet">{outletName(a)}</span>
                  <span className="matrix-headline">{a.headline}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ claim, cells, summary }) => (
              <tr key={claim.id}>
                <th scope="row" title={summary}>
                  <span className="matrix-claim">{claim.selector.quote.exact}</span>
                  <span className="muted small">{summary}</span>
                </th>
                {cells.map((cell, i) => {
                  const a = articles[i]!;
                  if (cell.kind === 'none')
                    return (
                      <td key={a.id} className="cell-none">
                        <span aria-label="nothing">–</span>
                      </td>
                    );
                  if (cell.kind === 'source')
                    return (
                      <td key={a.id} className="cell-source">
                        <button
                          type="button"
                          onClick={() => {
                            onDone();
                            setActiveClaim(claim.id);
                            showClaim(claim.articleId, claim.id);
                          }}
                        >
                          <span aria-hidden="true">● </span>claim
                        </button>
                      </td>
                    );
                  const tone = cell.contradicts
                    ? cell.supports
                      ? 'mixed'
                      : 'contradicts'
                    : cell.counts
                      ? 'supports'
                      : 'same-wording';
                  return (
                    <td key={a.id} className={`cell-${tone}`}>
                      <button
                        type="button"
                        aria-label={cellLabel(cell)}
                        title={cellLabel(cell)}
                        onClick={() => {
                          onDone();
                          setActiveClaim(claim.id);
                          showSentence(a.id, cell.link.selector.position.start);
                        }}
                      >
                        {cell.supports ? (
                          <span className="cell-count">
                            <span aria-hidden="true">{cell.counts ? '✓' : '≈'}</span>
                            {cell.supports}
                          </span>
                        ) : null}
                        {cell.contradicts ? (
                          <span className="cell-count">
                            <span aria-hidden="true">✗</span>
                            {cell.contradicts}
                          </span>
                        ) : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
