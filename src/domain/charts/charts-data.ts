/**
 * Everything the charts show, from the scenario and the routes, by the same engine as the rest of the
 * page: the bill's split and its drivers (every endpoint on its own route), and the shown routes'
 * split, volume and cache-rate lines (every endpoint moved to each route).
 */
import { billScenario } from '../cost/bill-scenario';
import { describeScenario } from '../workload/describe-shape';
import { buildCacheRateChart } from './cache-rate-chart';
import { type ChartRouteInputs, selectChartRoutes } from './chart-routes';
import { buildRouteSplitChart } from './route-split-chart';
import { buildSplitChart } from './split-chart';
import { buildTornadoChart } from './tornado-chart';
import { buildVolumeChart } from './volume-chart';

export type ChartsData = ReturnType<typeof buildChartsData>;

export function buildChartsData(inputs: ChartRouteInputs) {
  const selection = selectChartRoutes(inputs);
  const bill = billScenario(inputs.scenario, inputs.routes);
  const { endpoints } = inputs.scenario;
  const shapes = endpoints.map((endpoint) => endpoint.shape);
  const { routeNames } = bill;
  return {
    scenario: `${describeScenario(endpoints)}; ${routeNames.join(', ')}.`,
    /** With one route name, it is the active route's. */
    activeLabel: routeNames.length === 1 ? (routeNames[0] ?? '') : 'the routes chosen for each endpoint',
    selection,
    split: buildSplitChart(bill),
    routeSplit: buildRouteSplitChart(selection),
    volume: buildVolumeChart(selection, shapes),
    cacheRate: buildCacheRateChart(selection, shapes),
    tornado: buildTornadoChart(bill),
  };
}
