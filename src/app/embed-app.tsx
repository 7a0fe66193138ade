import { useEffect, useRef } from 'react';
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

const PANELS = {
  route: RoutePanel,
  workload: WorkloadPanel,
  endpoints: EndpointsPanel,
  breakdown: BreakdownPanel,
  table: ComparisonTable,
} as const;

/**
 * The compact layout for a documentation column (?embed=1): no page header or footer, the chosen
 * panels in one column, and a link to the full calculator with the same scenario. It reports its
 * height to the host page so the iframe fits its content.
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
      <SessionNotices startup={startup} session={session} />
      <main className="embed__main">
        {options.panels.map((panel) => {
          const Panel = PANELS[panel];
          return <Panel key={panel} />;
        })}
      </main>
      <p className="embed__footer">
        <a href={`${startup.appUrl}#${fragment}`} target="_blank" rel="noopener noreferrer">
          Open in full calculator
        </a>
      </p>
      <UndoNotice />
    </div>
  );
}
