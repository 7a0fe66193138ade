import { type CSSProperties, useId, useState } from 'react';
import { Figure } from '../../components/ui/figure';
import { COST_PART_LABELS } from '../../domain/cost/bill';
import type { BreakdownFigures } from '../../domain/cost/breakdown';

/** A line's exact amount on its own row, on one line: its type shrinks to fit like the figure's. */
function ExactAmount({ amount }: { readonly amount: string }) {
  const text = `exactly ${amount}`;
  return (
    <span className="bill-lines__exact" style={{ '--exact-chars': text.length } as CSSProperties}>
      {text}
    </span>
  );
}

/**
 * The bill's lines with their share and tokens, and a "Show exact amounts" switch that writes each
 * line's unrounded amount beside it and says how the rounded lines make the total.
 */
export function BillLines({ figures }: { readonly figures: BreakdownFigures }) {
  const [showExact, setShowExact] = useState(false);
  const toggleId = useId();
  return (
    <>
      <dl className="breakdown-panel__lines">
        {figures.lines.map((line) => (
          <Figure
            key={line.key}
            label={`${COST_PART_LABELS[line.key]} cost`}
            value={line.amount}
            detail={
              <>
                {/* An SVG bar: its width is an attribute, not an inline style the page's CSP would block. */}
                <svg
                  className="share-bar"
                  data-part={line.key}
                  viewBox="0 0 100 1"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect width={line.sharePercent ?? 0} height="1" />
                </svg>
                {line.sharePercent === null ? '—' : `${line.sharePercent}%`}
                {line.tokensText === null ? '' : ` · ${line.tokensText}`}
                {showExact ? <ExactAmount amount={line.exact} /> : null}
              </>
            }
          />
        ))}
      </dl>
      <div className="bill-lines__exact-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={showExact}
          onChange={(event) => setShowExact(event.target.checked)}
        />
        <label htmlFor={toggleId}>Show exact amounts</label>
      </div>
      {showExact ? (
        <p className="bill-lines__rounding">
          The exact monthly total is {figures.monthlyExact}. {figures.rounding} The yearly cost is 12 × the
          monthly cost shown.
        </p>
      ) : null}
    </>
  );
}
