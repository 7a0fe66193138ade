import { type FocusEventHandler, type KeyboardEventHandler, type Ref, useId } from 'react';
import './text-field.css';

interface TextFieldProps {
  /** The visible label, which is also the field's accessible name. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What is wrong with the value, shown under the field and given as its description. */
  readonly problem?: string | null;
  readonly hint?: string;
  /**
   * How the value was read, when that is worth saying ("Read as 0.95"). A field that can have one
   * passes null when it has none, so the polite live region is there before the note appears.
   */
  readonly note?: string | null;
  readonly multiline?: boolean;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** Announce a new problem at once (for fields checked as the user types). */
  readonly announce?: boolean;
  readonly inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  readonly className?: string;
  readonly onFocus?: FocusEventHandler;
  readonly onBlur?: FocusEventHandler;
  readonly onKeyDown?: KeyboardEventHandler;
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
  note,
  multiline = false,
  inputMode,
  maxLength,
  placeholder,
  disabled,
  announce = false,
  inputRef,
  className,
  onFocus,
  onBlur,
  onKeyDown,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const noteId = `${id}-note`;
  const describedBy = [problem ? problemId : null, note ? noteId : null, hint ? hintId : null]
    .filter(Boolean)
    .join(' ');
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
    onFocus,
    onBlur,
    onKeyDown,
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
      {note === undefined ? null : (
        <p id={noteId} className="field-note" aria-live="polite" hidden={!note}>
          {note}
        </p>
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
