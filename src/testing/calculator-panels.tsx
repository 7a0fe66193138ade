import { BreakdownPanel } from '../features/breakdown/breakdown-panel';
import { EndpointsPanel } from '../features/endpoints/endpoints-panel';
import { RoutePanel } from '../features/route/route-panel';
import { WorkloadPanel } from '../features/workload/workload-panel';

/**
 * The calculator's endpoints, route, workload and bill panels as the app lays them out, without the comparison
 * table: feature tests check how the panels work together without rendering every route on each
 * keystroke. One test per feature still renders the whole `CalculatorApp`.
 */
export function CalculatorPanels() {
  return (
    <main>
      <RoutePanel />
      <WorkloadPanel />
      <EndpointsPanel />
      <BreakdownPanel />
    </main>
  );
}
