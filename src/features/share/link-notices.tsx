import { useState } from 'react';
import { describePriceChange, type PriceChange } from '../../domain/share-link';
import { useCalculator } from '../../store/calculator-context';

interface LinkNoticesProps {
  readonly problems: readonly string[];
  readonly priceChanges: readonly PriceChange[];
}

/** What opening the link changed or ignored, in plain words (always rendered as text). */
export function LinkNotices({ problems, priceChanges }: LinkNoticesProps) {
  const routes = useCalculator((state) => state.routes);
  const resetPrice = useCalculator((state) => state.resetPrice);
  const [showProblems, setShowProblems] = useState(problems.length > 0);
  const [showChanges, setShowChanges] = useState(priceChanges.length > 0);
  if (!showProblems && !showChanges) return null;
  return (
    <div className="link-notices">
      {showChanges ? (
        <section className="notice" aria-label="Prices changed since this link was made">
          <p>
            <strong>This link was made with other prices than today's sheet.</strong> Its figures use the
            link's prices:
          </p>
          <ul>
            {priceChanges.map((change) => (
              <li key={`${change.routeId}-${change.kind}`}>{describePriceChange(change, routes)}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => {
              for (const change of priceChanges) resetPrice(change.kind, change.routeId);
              setShowChanges(false);
            }}
          >
            Use today's prices
          </button>{' '}
          <button type="button" onClick={() => setShowChanges(false)}>
            Keep the link's prices
          </button>
        </section>
      ) : null}
      {showProblems ? (
        <section className="notice" aria-label="Parts of the link were ignored">
          <p>
            <strong>Some parts of the link could not be used</strong>, so defaults stand in for them:
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setShowProblems(false)}>
            Dismiss
          </button>
        </section>
      ) : null}
    </div>
  );
}
