import { useDeferredValue, useMemo } from 'react';
import { buildChartsData, type ChartsData } from '../../domain/charts/charts-data';
import { useThrottledValue } from '../../lib/use-throttled-value';
import { useCalculator } from '../../store/calculator-context';
import { selectActiveRouteId } from '../../store/selectors';
import { useRoutes } from '../../store/use-routes';

/**
 * Everything the charts show (charts/charts-data.ts), from the store's inputs. The inputs are deferred,
 * so a slider step paints the figures first and the charts catch up at low priority.
 */
const CHART_UPDATE_MS = 250;

export function useChartsData(): ChartsData {
  // Charts follow the workload at most 4 times a second while a slider moves, at low priority.
  const endpoints = useDeferredValue(
    useThrottledValue(
      useCalculator((state) => state.endpoints),
      CHART_UPDATE_MS,
    ),
  );
  const routes = useDeferredValue(useRoutes());
  const priceOverrides = useDeferredValue(useCalculator((state) => state.priceOverrides));
  const pinnedRouteIds = useDeferredValue(useCalculator((state) => state.pinnedRouteIds));
  const routeFilter = useDeferredValue(useCalculator((state) => state.routeFilter));
  const activeRouteId = useDeferredValue(useCalculator(selectActiveRouteId));
  return useMemo(
    () =>
      buildChartsData({
        routes,
        scenario: { endpoints, priceOverrides },
        pinnedRouteIds,
        routeFilter,
        activeRouteId,
      }),
    [routes, endpoints, priceOverrides, pinnedRouteIds, routeFilter, activeRouteId],
  );
}
