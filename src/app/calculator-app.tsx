import { RATE_SHEET_DATE } from '../data/rate-sheet';
import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { ComparisonTable } from '../features/compare-table/comparison-table';
import { RoutePanel } from '../features/route/route-panel';
import { WorkloadPanel } from '../features/workload/workload-panel';

/** The full calculator page: header, the three panels, and a footer on where prices come from. */
export function CalculatorApp() {
  return (
    <div className="page">
      <header className="page__header">
        <h1>Kimi K2 API cost calculator</h1>
        <p>
          Turn your workload into a monthly bill for Kimi K2, K2.5, K2.6 and later models, on Moonshot
          directly or through other hosts, and see whether input, cached input or output drives it.
        </p>
      </header>
      <main className="page__main">
        <div className="page__inputs">
          <RoutePanel />
          <WorkloadPanel />
        </div>
        <div className="page__results">
          <BreakdownPanel />
        </div>
        <div className="page__wide">
          <ComparisonTable />
        </div>
      </main>
      <footer className="page__footer">
        <p>
          Monthly cost = input tokens ÷ 1M × input price + cached input tokens ÷ 1M × cached-input price +
          output tokens ÷ 1M × output price, plus the retry buffer. Prices are USD per 1M tokens as published;
          each shows its source and the date it was checked (newest: {RATE_SHEET_DATE}). Everything runs in
          your browser: no request leaves this page.
        </p>
      </footer>
    </div>
  );
}
