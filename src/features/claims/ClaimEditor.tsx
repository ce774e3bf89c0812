import { useUi } from '../../store/ui-store';
import { useClaim } from '../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { lazy, Suspense } from 'react';

/**
 * The form loads after the first paint (its code, with the claimant and category helpers, is not
 * needed to read): fetched when the app is first idle, so it is there before the first claim is marked.
 */
const loadForm = () => import('./ClaimForm');
const ClaimForm = lazy(() => loadForm().then((m) => ({ default: m.ClaimForm })));
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadForm(), { timeout: 3000 });
else setTimeout(() => void loadForm(), 1000);

/**
 * The claim editor: records a new claim from a selection, or edits or deletes a stored one. Docked
 * at the top of the side panel and not modal, so the article and the evidence stay in reach.
 */
export function ClaimEditor() {
  const editor = useUi((s) => s.editor);
  const closeEditor = useUi((s) => s.closeEditor);
  // Closing from inside the editor (Save, Ctrl+Enter, Esc, Cancel) gives the focus back to the article
  // text, where the keyboard user was working, instead of letting it fall to the page.
  const close = () => {
    const fromEditor = document.activeElement?.closest('.claim-dialog') != null;
    closeEditor();
    if (fromEditor)
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('[role="document"][aria-label="Article text"]')
          ?.focus({ preventScroll: true }),
      );
  };
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
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <ClaimForm key={JSON.stringify(editor.selector.position)} editor={editor} onDone={close} />
        </Suspense>
      ) : editor.mode === 'edit' && claim ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <ClaimForm key={claim.id} editor={editor} claim={claim} onDone={close} />
        </Suspense>
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
