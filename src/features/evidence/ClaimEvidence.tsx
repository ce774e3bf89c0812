import { ClaimHistory } from '../claims/ClaimHistory';
import { useMemo } from 'react';
import { displayOrder } from '../../domain/evidence/independence';
import { outletName } from '../../domain/evidence/sources';
import { ratingOf } from '../../domain/rating-scales';
import {
  useArticles,
  useCategories,
  useDismissedKeys,
  useLinksOfClaim,
  useRatingScale,
} from '../../db/hooks';
import type { ClaimRecord } from '../../db/records';
import { useUi } from '../../store/ui-store';
import { corroborationOf, corroborationSummary, verdictWarning } from './corroboration';
import { AlsoClaimed } from './AlsoClaimed';
import { LinkSelection } from './LinkSelection';
import { useEquivalents, useRelatedEvidence } from './use-equivalents';
import { LinkedEvidence } from './LinkedEvidence';
import { SourceList } from './SourceList';
import { SuggestionList } from './SuggestionList';
import { useEvidenceActions } from './use-evidence-actions';
import { useEvidenceIndex } from './use-evidence-index';

/** The open claim's evidence: its standing, its sources, its links, and suggestions to link. */
export function ClaimEvidence({ claim }: { claim: ClaimRecord }) {
  const showClaim = useUi((s) => s.showClaim);
  const openEditor = useUi((s) => s.openEditor);
  const articles = useArticles();
  const categories = useCategories();
  const scale = useRatingScale();
  const stored = useLinksOfClaim(claim.id);
  const dismissed = useDismissedKeys(claim.id);
  const evidence = useEvidenceIndex();
  const equivalents = useEquivalents();
  const related = useRelatedEvidence(claim.id, equivalents?.get(claim.id));
  const actions = useEvidenceActions(claim.id);
  const categoryMap = useMemo(() => new Map((categories ?? []).map((c) => [c.id, c])), [categories]);
  const articleMap = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const links = useMemo(() => (stored ? displayOrder(stored) : undefined), [stored]);
  const judged = useMemo(
    () => (links ? corroborationOf(claim, links, articleMap) : null),
    [claim, links, articleMap],
  );
  const numbers = useMemo(() => new Map(links?.map((l, i) => [l.id, i + 1])), [links]);
  const number = (id: string) => numbers.get(id);
  const category = categories?.find((c) => c.id === claim.categoryId);
  const source = articleMap.get(claim.articleId);
  const warning = judged ? verdictWarning(claim.verdict, judged) : null;

  return (
    <div className="evidence-body">
      <section className="evidence-claim" aria-label="Open claim">
        <blockquote>{claim.selector.quote.exact}</blockquote>
        {claim.claimant ? <p className="small">Claimed by {claim.claimant.name}</p> : null}
        <p className="small">
          <span className="swatch" style={{ background: category?.color }} aria-hidden="true" />{' '}
          {category?.name} ·{' '}
          <strong className={`verdict-${claim.verdict}`}>{ratingOf(claim, scale).label}</strong> ·{' '}
          {source ? outletName(source) : 'Unknown outlet'}
        </p>
        <div className="row-actions">
          <button type="button" onClick={() => showClaim(claim.articleId, claim.id)}>
            Show claim
          </button>
          <button type="button" onClick={() => openEditor({ mode: 'edit', claimId: claim.id })}>
            Edit claim
          </button>
        </div>
      </section>
      <p className="corroboration" role="status">
        {judged ? corroborationSummary(judged) : '…'}
      </p>
      {warning ? (
        <p className="warning small" role="note">
          {warning}
        </p>
      ) : null}
      <AlsoClaimed claimId={claim.id} group={equivalents?.get(claim.id)} articles={articleMap} />
      {judged ? <SourceList judged={judged} articles={articleMap} number={number} /> : null}

      <h3>Linked evidence</h3>
      {links && judged ? (
        <LinkedEvidence
          links={links}
          judged={judged}
          articles={articleMap}
          number={number}
          actions={actions}
        />
      ) : null}

      <LinkSelection claim={claim} onLink={actions.link} />

      <SuggestionList
        claim={{ id: claim.id, articleId: claim.articleId, text: claim.selector.quote.exact }}
        evidence={evidence}
        links={links}
        dismissed={dismissed}
        articles={articles ?? []}
        actions={actions}
        related={related}
      />
      <ClaimHistory claimId={claim.id} categories={categoryMap} />
    </div>
  );
}
