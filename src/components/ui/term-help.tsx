import { useId, useState } from 'react';
import './term-help.css';

interface TermHelpProps {
  /** The button's text and accessible name: "What is cached input?". */
  readonly question: string;
  readonly explanation: string;
}

/**
 * A term's explanation on demand: a disclosure button (its visible question is its accessible name,
 * aria-expanded says whether the explanation shows) and the explanation right after it, in reading
 * order, so keyboard and screen-reader users reach it as they would a sighted reader.
 */
export function TermHelp({ question, explanation }: TermHelpProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="term-help">
      <button
        type="button"
        className="term-help__button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
      >
        {question}
      </button>
      <span id={id} className="term-help__explanation" hidden={!open}>
        {explanation}
      </span>
    </span>
  );
}
