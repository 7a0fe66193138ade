import { useDeferredValue, useMemo } from 'react';
import {
  buildCacheRateChart,
  buildRouteSplitChart,
  buildSplitChart,
  buildTornadoChart,
  buildVolumeChart,
  type ChartRouteInputs,
  describeScenario,
  routeLabel,
  selectChartRoutes,
} from '../../domain/chart-data';
import { costWorkload } from '../../domain/cost';
import { toRoutePrices } from '../../domain/rates';
import { useThrottledValue } from '../../lib/use-throttled-value';
import { type ActiveRoute, useActiveRoute } from '../../store/active-route';
import { useCalculator } from '../../store/calculator-context';

/**
 * Everything the charts show, shaped by the domain from the store's inputs. The inputs are deferred, so
 * a slider step paints the figures first and the charts catch up at low priority.
 */
const CHART_UPDATE_MS = 250;

export type ChartsData = ReturnType<typeof buildChartsData>;

export function useChartsData(): ChartsData {
  // Charts follow the workload at most 4 times a second while a slider moves, at low priority.
  const workload = useDeferredValue(
    useThrottledValue(
      useCalculator((state) => state.workload),
      CHART_UPDATE_MS,
    ),
  );
  const routes = useCalculator((state) => state.routes);
  const priceOverrides = useDeferredValue(useCalculator((state) => state.priceOverrides));
  const pinnedRouteIds = useDeferredValue(useCalculator((state) => state.pinnedRouteIds));
  const routeFilter = useDeferredValue(useCalculator((state) => state.routeFilter));
  const active = useDeferredValue(useActiveRoute());

  return useMemo(
    () => buildChartsData({ routes, workload, priceOverrides, pinnedRouteIds, routeFilter }, active),
    [routes, workload, priceOverrides, pinnedRouteIds, routeFilter, active],
  );
}

function buildChartsData(inputs: ChartRouteInputs, active: ActiveRoute) {
  const { workload } = inputs;
  const prices = toRoutePrices(active.prices);
  const selection = selectChartRoutes(inputs);
  return {
    scenario: `${describeScenario(workload)}; ${routeLabel(active.route)}.`,
    activeLabel: routeLabel(active.route),
    selection,
    split: buildSplitChart(costWorkload(workload, prices)),
    routeSplit: buildRouteSplitChart(selection),
    volume: buildVolumeChart(selection, workload),
    cacheRate: buildCacheRateChart(selection, workload),
    tornado: buildTornadoChart(workload, prices),
  };
}
