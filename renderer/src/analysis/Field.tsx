import { cloneElement, useId, type ReactElement } from 'react';

export interface FieldProps {
  label: string;
  /** One form control; it receives the id the label points to. */
  children: ReactElement<{ id?: string }>;
  className?: string;
}

/**
 * A caption above its control. The label points at the control by id rather than wrapping it, so
 * the control's accessible name is the caption alone (a wrapping label would add a select's
 * current option to it).
 */
export function Field({ label, children, className }: FieldProps) {
  const id = useId();
  return (
    <div className={['analysis-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
