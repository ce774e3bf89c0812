import { describeDependency, type Corroboration } from '../../domain/evidence';
import { outletName } from '../../domain/evidence/sources';
import type { ArticleRecord, LinkRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { EvidenceWeightEditor } from './EvidenceWeight';
import type { EvidenceActions } from './use-evidence-actions';

interface Props {
  links: readonly LinkRecord[];
  judged: Corroboration;
  articles: ReadonlyMap<string, ArticleRecord>;
  number: (linkId: string) => number | undefined;
  actions: EvidenceActions;
}

/** The claim's linked sentences, numbered as made, each saying whether it counts and why not. */
export function LinkedEvidence({ links, judged, articles, number, actions }: Props) {
  const showSentence = useUi((s) => s.showSentence);
  const judgement = new Map(judged.links.map((j) => [j.id, j]));
  if (!links.length)
    return (
      <p className="muted small">
        Nothing linked yet. Link a suggestion below, or select a sentence in another article and link it here.
      </p>
    );
  return (
    <ol className="evidence-list" aria-label="Linked evidence">
      {links.map((l) => {
        const j = judgement.get(l.id);
        const a = articles.get(l.articleId);
        return (
          <li key={l.id} className={`evidence-item ${l.relation}`}>
            <p className="evidence-meta">
              <span className={`relation relation-${l.relation}`}>
                {l.relation === 'supports' ? '✓ Supports' : '✗ Contradicts'}
              </span>
              <span className="muted small">
                #{number(l.id)} · {a ? outletName(a) : 'Unknown outlet'}
              </span>
            </p>
            <p className="evidence-text">{l.selector.quote.exact}</p>
            <p className="muted small evidence-source">{a?.headline}</p>
            {l.note ? <p className="evidence-note">Note: {l.note}</p> : null}
            <p className="flags">
              {j?.independent ? <span className="flag flag-ok">Independent</span> : null}
              {j?.dependsOn.map((d, i) => (
                <span key={i} className="flag flag-warn">
                  {describeDependency(d, number)}
                </span>
              ))}
            </p>
            <EvidenceWeightEditor link={l} onChange={(change) => void actions.weigh(l.id, change)} />
            <div className="row-actions">
              <button type="button" onClick={() => showSentence(l.articleId, l.selector.position.start)}>
                Show in article
              </button>
              <button
                type="button"
                onClick={() =>
                  actions.link(
                    l.articleId,
                    l.selector.position.start,
                    l.selector.position.end,
                    l.relation === 'supports' ? 'contradicts' : 'supports',
                  )
                }
              >
                {l.relation === 'supports' ? 'Make contradicting' : 'Make supporting'}
              </button>
              <button type="button" className="danger" onClick={() => void actions.unlink(l)}>
                Unlink
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
