import { useState } from 'react';
import { Notice } from '../../components/ui/notice';
import type { PriceChange } from '../../domain/share-link/price-change';
import { LinkPriceNotice } from './link-price-notice';
import './link-notices.css';

interface LinkNoticesProps {
  readonly problems: readonly string[];
  readonly priceChanges: readonly PriceChange[];
}

/** What opening the link changed or ignored, in plain words (always rendered as text). */
export function LinkNotices({ problems, priceChanges }: LinkNoticesProps) {
  const [showProblems, setShowProblems] = useState(problems.length > 0);
  const [showChanges, setShowChanges] = useState(priceChanges.length > 0);
  if (!showProblems && !showChanges) return null;
  return (
    <div className="link-notices">
      {showChanges ? (
        <LinkPriceNotice priceChanges={priceChanges} onDone={() => setShowChanges(false)} />
      ) : null}
      {showProblems ? (
        <Notice label="Parts of the link were ignored">
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
        </Notice>
      ) : null}
    </div>
  );
}
