import { useDeferredValue, useMemo } from 'react';
import {
  buildCacheRateChart,
  buildRouteSplitChart,
  buildSplitChart,
  buildTornadoChart,
  buildVolumeChart,
  type ChartRouteInputs,
  describeScenario,
  selectChartRoutes,
} from '../../domain/charts/chart-data';
import { costPricedShapes } from '../../domain/cost/scenario-cost';
import { routeName } from '../../domain/rates/route';
import type { Endpoint } from '../../domain/scenario/endpoint';
import type { ActiveRoute } from '../../domain/scenario/route-in-force';
import { useThrottledValue } from '../../lib/use-throttled-value';
import { useCalculator } from '../../store/calculator-context';
import { type PricedEndpoint, pricedEndpoints } from '../../store/scenario-shapes';
import { useActiveRoute } from '../../store/use-active-route';
import { useRoutes } from '../../store/use-routes';

/**
 * Everything the charts show, shaped by the domain from the store's inputs. The inputs are deferred, so
 * a slider step paints the figures first and the charts catch up at low priority.
 */
const CHART_UPDATE_MS = 250;

export type ChartsData = ReturnType<typeof buildChartsData>;

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
  const active = useDeferredValue(useActiveRoute());

  return useMemo(() => {
    const shapes = endpoints.map((endpoint) => endpoint.shape);
    const priced = pricedEndpoints({ endpoints, routes, priceOverrides });
    return buildChartsData(
      { routes, shapes, priceOverrides, pinnedRouteIds, routeFilter },
      active,
      priced,
      endpoints,
    );
  }, [routes, endpoints, priceOverrides, pinnedRouteIds, routeFilter, active]);
}

function buildChartsData(
  inputs: ChartRouteInputs,
  active: ActiveRoute,
  priced: readonly PricedEndpoint[],
  endpoints: readonly Endpoint[],
) {
  const selection = selectChartRoutes(inputs);
  const routeNames = [...new Set(priced.map((item) => item.routeName))];
  return {
    scenario: `${describeScenario(endpoints)}; ${routeNames.join(', ')}.`,
    activeLabel: routeNames.length === 1 ? routeName(active.route) : 'the routes chosen for each endpoint',
    selection,
    split: buildSplitChart(costPricedShapes(priced)),
    routeSplit: buildRouteSplitChart(selection),
    volume: buildVolumeChart(selection, inputs.shapes),
    cacheRate: buildCacheRateChart(selection, inputs.shapes),
    tornado: buildTornadoChart(priced),
  };
}
