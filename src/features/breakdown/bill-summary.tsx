import { useMemo } from 'react';
import { buildBreakdown } from '../../domain/cost/breakdown';
import { useScenarioBill } from '../../store/use-scenario-bill';
import './bill-summary.css';

/**
 * The bill in one line (monthly cost and cost per request) that stays in sight on a narrow screen
 * while the sliders move. It is not a live region: the bill itself announces its changes, and a
 * second voice on every slider step would flood a screen reader.
 */
export function BillSummary() {
  const bill = useScenarioBill();
  const figures = useMemo(() => buildBreakdown(bill), [bill]);
  return (
    <aside className="bill-summary" aria-label="Bill summary">
      <dl className="bill-summary__figures">
        <div className="bill-summary__figure bill-summary__figure--main">
          <dt>Monthly cost</dt>
          <dd>{figures.monthly}</dd>
        </div>
        <div className="bill-summary__figure">
          <dt>Cost per request</dt>
          <dd>{figures.perRequest}</dd>
        </div>
      </dl>
    </aside>
  );
}
