import { useId, type ReactElement, cloneElement } from 'react';

/**
 * A labelled form control. The label is tied by `for`/`id` rather than wrapped around the control,
 * so the control's accessible name is exactly the label text (a wrapping label would add a select's
 * chosen option to it).
 */
export function Field({
  label,
  children,
  className,
  hint,
}: {
  label: string;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
  className?: string;
  /** A line under the control saying what to enter (its accessible description). */
  hint?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, hint ? { id, 'aria-describedby': hintId } : { id })}
      {hint ? (
        <p id={hintId} className="field-hint muted small">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
