import { useUi } from '../../store/ui-store';
import { useClaim } from '../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { ClaimForm } from './ClaimForm';

/**
 * The claim editor: records a new claim from a selection, or edits or deletes a stored one. Docked
 * at the top of the side panel and not modal, so the article and the evidence stay in reach.
 */
export function ClaimEditor() {
  const editor = useUi((s) => s.editor);
  const close = useUi((s) => s.closeEditor);
  const claim = useClaim(editor.mode === 'edit' ? editor.claimId : null);
  return (
    <Dialog
      open={editor.mode !== 'closed'}
      title="Claim"
      onClose={close}
      className="claim-dialog docked"
      modal={false}
    >
      {editor.mode === 'new' ? (
        <ClaimForm key={JSON.stringify(editor.selector.position)} editor={editor} onDone={close} />
      ) : editor.mode === 'edit' && claim ? (
        <ClaimForm key={claim.id} editor={editor} claim={claim} onDone={close} />
      ) : editor.mode === 'edit' && claim === null ? (
        <div>
          <p role="alert">This claim has been deleted (perhaps in another tab).</p>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </div>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </Dialog>
  );
}
