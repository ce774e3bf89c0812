import { useEffect, useMemo, useState } from 'react';
import { outletName } from '../../domain/evidence/sources';
import type { RankedEvidence } from '../../domain/evidence';
import { rankEvidence } from './evidence-client';
import { CodePointIndex } from '../../domain/code-points';
import { describeRange } from '../../domain/anchoring';
import { VERDICT_LABELS } from '../../domain/types';
import {
  useArticleText,
  useArticles,
  useCategories,
  useClaim,
  useDismissedKeys,
  useLinksOfClaim,
} from '../../db/hooks';
import {
  dismissSuggestion,
  linkEvidence,
  restoreLink,
  sentenceKey,
  unlinkEvidence,
} from '../../db/links-repo';
import { db } from '../../db/db';
import type { ClaimRecord, LinkRecord, Relation } from '../../db/records';
import { errorMessage } from '../../services/errors';
import { useUi } from '../../store/ui-store';
import { corroborationOf, corroborationSummary, REASON_LABELS, verdictWarning } from './corroboration';
import { MatchText } from './MatchText';
import { useEvidenceIndex } from './use-evidence-index';
import { ClaimEditor } from '../claims/ClaimEditor';

/** How many suggestions to show: a fact-checker rarely looks past the first few. */
const SUGGESTIONS = 6;
/** Denials shown besides, when they are not among the best suggestions already. */
const DENIALS = 2;

/** The open claim's evidence: linked sentences with their independence, and suggestions to link. */
export function EvidencePanel() {
  const activeClaimId = useUi((s) => s.activeClaimId);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const editorMode = useUi((s) => s.editor.mode);
  const closeEditor = useUi((s) => s.closeEditor);
  const claim = useClaim(activeClaimId);
  if (!activeClaimId && editorMode === 'closed') return null;
  return (
    <aside className="evidence" aria-labelledby="evidence-heading">
      <header className="evidence-header">
        <h2 id="evidence-heading">Evidence</h2>
        <button
          type="button"
          className="link"
          aria-label="Close evidence panel"
          onClick={() => {
            closeEditor();
            setActiveClaim(null);
          }}
        >
          ×
        </button>
      </header>
      <ClaimEditor />
      {editorMode === 'new' || !activeClaimId ? null : claim === undefined ? (
        <p className="muted">Loading…</p>
      ) : claim === null ? (
        <p className="muted">This claim has been deleted.</p>
      ) : (
        <ClaimEvidence claim={claim} />
      )}
    </aside>
  );
}

function ClaimEvidence({ claim }: { claim: ClaimRecord }) {
  const showToast = useUi((s) => s.showToast);
  const showClaim = useUi((s) => s.showClaim);
  const showSentence = useUi((s) => s.showSentence);
  const openEditor = useUi((s) => s.openEditor);
  const articles = useArticles();
  const categories = useCategories();
  const links = useLinksOfClaim(claim.id);
  const dismissed = useDismissedKeys(claim.id);
  const evidence = useEvidenceIndex();
  const articleMap = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const category = categories?.find((c) => c.id === claim.categoryId);
  const judged = useMemo(
    () => (links ? corroborationOf(claim, links, articleMap) : null),
    [claim, links, articleMap],
  );
  const judgement = useMemo(() => new Map(judged?.links.map((j) => [j.id, j])), [judged]);
  const linkNumber = useMemo(() => new Map(links?.map((l, i) => [l.id, i + 1])), [links]);

  // Ranked in the evidence worker; asked again when the claim's text or the dossier changes.
  const [ranked, setRanked] = useState<{
    key: string;
    best: RankedEvidence[];
    denials: RankedEvidence[];
  } | null>(null);
  const claimText = claim.selector.quote.exact;
  const rankKey = evidence ? `${evidence.version}|${claim.id}|${claimText}` : null;
  useEffect(() => {
    if (!rankKey) return;
    let live = true;
    // Extra results make room for those filtered out below (linked or dismissed).
    void rankEvidence({ articleId: claim.articleId, text: claimText }, SUGGESTIONS * 3, DENIALS * 3).then(
      (r) => live && setRanked({ key: rankKey, best: r.best, denials: r.denials }),
    );
    return () => {
      live = false;
    };
  }, [rankKey, claim.articleId, claimText]);

  const suggestions = useMemo(() => {
    if (!evidence || !links || !dismissed || !ranked || ranked.key !== rankKey) return null;
    const linked = new Set(links.map((l) => l.sentenceKey));
    const open = (r: { id: string }) =>
      !linked.has(r.id) && !dismissed.has(r.id) && evidence.sentences.has(r.id);
    const best = ranked.best.filter(open).slice(0, SUGGESTIONS);
    const shown = new Set(best.map((r) => r.id));
    // Denials bearing on the claim are shown too: they are the likeliest contradictions.
    const denials = ranked.denials.filter((r) => open(r) && !shown.has(r.id)).slice(0, DENIALS);
    return [
      ...best.map((r) => ({ ...r, denial: false })),
      ...denials.map((r) => ({ ...r, denial: true })),
    ].map((r) => ({ ...r, sentence: evidence.sentences.get(r.id)! }));
  }, [evidence, links, dismissed, ranked, rankKey]);

  const fail = (e: unknown) => showToast({ message: errorMessage(e), tone: 'error' });

  const link = (articleId: string, start: number, end: number, relation: Relation) => {
    const text = evidence?.texts.get(articleId);
    if (text === undefined) return;
    const idx = new CodePointIndex(text);
    const selector = describeRange(idx, idx.toUtf16(start), idx.toUtf16(end));
    linkEvidence(db, { claimId: claim.id, articleId, selector, relation }).then(
      () =>
        showToast({
          message: relation === 'supports' ? 'Linked as supporting.' : 'Linked as contradicting.',
          tone: 'info',
        }),
      fail,
    );
  };

  const unlink = (l: LinkRecord) =>
    unlinkEvidence(db, l.id).then((removed) => {
      if (removed)
        showToast({ message: 'Evidence unlinked.', tone: 'info', undo: () => restoreLink(db, removed) });
    }, fail);

  const warning = judged ? verdictWarning(claim.verdict, judged) : null;
  const source = articleMap.get(claim.articleId);

  return (
    <div className="evidence-body">
      <section className="evidence-claim" aria-label="Open claim">
        <blockquote>{claim.selector.quote.exact}</blockquote>
        <p className="small">
          <span className="swatch" style={{ background: category?.color }} aria-hidden="true" />{' '}
          {category?.name} ·{' '}
          <strong className={`verdict-${claim.verdict}`}>{VERDICT_LABELS[claim.verdict]}</strong> ·{' '}
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

      <h3>Linked evidence</h3>
      {!links?.length ? (
        <p className="muted small">
          Nothing linked yet. Link a suggestion below, or select a sentence in another article and link it
          here.
        </p>
      ) : (
        <ol className="evidence-list" aria-label="Linked evidence">
          {links.map((l) => {
            const j = judgement.get(l.id);
            const a = articleMap.get(l.articleId);
            return (
              <li key={l.id} className={`evidence-item ${l.relation}`}>
                <p className="evidence-meta">
                  <span className={`relation relation-${l.relation}`}>
                    {l.relation === 'supports' ? '✓ Supports' : '✗ Contradicts'}
                  </span>
                  <span className="muted small">
                    #{linkNumber.get(l.id)} · {a ? outletName(a) : 'Unknown outlet'}
                  </span>
                </p>
                <p className="evidence-text">{l.selector.quote.exact}</p>
                <p className="muted small evidence-source">{a?.headline}</p>
                <p className="flags">
                  {j?.independent ? <span className="flag flag-ok">Independent</span> : null}
                  {j?.dependsOn.map((d, i) => (
                    <span key={i} className="flag flag-warn">
                      {REASON_LABELS[d.reason]} as{' '}
                      {d.on === 'claim' ? 'the claim' : `#${linkNumber.get(d.on)}`}
                    </span>
                  ))}
                </p>
                <div className="row-actions">
                  <button type="button" onClick={() => showSentence(l.articleId, l.selector.position.start)}>
                    Show in article
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      link(
                        l.articleId,
                        l.selector.position.start,
                        l.selector.position.end,
                        l.relation === 'supports' ? 'contradicts' : 'supports',
                      )
                    }
                  >
                    {l.relation === 'supports' ? 'Make contradicting' : 'Make supporting'}
                  </button>
                  <button type="button" className="danger" onClick={() => void unlink(l)}>
                    Unlink
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}

      <LinkSelection claim={claim} onLink={link} />

      <h3>Suggestions</h3>
      {!suggestions ? (
        <p className="muted small">Finding likely evidence…</p>
      ) : suggestions.length === 0 ? (
        <p className="muted small">No more suggestions from the other articles.</p>
      ) : (
        <ol className="evidence-list" aria-label="Suggested evidence">
          {suggestions.map((s) => {
            const a = articleMap.get(s.sentence.articleId);
            return (
              <li key={s.id} className="evidence-item suggestion">
                <p className="evidence-meta">
                  <span className="small">{a ? outletName(a) : 'Unknown outlet'}</span>
                  {s.denial ? <span className="flag flag-warn">Denial</span> : null}
                </p>
                <p className="evidence-text">
                  <MatchText text={s.sentence.text} claimText={claim.selector.quote.exact} />
                </p>
                <p className="muted small evidence-source">{a?.headline}</p>
                <div className="row-actions">
                  <button
                    type="button"
                    title="Link as supporting the claim"
                    onClick={() => link(s.sentence.articleId, s.sentence.start, s.sentence.end, 'supports')}
                  >
                    <span aria-hidden="true">✓ </span>Supports
                  </button>
                  <button
                    type="button"
                    title="Link as contradicting the claim (a denial is a contradiction)"
                    onClick={() =>
                      link(s.sentence.articleId, s.sentence.start, s.sentence.end, 'contradicts')
                    }
                  >
                    <span aria-hidden="true">✗ </span>Contradicts
                  </button>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void dismissSuggestion(
                        db,
                        claim.id,
                        sentenceKey(s.sentence.articleId, s.sentence.start),
                      ).catch(fail)
                    }
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** Links the sentence(s) the user has selected in another article. */
function LinkSelection({
  claim,
  onLink,
}: {
  claim: ClaimRecord;
  onLink: (articleId: string, start: number, end: number, relation: Relation) => void;
}) {
  const selection = useUi((s) => s.textSelection);
  const text = useArticleText(selection?.articleId ?? null);
  const picked = useMemo(() => {
    if (!selection || !text || text.articleId !== selection.articleId) return [];
    const idx = new CodePointIndex(text.text);
    const start = idx.toCodePoint(selection.start);
    const end = idx.toCodePoint(selection.end);
    return text.sentences.filter((s) => s.start < end && s.end > start);
  }, [selection, text]);
  if (!selection || !text) return null;
  const own = selection.articleId === claim.articleId;
  const label = picked.length === 1 ? 'the selected sentence' : `the ${picked.length} selected sentences`;
  return (
    <div className="link-selection" role="group" aria-label="Link selection">
      {own ? (
        <p className="muted small">
          The selection is in the claim’s own article: evidence must come from another source.
        </p>
      ) : picked.length === 0 ? (
        <p className="muted small">The selection is not in a sentence of the article body.</p>
      ) : (
        <>
          <p className="small">Link {label} to this claim:</p>
          <div className="row-actions">
            {(['supports', 'contradicts'] as const).map((relation) => (
              <button
                key={relation}
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => picked.forEach((s) => onLink(text.articleId, s.start, s.end, relation))}
              >
                {relation === 'supports' ? 'Link selection as supporting' : 'Link selection as contradicting'}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
