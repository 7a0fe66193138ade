import { useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { RATE_SHEET_DATE } from '../data/rate-sheet';
import { PlainAnswers } from '../features/answers/plain-answers';
import { LazyBillingSection } from '../features/billing/lazy-billing-section';
import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { LazyChartsPanel } from '../features/charts/lazy-charts-panel';
import { ComparisonTable } from '../features/compare-table/comparison-table';
import { EndpointsPanel } from '../features/endpoints/endpoints-panel';
import { LazyRatesSection } from '../features/rates/lazy-rates-section';
import { RoutePanel } from '../features/route/route-panel';
import { SharePanel } from '../features/share/share-panel';
import { LazyTokenEstimateSection } from '../features/token-estimate/lazy-token-estimate-section';
import { LazyTraceSection } from '../features/trace/lazy-trace-section';
import { UndoNotice } from '../features/undo/undo-notice';
import { WorkloadPanel } from '../features/workload/workload-panel';
import { SessionNotices } from './session-notices';
import type { ScenarioSession } from './session-types';
import { PLAIN_STARTUP, type Startup } from './startup';
import './calculator-app.css';

interface CalculatorAppProps {
  readonly startup?: Startup;
  /** Keeps the URL and saved scenarios in step; absent in tests that mount the page alone. */
  readonly session?: ScenarioSession;
}

/** The full calculator page: header, notices from the link, the panels, and where prices come from. */
export function CalculatorApp({ startup = PLAIN_STARTUP, session }: CalculatorAppProps) {
  const [noticeKey, setNoticeKey] = useState(0);
  return (
    <div className="page">
      <header className="page__header">
        <h1>Kimi K2 API cost calculator</h1>
        <p>
          Turn your workload into a monthly bill for Kimi K2, K2.5, K2.6 and later models, on Moonshot
          directly or through other hosts, and see whether input, cached input or output drives it.
        </p>
        <p className="page__sheet-date">
          Prices checked up to <time dateTime={RATE_SHEET_DATE}>{RATE_SHEET_DATE}</time>.
        </p>
      </header>
      <ErrorBoundary name="The notes about this link">
        <SessionNotices startup={startup} session={session} resetKey={noticeKey} />
      </ErrorBoundary>
      {/* Each panel is contained: a part that fails shows one line and "Try again", the rest works on. */}
      <main className="page__main">
        {/* The bill stays in view while the inputs scroll, and only beside them. */}
        <div className="page__top">
          <div className="page__inputs">
            <ErrorBoundary name="The route panel">
              <RoutePanel />
            </ErrorBoundary>
            <ErrorBoundary name="The workload panel">
              <WorkloadPanel />
            </ErrorBoundary>
            <ErrorBoundary name="The endpoints panel">
              <EndpointsPanel />
            </ErrorBoundary>
            <ErrorBoundary name="The token estimate">
              <LazyTokenEstimateSection />
            </ErrorBoundary>
          </div>
          <div className="page__results">
            <ErrorBoundary name="The monthly bill">
              <BreakdownPanel />
            </ErrorBoundary>
            <PlainAnswers />
          </div>
        </div>
        <ErrorBoundary name="The comparison table">
          <ComparisonTable />
        </ErrorBoundary>
        <ErrorBoundary name="The charts">
          <LazyChartsPanel />
        </ErrorBoundary>
        <ErrorBoundary name="The request-log reader">
          <LazyTraceSection />
        </ErrorBoundary>
        <ErrorBoundary name="The billing extras">
          <LazyBillingSection />
        </ErrorBoundary>
        <ErrorBoundary name="The rates">
          <LazyRatesSection />
        </ErrorBoundary>
        <ErrorBoundary name="The share panel">
          <SharePanel appUrl={startup.appUrl} onReset={() => setNoticeKey((key) => key + 1)} />
        </ErrorBoundary>
      </main>
      <footer className="page__footer">
        <p>
          Monthly cost = input tokens ÷ 1M × input price + cached input tokens ÷ 1M × cached-input price +
          output tokens ÷ 1M × output price, plus the retry buffer. Prices are USD per 1M tokens as published;
          each shows its source and the date it was checked (newest: {RATE_SHEET_DATE}). Everything runs in
          your browser: no request leaves this page.
        </p>
      </footer>
      <ErrorBoundary name="The undo notice">
        <UndoNotice />
      </ErrorBoundary>
    </div>
  );
}
