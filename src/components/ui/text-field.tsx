import { type Ref, useId } from 'react';
import './text-field.css';

interface TextFieldProps {
  /** The visible label, which is also the field's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is wrong with the value, shown under the field and given as its description. */
  readonly problem?: string | null;
  readonly hint?: string;
  readonly multiline?: boolean;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** Announce a new problem at once (for fields checked as the user types). */
  readonly announce?: boolean;
  readonly inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  readonly className?: string;
}

/**
 * A labelled text field with an optional hint and problem. The problem marks the field invalid and
 * describes it; every text is rendered as text.
 */
export function TextField({
  label,
  value,
  onChange,
  problem,
  hint,
  multiline = false,
  inputMode,
  maxLength,
  placeholder,
  disabled,
  announce = false,
  inputRef,
  className,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [problem ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const shared = {
    id,
    ref: inputRef,
    value,
    maxLength,
    placeholder,
    disabled,
    autoComplete: 'off',
    spellCheck: false,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
  return (
    <div className={`text-field ${className ?? ''}`}>
      <label htmlFor={id} className="text-field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...shared}
          type="text"
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={problemId} className="field-error" role={announce ? 'alert' : undefined}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
