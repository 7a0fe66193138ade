import { useState } from 'react';

export type DraftReading =
  | {
      readonly ok: true;
      readonly commit: () => void;
      /** How the text was read when that is worth saying ("Read as 0.95"). */
      readonly note?: string | null;
    }
  | { readonly ok: false; readonly message: string };

/** Reads what the user typed, in the locale they type in (navigator.language). */
export type DraftReader = (text: string, locale: string) => DraftReading;

/**
 * How the user types numbers, supplied by the app (lib/typing-locale.tsx `useNumberTyping()`): the
 * primitives know no number rules of their own.
 */
export interface NumberTyping {
  /** The typist's locale (navigator.language), passed to every reader. */
  readonly locale: string;
  /** The value in force, written so it reads back as the same value in that locale ("10,000" → "10 000" in de-DE). */
  readonly write: (text: string) => string;
}

/**
 * The text of a field the user types a value into. A valid text is committed on every keystroke; while
 * the text is invalid its message stands and the last valid value stays in force. A note says how a
 * reinterpreted text was read, until the text changes or the value changes from elsewhere.
 */
export function useDraft(shownText: string, read: DraftReader, locale: string) {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [lastShown, setLastShown] = useState(shownText);
  const [focused, setFocused] = useState(false);

  if (shownText !== lastShown) {
    // The value changed. While the user is typing here, the change is their own commit: keep their
    // text as typed. Otherwise it came from elsewhere (slider, reset, route change): show it.
    setLastShown(shownText);
    if (!focused) {
      setDraft(null);
      setMessage(null);
      setNote(null);
    }
  }

  return {
    text: draft ?? shownText,
    /** Whether the field shows the user's own text rather than the value in force. */
    editing: draft !== null,
    message,
    note,
    change(text: string) {
      setDraft(text);
      const reading = read(text, locale);
      if (reading.ok) {
        setMessage(null);
        setNote(reading.note ?? null);
        reading.commit();
      } else {
        setMessage(reading.message);
        setNote(null);
      }
    },
    focus() {
      setFocused(true);
    },
    blur() {
      setFocused(false);
      // A valid text gives way to the value as the app writes it; an invalid one stays to be fixed.
      if (message === null) setDraft(null);
    },
    /** Back to the value in force (Escape). */
    cancel() {
      setDraft(null);
      setMessage(null);
      setNote(null);
    },
  };
}
