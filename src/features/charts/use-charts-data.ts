import { useMemo } from 'react';
import { buildBillCharts, buildRouteCharts, type ChartsData } from '../../domain/charts/charts-data';
import { selectedEndpoint } from '../../domain/scenario/scenario';
import { useSettledValue } from '../../lib/use-settled-value';
import { useScenarioInputs } from '../../store/use-scenario-inputs';

/**
 * Everything the charts show (charts/charts-data.ts), from the store's settled inputs: while a slider
 * moves the charts keep their figures, and they follow once it settles (lib/use-settled-value.ts).
 * Each half is memoised on the inputs it reads, so the same settled inputs give the very same objects,
 * and a pin or a filter leaves the bill's charts untouched: recharts sees the same data.
 */
export function useChartsData(): ChartsData {
  const { routes, endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter } =
    useSettledValue(useScenarioInputs());
  const activeRouteId = selectedEndpoint({ endpoints, selectedEndpointId }).routeId;
  const billCharts = useMemo(
    () => buildBillCharts({ endpoints, priceOverrides }, routes),
    [endpoints, priceOverrides, routes],
  );
  const routeCharts = useMemo(
    () =>
      buildRouteCharts({
        routes,
        scenario: { endpoints, priceOverrides },
        pinnedRouteIds,
        routeFilter,
        activeRouteId,
      }),
    [routes, endpoints, priceOverrides, pinnedRouteIds, routeFilter, activeRouteId],
  );
  return useMemo(() => ({ ...billCharts, ...routeCharts }), [billCharts, routeCharts]);
}
