import type { KeyboardEvent } from 'react';
import { TextField } from './text-field';
import { type DraftReader, type NumberTyping, useDraft } from './use-draft';

interface DraftTextFieldProps {
  readonly label: string;
  /** The value in force, as text (a number in plain notation, or another text such as a date). */
  readonly value: string;
  /** Reads what the user typed; a valid reading is committed at once, an invalid one is reported. */
  readonly read: DraftReader;
  /** How the user types numbers: their locale, and the value in force written for it. */
  readonly typing: NumberTyping;
  /** A problem with the value in force (e.g. from a link), shown while the user's own text has none. */
  readonly problem?: string | null;
  readonly hint?: string;
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly disabled?: boolean;
}

/**
 * A labelled text field that behaves like every number field: a valid text is committed as it is
 * typed; while it is invalid, its message stands beside the field and the last valid value stays in
 * force. Escape returns to the value in force.
 */
export function DraftTextField({ label, value, read, typing, problem, ...rest }: DraftTextFieldProps) {
  const draft = useDraft(typing.write(value), read, typing.locale);
  return (
    <TextField
      {...rest}
      label={label}
      value={draft.text}
      onChange={draft.change}
      problem={draft.message ?? problem}
      announce={draft.message !== null}
      note={draft.note}
      onFocus={draft.focus}
      onBlur={draft.blur}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape' && draft.editing) draft.cancel();
      }}
    />
  );
}
