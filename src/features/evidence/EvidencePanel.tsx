import { useCallback } from 'react';
import { useClaim, useRatingScale } from '../../db/hooks';
import { ratingOf } from '../../domain/rating-scales';
import { updateClaim } from '../../db/claims-repo';
import { db } from '../../db/db';
import { undoable } from '../undo/undo-actions';
import type { Verdict } from '../../domain/types';
import { errorMessage } from '../../services/errors';
import { useShortcut } from '../keyboard/use-shortcuts';
import { claimsTouched } from '../table/claims-view-client';
import { useUi } from '../../store/ui-store';
import { ClaimEditor } from '../claims/ClaimEditor';
import { ClaimEvidence } from './ClaimEvidence';
import { Splitter } from '../layout/Splitter';
import { LIMITS, useLayoutContext } from '../layout/use-layout';

/** The side panel headed "Evidence": the claim editor and the open claim's evidence. */
export function EvidencePanel() {
  const activeClaimId = useUi((s) => s.activeClaimId);
  const setActiveClaim = useUi((s) => s.setActiveClaim);
  const editorMode = useUi((s) => s.editor.mode);
  const closeEditor = useUi((s) => s.closeEditor);
  const claim = useClaim(activeClaimId);
  const showToast = useUi((s) => s.showToast);
  const scale = useRatingScale();
  const [layout, setLayout] = useLayoutContext();

  // 1, 2, 3 set the open claim's verdict; E goes to its evidence.
  const setVerdict = useCallback(
    (verdict: Verdict) => {
      if (!claim || editorMode !== 'closed') return false;
      // The scale's rating for the verdict (True for Confirmed on a five-point scale).
      const label = ratingOf({ verdict, rating: null }, scale).label;
      undoable(db, `Set verdict: ${label}`, () => updateClaim(db, claim.id, { verdict, rating: null })).then(
        () => {
          claimsTouched([claim.id]);
          showToast({ message: `Verdict: ${label}.`, tone: 'info' });
        },
        (e: unknown) => showToast({ message: errorMessage(e), tone: 'error' }),
      );
    },
    [claim, editorMode, showToast, scale],
  );
  useShortcut(
    'verdict-confirmed',
    useCallback(() => setVerdict('confirmed'), [setVerdict]),
  );
  useShortcut(
    'verdict-disputed',
    useCallback(() => setVerdict('disputed'), [setVerdict]),
  );
  useShortcut(
    'verdict-unverified',
    useCallback(() => setVerdict('unverified'), [setVerdict]),
  );
  useShortcut(
    'evidence',
    useCallback(() => {
      const target =
        document.querySelector<HTMLElement>('.evidence .suggestion button') ??
        document.getElementById('evidence-heading');
      if (!target || !claim) return false;
      target.focus();
    }, [claim]),
  );

  if (!activeClaimId && editorMode === 'closed') return null;
  return (
    <>
      <Splitter
        label="Resize the evidence panel"
        orientation="vertical"
        value={layout.evidence}
        min={LIMITS.evidence.min}
        max={LIMITS.evidence.max}
        grow={-1}
        controls="evidence-panel"
        sizeAt={(x) => window.innerWidth - x}
        onResize={(evidence) => setLayout({ evidence })}
      />
      <aside className="evidence" id="evidence-panel" aria-labelledby="evidence-heading">
        <header className="evidence-header">
          <h2 id="evidence-heading" tabIndex={-1}>
            Evidence
          </h2>
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
    </>
  );
}
