import type { KeyboardEvent } from 'react';
import { type DraftReader, type NumberTyping, useDraft } from './use-draft';
import './quantity-input.css';

interface QuantityInputProps {
  readonly id: string;
  readonly labelId: string;
  /** The value in force, formatted for the field (the app's en notation; see fieldText). */
  readonly shownText: string;
  /** Reads what the user typed; a valid reading is committed at once, an invalid one is reported. */
  readonly read: DraftReader;
  /** How the user types numbers: their locale, and the value in force written for it. */
  readonly typing: NumberTyping;
  /** ArrowUp / ArrowDown: step the value. */
  readonly onStep?: (direction: 1 | -1, large: boolean) => void;
  readonly valueNow?: number;
  readonly valueMin?: number;
  readonly valueMax?: number;
  readonly describedBy?: string;
  readonly placeholder?: string;
}

/**
 * A text field with the spinbutton role that accepts numbers the way people type them. While the
 * text is invalid the message stays beside the field and the last valid value stays in force; a
 * valid text is committed on every keystroke, and a note says how a reinterpreted text was read
 * ("Read as 0.95"). Escape returns to the value in force.
 */
export function QuantityInput(props: QuantityInputProps) {
  const { id, labelId, shownText, read, typing, onStep } = props;
  // Written so it reads back as the same value in the typist's locale ("10,000" → "10 000" in de-DE).
  const draft = useDraft(typing.write(shownText), read, typing.locale);
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy =
    [draft.message ? errorId : null, draft.note ? noteId : null, props.describedBy]
      .filter(Boolean)
      .join(' ') || undefined;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && draft.editing) {
      draft.cancel();
    } else if (onStep && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      draft.cancel();
      onStep(event.key === 'ArrowUp' ? 1 : -1, event.shiftKey);
    }
  }

  return (
    <>
      <input
        id={id}
        className="quantity-input"
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={draft.message ? true : undefined}
        aria-valuenow={props.valueNow}
        aria-valuemin={props.valueMin}
        aria-valuemax={props.valueMax}
        aria-valuetext={shownText}
        placeholder={props.placeholder}
        value={draft.text}
        onChange={(event) => draft.change(event.target.value)}
        onFocus={draft.focus}
        onBlur={draft.blur}
        onKeyDown={onKeyDown}
      />
      <p id={errorId} className="field-error" role="alert" hidden={!draft.message}>
        {draft.message}
      </p>
      <p id={noteId} className="field-note" aria-live="polite" hidden={!draft.note}>
        {draft.note}
      </p>
    </>
  );
}
