import { type ReactNode, useId } from 'react';
import './figure.css';

/** The longest amount figure.css sizes by its length; a longer one is sized as this long. */
export const FIGURE_CHARS_MAX = 32;

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  readonly size?: 'large' | 'normal';
}

/**
 * A labelled amount: its accessible name is the label and its text is exactly the amount. The amount
 * never breaks inside: it stays on one line and its type shrinks to fit the figure's width (figure.css
 * reads the number of characters from data-chars; an attribute, not an inline style, which the page's
 * CSP would block in the prerendered HTML).
 */
export function Figure({ label, value, detail, size = 'normal' }: FigureProps) {
  const labelId = useId();
  const chars = Math.min(FIGURE_CHARS_MAX, Math.max(1, value.length));
  return (
    <div className={`figure figure--${size}`} data-chars={chars}>
      <dt id={labelId} className="figure__label">
        {label}
      </dt>
      <dd className="figure__value">
        <output aria-labelledby={labelId}>{value}</output>
        {detail ? <span className="figure__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}
