import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  /** The visible label, which is also the select's accessible name. */
  readonly label: ReactNode;
  /** Classes added to the field's wrapper (`.select-field`). */
  readonly className?: string;
  readonly children: ReactNode;
}

/** A labelled select: `<div class="select-field"><label for>…</label><select id>…</select></div>`. */
export function SelectField({ label, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ? `select-field ${className}` : 'select-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {children}
      </select>
    </div>
  );
}
