import { type KeyboardEvent, useState } from 'react';

export type DraftReading =
  | { readonly ok: true; readonly commit: () => void }
  | { readonly ok: false; readonly message: string };

interface QuantityInputProps {
  readonly id: string;
  readonly labelId: string;
  /** The value in force, formatted for the field. */
  readonly shownText: string;
  /** Reads what the user typed; a valid reading is committed at once, an invalid one is reported. */
  readonly read: (text: string) => DraftReading;
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
 * valid text is committed on every keystroke. Escape returns to the value in force.
 */
export function QuantityInput(props: QuantityInputProps) {
  const { id, labelId, shownText, read, onStep } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [lastShown, setLastShown] = useState(shownText);
  const [focused, setFocused] = useState(false);

  if (shownText !== lastShown) {
    // The value changed. While the user is typing here, the change is their own commit: keep their
    // text as typed. Otherwise it came from elsewhere (slider, reset, route change): show it.
    setLastShown(shownText);
    if (!focused) {
      setDraft(null);
      setMessage(null);
    }
  }

  const errorId = `${id}-error`;
  const describedBy = [message ? errorId : null, props.describedBy].filter(Boolean).join(' ') || undefined;

  function update(text: string) {
    setDraft(text);
    const reading = read(text);
    if (reading.ok) {
      setMessage(null);
      reading.commit();
    } else {
      setMessage(reading.message);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && draft !== null) {
      setDraft(null);
      setMessage(null);
    } else if (onStep && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      setDraft(null);
      setMessage(null);
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
        aria-invalid={message ? true : undefined}
        aria-valuenow={props.valueNow}
        aria-valuemin={props.valueMin}
        aria-valuemax={props.valueMax}
        aria-valuetext={shownText}
        placeholder={props.placeholder}
        value={draft ?? shownText}
        onChange={(event) => update(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (message === null) setDraft(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={errorId} className="field-error" role="alert" hidden={!message}>
        {message}
      </p>
    </>
  );
}
