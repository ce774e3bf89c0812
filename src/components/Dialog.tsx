import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /**
   * Modal (the default) traps focus and blocks the page behind. Non-modal leaves the page usable,
   * for an editor docked beside the text it is about.
   */
  modal?: boolean;
}

/** A dialog on the native <dialog>: Escape closes, the title names it. */
export function Dialog({ open, title, onClose, children, className, modal = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (modal) d.showModal();
      else d.show();
    }
    if (!open && d.open) d.close();
  }, [open, modal]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // A non-modal dialog gets no cancel event: Escape is ours to handle.
        if (!modal && e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
