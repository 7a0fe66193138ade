import { useEffect, useRef, useState } from 'react';
import { useCalculator } from '../../store/calculator-context';
import './undo-notice.css';

/** How long the notice stays without focus or a pointer inside it. */
const UNDO_NOTICE_MS = 15_000;

/**
 * The one place that offers Undo after a destructive action (the store records the offer; see
 * calculator-store.ts): a polite status that says what happened, with "Undo" and "Close". It stays at
 * least UNDO_NOTICE_MS, and for as long as keyboard focus or the pointer is inside it; Escape closes it.
 * After Undo, focus goes back to where it was when the offer appeared (the action's own control).
 */
export function UndoNotice({ timeoutMs = UNDO_NOTICE_MS }: { readonly timeoutMs?: number }) {
  const offer = useCalculator((state) => state.undoOffer);
  const undo = useCalculator((state) => state.undo);
  const dismiss = useCalculator((state) => state.dismissUndo);
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const offerId = offer?.id ?? null;

  useEffect(() => {
    if (offerId === null) return;
    // Effects run after the action's panel moved focus, so this is where the user is now.
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [offerId]);

  useEffect(() => {
    if (offerId === null || focused || hovered) return;
    const timer = setTimeout(dismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [offerId, focused, hovered, timeoutMs, dismiss]);

  function close(afterwards: () => void) {
    afterwards();
    setFocused(false);
    setHovered(false);
    const target = returnFocus.current;
    if (target?.isConnected) target.focus();
    else container.current?.focus();
  }

  return (
    <div
      ref={container}
      className="undo-notice"
      role="status"
      tabIndex={-1}
      onFocus={(event) => setFocused(event.target !== event.currentTarget)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && offer) close(dismiss);
      }}
    >
      {offer ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: the pointer only pauses the timer; focus does the same for the keyboard.
        <div
          className="undo-notice__box"
          onMouseEnter={() => setHovered(true)}
          onMouseLeave={() => setHovered(false)}
        >
          <p className="undo-notice__message">{offer.message}</p>
          <div className="undo-notice__actions">
            <button type="button" className="undo-notice__undo" onClick={() => close(undo)}>
              Undo
            </button>
            <button type="button" className="undo-notice__close" onClick={() => close(dismiss)}>
              Close
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
