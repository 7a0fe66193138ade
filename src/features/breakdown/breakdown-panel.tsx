import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { Figure } from '../../components/ui/figure';
import { buildBreakdown, COST_PART_LABELS } from '../../domain/breakdown';
import { costWorkload } from '../../domain/cost';
import { breakdownCsv } from '../../domain/exports';
import { providerLabel, toRoutePrices } from '../../domain/rates';
import { downloadText } from '../../lib/download';
import { useActiveRoute } from '../../store/active-route';
import { useCalculator } from '../../store/calculator-context';
import { BudgetSection } from './budget-section';

export function BreakdownPanel() {
  const workload = useCalculator((state) => state.workload);
  const { route, prices } = useActiveRoute();

  const cost = useMemo(() => costWorkload(workload, toRoutePrices(prices)), [workload, prices]);
  const figures = useMemo(() => buildBreakdown(cost), [cost]);

  return (
    <Card title="Monthly bill" className="breakdown-panel">
      <p className="breakdown-panel__route">
        {route.modelName} via {providerLabel(route)}
      </p>
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
                {line.sharePercent === null ? '—' : `${line.sharePercent}%`} · {line.tokens} tokens
              </>
            }
          />
        ))}
      </dl>
      <button
        type="button"
        className="small-button breakdown-panel__export"
        onClick={() =>
          downloadText(
            'kimi-monthly-bill.csv',
            breakdownCsv(figures, `${route.modelName} via ${providerLabel(route)}`),
            'text/csv',
          )
        }
      >
        Export breakdown as CSV
      </button>
      <BudgetSection cost={cost} route={route} />
      <p className="breakdown-panel__note">
        {workload.retryBufferPercent > 0
          ? `Includes a ${workload.retryBufferPercent}% retry buffer: ${figures.retryBuffer} a month. `
          : ''}
        {cost.cacheBilledAtInputPrice
          ? 'This route publishes no cached-input price, so cache hits are billed at the full input price. '
          : ''}
        A year is 12 months. Amounts are rounded to the cent once, and the lines add up to the total.
      </p>
    </Card>
  );
}
