import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { Figure } from '../../components/ui/figure';
import { describeBillNotes } from '../../domain/cost/bill-notes';
import { buildBreakdown } from '../../domain/cost/breakdown';
import { buildEndpointFigures } from '../../domain/cost/endpoint-figures';
import { breakdownCsv } from '../../domain/export/exports';
import { downloadText } from '../../lib/download';
import { useScenarioBill } from '../../store/use-scenario-bill';
import { BillLines } from './bill-lines';
import { BillTermsNotes } from './bill-terms-notes';
import { BudgetSection } from './budget-section';
import { EndpointBreakdown, EndpointDetails } from './endpoint-breakdown';
import { RouteFitWarnings } from './route-fit-warnings';
import './breakdown.css';

/** The scenario's bill: every endpoint on its own route, the lines that make it up, and each endpoint's part. */
export function BreakdownPanel() {
  const bill = useScenarioBill();
  const figures = useMemo(() => buildBreakdown(bill), [bill]);
  const endpointFigures = useMemo(() => buildEndpointFigures(bill), [bill]);
  const notes = useMemo(() => describeBillNotes(bill, figures.retryBuffer), [bill, figures]);
  const { routeText } = notes;
  const [onlyEndpoint] = endpointFigures;

  return (
    <Card title="Monthly bill" className="breakdown-panel">
      <p className="breakdown-panel__route">{routeText}</p>
      <RouteFitWarnings endpoints={bill.endpoints} />
      <dl className="breakdown-panel__totals">
        <Figure label="Monthly cost" value={figures.monthly} size="large" />
        <Figure label="Yearly cost" value={figures.yearly} />
        <Figure label="Cost per request" value={figures.perRequest} />
      </dl>
      <p className="breakdown-panel__dominance" aria-live="polite">
        {figures.dominance}
      </p>
      <BillLines figures={figures} />
      <BillTermsNotes bill={bill} />
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
      <BudgetSection bill={bill} routeText={routeText} />
      <p className="breakdown-panel__note">
        {notes.retry}
        {notes.cachedPrice}A year is 12 months: the yearly cost is 12 × the monthly cost shown. "Cost per
        request" counts every model call (each conversation turn and agent step). Amounts are rounded to the
        cent once, and the lines add up to the total.
      </p>
    </Card>
  );
}
