import { useEffect, useRef } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { EmbedOptions } from '../domain/embed';
import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { LazyComparisonTable } from '../features/compare-table/lazy-comparison-table';
import { EndpointsPanel } from '../features/endpoints/endpoints-panel';
import { RoutePanel } from '../features/route/route-panel';
import { useShareFragment } from '../features/share/use-share-fragment';
import { UndoNotice } from '../features/undo/undo-notice';
import { WorkloadPanel } from '../features/workload/workload-panel';
import { connectToHost } from '../lib/embed-messages';
import { applyTheme } from '../lib/theme';
import { SessionNotices } from './session-notices';
import type { ScenarioSession } from './session-types';
import type { Startup } from './startup';
import './embed-app.css';

const PANELS = {
  route: { Panel: RoutePanel, name: 'The route panel' },
  workload: { Panel: WorkloadPanel, name: 'The workload panel' },
  endpoints: { Panel: EndpointsPanel, name: 'The endpoints panel' },
  breakdown: { Panel: BreakdownPanel, name: 'The monthly bill' },
  table: { Panel: LazyComparisonTable, name: 'The comparison table' },
} as const;

/**
 * The compact layout for a documentation column (?embed=1): no page header, the bill first and the
 * other chosen panels under it in one column that never grows wider than the column (only the
 * comparison table scrolls sideways), each contained (a failing one shows one line and "Try again"), and a link to
 * the full calculator with the same scenario. It reports its height to the host page so the iframe
 * fits its content.
 */
export function EmbedApp({
  startup,
  options,
  session,
}: {
  readonly startup: Startup;
  readonly options: EmbedOptions;
  readonly session?: ScenarioSession;
}) {
  const root = useRef<HTMLDivElement>(null);
  const fragment = useShareFragment();
  useEffect(() => (root.current ? connectToHost(root.current, { onTheme: applyTheme }) : undefined), []);
  return (
    <div className="embed" ref={root}>
      {/* Everything sits in a landmark; the heading names the page for screen readers without taking a docs column's space. */}
      <main className="embed__main">
        <h1 className="visually-hidden">Kimi K2 API cost calculator</h1>
        <ErrorBoundary name="The notes about this link">
          <SessionNotices startup={startup} session={session} />
        </ErrorBoundary>
        {options.panels.map((panel) => {
          const { Panel, name } = PANELS[panel];
          return (
            <ErrorBoundary key={panel} name={name}>
              <Panel />
            </ErrorBoundary>
          );
        })}
        <ErrorBoundary name="The undo notice">
          <UndoNotice />
        </ErrorBoundary>
      </main>
      <footer className="embed__footer">
        <a href={`${startup.appUrl}#${fragment}`} target="_blank" rel="noopener noreferrer">
          Open in full calculator
        </a>
      </footer>
    </div>
  );
}
