import { type ReactNode, useId } from 'react';
import './figure.css';

interface FigureProps {
  readonly label: string;
  readonly value: string;
  readonly detail?: ReactNode;
  readonly size?: 'large' | 'normal';
}

/** A labelled amount: its accessible name is the label and its text is exactly the amount. */
export function Figure({ label, value, detail, size = 'normal' }: FigureProps) {
  const labelId = useId();
  return (
    <div className={`figure figure--${size}`}>
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
