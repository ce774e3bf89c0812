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
}: {
  label: string;
  children: ReactElement<{ id?: string }>;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
