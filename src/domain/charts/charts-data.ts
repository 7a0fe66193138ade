/**
 * Everything the charts show, from the scenario and the routes, by the same engine as the rest of the
 * page: the bill's split and its drivers (every endpoint on its own route), and the shown routes'
 * split, volume and cache-rate lines (every endpoint moved to each route). The two halves are built
 * apart, so a change that only moves the compared routes (a pin, the table's filter) keeps the bill's
 * charts as they were.
 */
import { type BillInputs, billScenario } from '../cost/bill-scenario';
import type { Route } from '../rates/route';
import { describeScenario } from '../workload/describe-shape';
import { buildCacheRateChart } from './cache-rate-chart';
import { type ChartRouteInputs, selectChartRoutes } from './chart-routes';
import { buildRouteSplitChart } from './route-split-chart';
import { buildSplitChart } from './split-chart';
import { buildTornadoChart } from './tornado-chart';
import { buildVolumeChart } from './volume-chart';

export type BillCharts = ReturnType<typeof buildBillCharts>;
export type RouteCharts = ReturnType<typeof buildRouteCharts>;
export type ChartsData = BillCharts & RouteCharts;

/** The charts of the bill itself: where the money goes and what drives it, with the scenario in words. */
export function buildBillCharts(scenario: BillInputs, routes: readonly Route[]) {
  const bill = billScenario(scenario, routes);
  const { routeNames } = bill;
  return {
    scenario: `${describeScenario(scenario.endpoints)}; ${routeNames.join(', ')}.`,
    /** With one route name, it is the active route's. */
    activeLabel: routeNames.length === 1 ? (routeNames[0] ?? '') : 'the routes chosen for each endpoint',
    split: buildSplitChart(bill),
    tornado: buildTornadoChart(bill),
  };
}

/** The charts that compare routes: cost by route, versus volume and versus cache hit rate. */
export function buildRouteCharts(inputs: ChartRouteInputs) {
  const selection = selectChartRoutes(inputs);
  const shapes = inputs.scenario.endpoints.map((endpoint) => endpoint.shape);
  return {
    selection,
    routeSplit: buildRouteSplitChart(selection),
    volume: buildVolumeChart(selection, shapes),
    cacheRate: buildCacheRateChart(selection, shapes),
  };
}
