import { type CSSProperties, type ReactNode, useId } from 'react';
import './figure.css';

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  readonly size?: 'large' | 'normal';
}

/**
 * A labelled amount: its accessible name is the label and its text is exactly the amount. The amount
 * never breaks inside: it stays on one line and its type shrinks to fit the figure's width (figure.css
 * reads the number of characters from --figure-chars).
 */
export function Figure({ label, value, detail, size = 'normal' }: FigureProps) {
  const labelId = useId();
  const fit = { '--figure-chars': Math.max(1, value.length) } as CSSProperties;
  return (
    <div className={`figure figure--${size}`} style={fit}>
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
