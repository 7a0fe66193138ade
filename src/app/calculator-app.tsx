import { type ReactNode, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { RATE_SHEET_DATE } from '../data/rate-sheet';
import { PlainAnswers } from '../features/answers/plain-answers';
import { LazyBillingSection } from '../features/billing/lazy-billing-section';
import { BillGlossary } from '../features/breakdown/bill-glossary';
import { BillSummary } from '../features/breakdown/bill-summary';
import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { LazyChartsPanel } from '../features/charts/lazy-charts-panel';
import { LazyComparisonTable } from '../features/compare-table/lazy-comparison-table';
import { EndpointsPanel } from '../features/endpoints/endpoints-panel';
import { LazyRatesSection } from '../features/rates/lazy-rates-section';
import { RoutePanel } from '../features/route/route-panel';
import { RoutePicker } from '../features/route/route-picker';
import { SharePanel } from '../features/share/share-panel';
import { LazyTokenEstimateSection } from '../features/token-estimate/lazy-token-estimate-section';
import { LazyTraceSection } from '../features/trace/lazy-trace-section';
import { UndoNotice } from '../features/undo/undo-notice';
import { WorkloadPanel } from '../features/workload/workload-panel';
import { PageHeader } from './page-header';
import { MAIN_CONTENT_ID, type PageSectionId } from './page-sections';
import { SessionNotices } from './session-notices';
import type { ScenarioSession } from './session-types';
import { PLAIN_STARTUP, type Startup } from './startup';
import './calculator-app.css';
import './calculator-print.css';

interface CalculatorAppProps {
  readonly startup?: Startup;
  /** Keeps the URL and saved scenarios in step; absent in tests that mount the page alone. */
  readonly session?: ScenarioSession;
}

/** A part of the page the header's navigation jumps to, contained: if it fails, only it says so. */
function Section({
  id,
  name,
  className,
  children,
}: {
  readonly id: PageSectionId;
  readonly name: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <div id={id} tabIndex={-1} className={className ? `page__section ${className}` : 'page__section'}>
      <ErrorBoundary name={name}>{children}</ErrorBoundary>
    </div>
  );
}

/**
 * The full calculator page, answer first: the route in one row, then the workload's sliders beside the
 * bill (with the plain answers under it), then the sections the header's navigation reaches.
 */
export function CalculatorApp({ startup = PLAIN_STARTUP, session }: CalculatorAppProps) {
  const [noticeKey, setNoticeKey] = useState(0);
  return (
    <div className="page">
      <PageHeader appUrl={startup.appUrl} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="page__main">
        <p className="page__intro">
          Turn your workload into a monthly bill for Kimi K2, K2.5, K2.6 and later models, on Moonshot
          directly or through other hosts, and see whether input, cached input or output drives it. Prices
          checked up to <time dateTime={RATE_SHEET_DATE}>{RATE_SHEET_DATE}</time>.
        </p>
        <ErrorBoundary name="The notes about this link">
          <SessionNotices startup={startup} session={session} resetKey={noticeKey} />
        </ErrorBoundary>
        <ErrorBoundary name="The route picker">
          <RoutePicker className="page__route-picker" />
        </ErrorBoundary>
        {/* Each panel is contained: a part that fails shows one line and "Try again", the rest works on. */}
        <div className="page__top">
          <div className="page__workload">
            <ErrorBoundary name="The workload panel">
              <WorkloadPanel />
            </ErrorBoundary>
          </div>
          {/* The bill stays in view beside the inputs on a wide screen. */}
          <div className="page__results">
            <ErrorBoundary name="The monthly bill">
              <BreakdownPanel />
            </ErrorBoundary>
            <PlainAnswers />
            <ErrorBoundary name="The glossary">
              <BillGlossary />
            </ErrorBoundary>
          </div>
          <Section id="section-route" name="The route panel" className="page__inputs">
            <RoutePanel withPicker={false} />
          </Section>
          <Section id="section-endpoints" name="The endpoints panel" className="page__inputs">
            <EndpointsPanel />
          </Section>
          <div className="page__section page__inputs">
            <ErrorBoundary name="The token estimate">
              <LazyTokenEstimateSection />
            </ErrorBoundary>
          </div>
        </div>
        <Section id="section-compare" name="The comparison table">
          <LazyComparisonTable />
        </Section>
        <Section id="section-charts" name="The charts">
          <LazyChartsPanel />
        </Section>
        <Section id="section-calibrate" name="The request-log reader">
          <LazyTraceSection />
        </Section>
        <Section id="section-billing" name="The billing extras">
          <LazyBillingSection />
        </Section>
        <Section id="section-rates" name="The rates">
          <LazyRatesSection />
        </Section>
        <Section id="section-share" name="The share panel">
          <SharePanel appUrl={startup.appUrl} onReset={() => setNoticeKey((key) => key + 1)} />
        </Section>
      </main>
      <footer className="page__footer">
        <p>
          Monthly cost = input tokens ÷ 1M × input price + cached input tokens ÷ 1M × cached-input price +
          output tokens ÷ 1M × output price, plus the retry buffer. Prices are USD per 1M tokens as published;
          each shows its source and the date it was checked (newest: {RATE_SHEET_DATE}). Everything runs in
          your browser: no request leaves this page.
        </p>
      </footer>
      <ErrorBoundary name="The bill summary">
        <BillSummary />
      </ErrorBoundary>
      <ErrorBoundary name="The undo notice">
        <UndoNotice />
      </ErrorBoundary>
    </div>
  );
}
