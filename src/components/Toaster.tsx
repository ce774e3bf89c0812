import { useEffect } from 'react';
import { useUi } from '../store/ui-store';

/** How long a notice stays, in ms: long enough to reach Undo with the keyboard. */
const TOAST_MS = 10_000;

/** Notices at the foot of the window, with Undo for deletions. */
export function Toaster() {
  const toast = useUi((s) => s.toast);
  const dismiss = useUi((s) => s.dismissToast);
  const showToast = useUi((s) => s.showToast);
  useEffect(() => {
    if (!toast) return;
    const t = window.setTimeout(dismiss, TOAST_MS);
    return () => window.clearTimeout(t);
  }, [toast, dismiss]);
  return (
    <div className="toaster" role="status" aria-live="polite">
      {toast ? (
        <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
          <span>{toast.message}</span>
          {toast.undo ? (
            <button
              type="button"
              onClick={() => {
                toast.undo!().then(
                  () => showToast({ message: 'Undone.', tone: 'info' }),
                  (e: unknown) =>
                    showToast({
                      message: `Could not undo: ${e instanceof Error ? e.message : String(e)}`,
                      tone: 'error',
                    }),
                );
              }}
            >
              Undo
            </button>
          ) : null}
          <button type="button" className="link" aria-label="Dismiss notice" onClick={dismiss}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
