import { useId, useRef, useState, type ReactNode } from 'react';
import { useOutsideClose } from './use-outside-close';

/**
 * A button that shows a small panel of settings beside it (the disclosure pattern): for options
 * used now and then, kept out of a toolbar's one row. Esc or a click outside closes it; focus moves
 * into the panel when it opens and back to the button when Esc closes it.
 */
export function Popover({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  useOutsideClose(open, [button, panel], () => setOpen(false), 'select, input, button');
  return (
    <span className={`popover-anchor ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panel}
        id={id}
        role="group"
        aria-label={label}
        className="popover"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </span>
  );
}
