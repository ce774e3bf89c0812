import { useMemo } from 'react';
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
  | { kind: 'supports' | 'contradicts' | 'same-wording'; link: LinkRecord; count: number }
  | { kind: 'none' };

const CELL_TEXT: Record<Cell['kind'], [string, string]> = {
  source: ['●', 'claim'],
  supports: ['✓', 'supports'],
  contradicts: ['✗', 'contradicts'],
  'same-wording': ['≈', 'same wording'],
  none: ['–', 'nothing'],
};

function cellsFor(claim: ClaimRecord, links: LinkRecord[], articles: ArticleRecord[], judged: Corroboration) {
  const reasons = new Map(judged.links.map((j) => [j.id, j]));
  return articles.map((a): Cell => {
    if (a.id === claim.articleId) return { kind: 'source' };
    const here = links.filter((l) => l.articleId === a.id);
    if (!here.length) return { kind: 'none' };
    const contra = here.filter((l) => l.relation === 'contradicts');
    if (contra.length) return { kind: 'contradicts', link: contra[0]!, count: contra.length };
    const independent = here.find((l) => reasons.get(l.id)?.independent);
    const sameWording = here.every((l) =>
      reasons.get(l.id)?.dependsOn.some((d) => d.reason === 'shared-wording'),
    );
    return {
      kind: sameWording && !independent ? 'same-wording' : 'supports',
      link: independent ?? here[0]!,
      count: here.length,
    };
  });
}

/** The dossier at a glance: claims as rows, sources as columns. */
export function MatrixDialog() {
  const open = useUi((s) => s.matrixOpen);
  const setOpen = useUi((s) => s.setMatrixOpen);
  return (
    <Dialog open={open} title="Corroboration matrix" onClose={() => setOpen(false)} className="matrix-dialog">
      {open ? <Matrix onDone={() => setOpen(false)} /> : null}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={() => setOpen(false)}>
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
        ● the claim’s own article · ✓ an independent supporting sentence · ≈ support that repeats wording
        already counted · ✗ a contradicting sentence. Click a cell to see it.
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
                  <span className="matrix-outlet">{a.outlet ?? 'Unknown outlet'}</span>
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
                  return (
                    <td key={a.id} className={`cell-${cell.kind}`}>
                      <button
                        type="button"
                        onClick={() => {
                          onDone();
                          setActiveClaim(claim.id);
                          if (cell.kind === 'source') showClaim(claim.articleId, claim.id);
                          else showSentence(a.id, cell.link.selector.position.start);
                        }}
                      >
                        <span aria-hidden="true">{CELL_TEXT[cell.kind][0]} </span>
                        {CELL_TEXT[cell.kind][1]}
                        {cell.kind !== 'source' && cell.count > 1 ? ` ×${cell.count}` : ''}
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
