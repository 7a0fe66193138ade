import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { Figure } from '../../components/ui/figure';
import { buildBreakdown, COST_PART_LABELS } from '../../domain/cost/breakdown';
import { buildEndpointFigures } from '../../domain/cost/endpoint-figures';
import { costPricedShapes } from '../../domain/cost/scenario-cost';
import { breakdownCsv } from '../../domain/export/exports';
import { trafficUnits } from '../../domain/workload/shape-mix';
import { downloadText } from '../../lib/download';
import { usePricedEndpoints } from '../../store/scenario-shapes';
import { BudgetSection } from './budget-section';
import { EndpointBreakdown, EndpointDetails } from './endpoint-breakdown';
import './breakdown.css';

/** "Includes a 10% retry buffer: $3.90 a month." (one endpoint), or every endpoint's buffers together. */
function retryNote(
  priced: readonly { readonly shape: { readonly retryBufferPercent: number } }[],
  amount: string,
) {
  const rates = priced.map((item) => item.shape.retryBufferPercent).filter((rate) => rate > 0);
  if (rates.length === 0) return '';
  if (priced.length === 1) return `Includes a ${rates[0]}% retry buffer: ${amount} a month. `;
  return `Includes retry buffers: ${amount} a month. `;
}

/** The scenario's bill: every endpoint on its own route, the lines that make it up, and each endpoint's part. */
export function BreakdownPanel() {
  const priced = usePricedEndpoints();
  const cost = useMemo(() => costPricedShapes(priced), [priced]);
  const figures = useMemo(() => buildBreakdown(cost), [cost]);
  const endpointFigures = useMemo(() => buildEndpointFigures(priced), [priced]);
  const routeNames = [...new Set(priced.map((item) => item.routeName))];
  const routeText =
    routeNames.length === 1
      ? (routeNames[0] ?? '')
      : `${priced.length} endpoints on ${routeNames.length} routes`;
  const units = useMemo(() => trafficUnits(priced.map((item) => item.shape)), [priced]);
  const [onlyEndpoint] = endpointFigures;

  return (
    <Card title="Monthly bill" className="breakdown-panel">
      <p className="breakdown-panel__route">{routeText}</p>
      <dl className="breakdown-panel__totals">
        <Figure label="Monthly cost" value={figures.monthly} size="large" />
        <Figure label="Yearly cost" value={figures.yearly} />
        <Figure label="Cost per request" value={figures.perRequest} />
      </dl>
      <p className="breakdown-panel__dominance" aria-live="polite">
        {figures.dominance}
      </p>
      <dl className="breakdown-panel__lines">
        {figures.lines.map((line) => (
          <Figure
            key={line.key}
            label={`${COST_PART_LABELS[line.key]} cost`}
            value={line.amount}
            detail={
              <>
                <span className="share-bar" data-part={line.key}>
                  <span style={{ inlineSize: `${line.sharePercent ?? 0}%` }} />
                </span>
                {line.sharePercent === null ? '—' : `${line.sharePercent}%`}
                {line.tokens === '—' ? '' : ` · ${line.tokens} tokens`}
              </>
            }
          />
        ))}
      </dl>
      {endpointFigures.length === 1 && onlyEndpoint ? (
        <EndpointDetails figures={onlyEndpoint} />
      ) : (
        <EndpointBreakdown endpoints={endpointFigures} />
      )}
      <button
        type="button"
        className="small-button breakdown-panel__export"
        onClick={() => downloadText('kimi-monthly-bill.csv', breakdownCsv(figures, routeText), 'text/csv')}
      >
        Export breakdown as CSV
      </button>
      <BudgetSection cost={cost} units={units} routeText={routeText} />
      <p className="breakdown-panel__note">
        {retryNote(priced, figures.retryBuffer)}
        {cost.cacheBilledAtInputPrice
          ? priced.length === 1
            ? 'This route publishes no cached-input price, so cache hits are billed at the full input price. '
            : 'A route here publishes no cached-input price, so its cache hits are billed at the full input price. '
          : ''}
        A year is 12 months. "Cost per request" counts every model call (each conversation turn and agent
        step). Amounts are rounded to the cent once, and the lines add up to the total.
      </p>
    </Card>
  );
}
