import { useEffect, useRef } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { EmbedOptions } from '../domain/embed';
import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { ComparisonTable } from '../features/compare-table/comparison-table';
import { EndpointsPanel } from '../features/endpoints/endpoints-panel';
import { RoutePanel } from '../features/route/route-panel';
import { useShareFragment } from '../features/share/use-share-fragment';
import { UndoNotice } from '../features/undo/undo-notice';
import { WorkloadPanel } from '../features/workload/workload-panel';
import { reportHeightToParent } from '../lib/embed-height';
import type { ScenarioSession } from './persistence';
import { SessionNotices } from './session-notices';
import type { Startup } from './startup';
import './embed-app.css';

const PANELS = {
  route: { Panel: RoutePanel, name: 'The route panel' },
  workload: { Panel: WorkloadPanel, name: 'The workload panel' },
  endpoints: { Panel: EndpointsPanel, name: 'The endpoints panel' },
  breakdown: { Panel: BreakdownPanel, name: 'The monthly bill' },
  table: { Panel: ComparisonTable, name: 'The comparison table' },
} as const;

/**
 * The compact layout for a documentation column (?embed=1): no page header or footer, the chosen
 * panels in one column, each contained (a failing one shows one line and "Try again"), and a link to
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
  useEffect(() => (root.current ? reportHeightToParent(root.current) : undefined), []);
  return (
    <div className="embed" ref={root}>
      <ErrorBoundary name="The notes about this link">
        <SessionNotices startup={startup} session={session} />
      </ErrorBoundary>
      <main className="embed__main">
        {options.panels.map((panel) => {
          const { Panel, name } = PANELS[panel];
          return (
            <ErrorBoundary key={panel} name={name}>
              <Panel />
            </ErrorBoundary>
          );
        })}
      </main>
      <p className="embed__footer">
        <a href={`${startup.appUrl}#${fragment}`} target="_blank" rel="noopener noreferrer">
          Open in full calculator
        </a>
      </p>
      <ErrorBoundary name="The undo notice">
        <UndoNotice />
      </ErrorBoundary>
    </div>
  );
}
