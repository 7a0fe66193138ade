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
import { billScenario } from '../../domain/cost/bill-scenario';
import { routeName } from '../../domain/rates/route';
import type { ActiveRoute } from '../../domain/scenario/route-in-force';
import { useThrottledValue } from '../../lib/use-throttled-value';
import { useCalculator } from '../../store/calculator-context';
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
    const scenario = { endpoints, priceOverrides };
    return buildChartsData({ routes, scenario, pinnedRouteIds, routeFilter }, active);
  }, [routes, endpoints, priceOverrides, pinnedRouteIds, routeFilter, active]);
}

function buildChartsData(inputs: ChartRouteInputs, active: ActiveRoute) {
  const selection = selectChartRoutes(inputs);
  const bill = billScenario(inputs.scenario, inputs.routes);
  const { endpoints } = inputs.scenario;
  const shapes = endpoints.map((endpoint) => endpoint.shape);
  const { routeNames } = bill;
  return {
    scenario: `${describeScenario(endpoints)}; ${routeNames.join(', ')}.`,
    activeLabel: routeNames.length === 1 ? routeName(active.route) : 'the routes chosen for each endpoint',
    selection,
    split: buildSplitChart(bill),
    routeSplit: buildRouteSplitChart(selection),
    volume: buildVolumeChart(selection, shapes),
    cacheRate: buildCacheRateChart(selection, shapes),
    tornado: buildTornadoChart(bill),
  };
}
