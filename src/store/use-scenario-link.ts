import { useMemo } from 'react';
import { encodeScenario } from '../domain/share-link';
import { useCalculator } from './calculator-context';

/** The current scenario as a share-link fragment (without "#"). */
export function useScenarioFragment(): string {
  const routes = useCalculator((state) => state.routes);
  const routeId = useCalculator((state) => state.routeId);
  const workload = useCalculator((state) => state.workload);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const pinnedRouteIds = useCalculator((state) => state.pinnedRouteIds);
  const routeFilter = useCalculator((state) => state.routeFilter);
  const tableSort = useCalculator((state) => state.tableSort);
  return useMemo(
    () =>
      encodeScenario(
        { routeId, workload, priceOverrides, pinnedRouteIds, routeFilter, tableSort },
        { routes },
      ),
    [routes, routeId, workload, priceOverrides, pinnedRouteIds, routeFilter, tableSort],
  );
}
