import { useClaim } from '../../db/hooks';
import { useUi } from '../../store/ui-store';
import { ClaimEditor } from '../claims/ClaimEditor';
import { ClaimEvidence } from './ClaimEvidence';

/** The side panel headed "Evidence": the claim editor and the open claim's evidence. */
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
