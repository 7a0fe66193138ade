/**
 * Which routes the comparison charts show: the pinned ones (in pin order), or else the five cheapest
 * routes known to fit among those the table's filter shows; and a month of shapes on one of them.
 */
import { buildComparisonRows, type ComparisonRow } from '../compare/comparison-rows';
import type { BillInputs } from '../cost/bill-scenario';
import { prepareShape, priceShape } from '../cost/engine';
import type { Tariff } from '../cost/tariff';
import type { Money } from '../money/money';
import { type Route, routeName } from '../rates/route';
import { filterRoutes, type RouteFilter } from '../rates/route-filter';
import type { ShapeList } from '../workload/shapes';

/** Every shape on one route's tariff: the month's total (the sum of each shape's bill). */
export function monthlyOnRoute(shapes: ShapeList, tariff: Tariff): Money {
  return shapes.reduce((total, shape) => total + priceShape(prepareShape(shape), tariff).monthly, 0n);
}
export interface ChartRoute {
  /** The series key: "r0", "r1", … in the order shown. */
  readonly key: string;
  readonly index: number;
  readonly label: string;
  readonly row: ComparisonRow;
}

export interface ChartRouteSelection {
  readonly source: 'pinned' | 'cheapest';
  readonly routes: readonly ChartRoute[];
  /** Pinned routes beyond MAX_CHART_ROUTES, which the charts leave out. */
  readonly leftOut: number;
}

export interface ChartRouteInputs {
  readonly routes: readonly Route[];
  readonly scenario: BillInputs;
  readonly pinnedRouteIds: readonly string[];
  readonly routeFilter: RouteFilter;
}

export const CHEAPEST_ROUTE_COUNT = 5;
/** A chart stays readable (and quick to draw) with this many series; more pins are left out of it. */
export const MAX_CHART_ROUTES = 12;

/**
 * The cheapest rows known to fit (their limits published and holding the workload), cheapest first
 * (ties keep table order): the charts' routes when none are pinned.
 */
export function cheapestFittingRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows
    .filter((row) => row.fit === 'fits')
    .sort((a, b) => (a.bill.monthly < b.bill.monthly ? -1 : a.bill.monthly > b.bill.monthly ? 1 : 0))
    .slice(0, CHEAPEST_ROUTE_COUNT);
}

/** Route id → series index in the charts, for rows already costed for the table. */
export function chartSeriesIndex(
  shownRows: readonly ComparisonRow[],
  pinnedRouteIds: readonly string[],
  routes: readonly Route[],
): ReadonlyMap<string, number> {
  const known = pinnedRouteIds.filter((id) => routes.some((route) => route.id === id));
  const ids =
    known.length > 0
      ? known.slice(0, MAX_CHART_ROUTES)
      : cheapestFittingRows(shownRows).map((row) => row.route.id);
  return new Map(ids.map((id, index) => [id, index]));
}

/**
 * The first MAX_CHART_ROUTES pinned routes in pin order (unknown ids skipped); with none, the five
 * cheapest fitting shown routes.
 */
export function selectChartRoutes(inputs: ChartRouteInputs): ChartRouteSelection {
  const { routes, scenario, pinnedRouteIds, routeFilter } = inputs;
  const pinned = pinnedRouteIds.flatMap((id) => routes.filter((route) => route.id === id).slice(0, 1));
  const toChartRoutes = (rows: readonly ComparisonRow[]) =>
    rows.map((row, index): ChartRoute => ({ key: `r${index}`, index, label: routeName(row.route), row }));
  if (pinned.length > 0) {
    const shown = pinned.slice(0, MAX_CHART_ROUTES);
    return {
      source: 'pinned',
      routes: toChartRoutes(buildComparisonRows(shown, scenario)),
      leftOut: pinned.length - shown.length,
    };
  }
  const cheapest = cheapestFittingRows(buildComparisonRows(filterRoutes(routes, routeFilter), scenario));
  return { source: 'cheapest', routes: toChartRoutes(cheapest), leftOut: 0 };
}
