import { type ReactNode, useId } from 'react';
import './card.css';

interface CardProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A titled panel; the title names the region for assistive technology. */
export function Card({ title, children, className }: CardProps) {
  const headingId = useId();
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
