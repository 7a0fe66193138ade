/**
 * Which routes the comparison charts show: the pinned ones (in pin order), or else the five cheapest
 * routes known to fit among those the table's filter shows; your route (the selected endpoint's) is
 * always among them, added last when it is not one of those; and a month of shapes on one of them.
 */
import { buildComparisonRows, type ComparisonRow } from '../compare/comparison-rows';
import type { BillInputs } from '../cost/bill-scenario';
import { prepareShape, priceShape } from '../cost/engine';
import type { Tariff } from '../cost/tariff';
import type { Money } from '../money/money';
import { providerLabel, type Route, routeName } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
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
  /** The selected endpoint's route: the charts mark it "Your route". */
  readonly active: boolean;
}

/** How the charts mark the selected endpoint's route, in words (never by colour alone). */
export const YOUR_ROUTE = 'Your route';

export interface ChartRouteSelection {
  readonly source: 'pinned' | 'cheapest';
  readonly routes: readonly ChartRoute[];
  /** Pinned routes beyond MAX_CHART_ROUTES, which the charts leave out. */
  readonly leftOut: number;
  /** True when your route is not one of those routes, so it was added after them. */
  readonly activeAdded: boolean;
}

export interface ChartRouteInputs {
  readonly routes: readonly Route[];
  readonly scenario: BillInputs;
  readonly pinnedRouteIds: readonly string[];
  readonly routeFilter: RouteFilter;
  /** The selected endpoint's route id (an unknown id means the sheet's first route, as in the bill). */
  readonly activeRouteId: string | null;
}

export const CHEAPEST_ROUTE_COUNT = 5;
/** A chart stays readable (and quick to draw) with this many series; more pins are left out of it. */
export const MAX_CHART_ROUTES = 12;

/**
 * The cheapest rows known to fit (their limits published and holding the workload), cheapest first
 * (ties keep table order): the charts' routes when none are pinned.
 */
export function cheapestFittingRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  // The five kept in order as the rows pass (a stable sort's first five, without sorting them all).
  const cheapest: ComparisonRow[] = [];
  for (const row of rows) {
    if (row.fit !== 'fits') continue;
    const last = cheapest[CHEAPEST_ROUTE_COUNT - 1];
    if (last !== undefined && row.monthly >= last.monthly) continue;
    let at = cheapest.length;
    while (at > 0 && (cheapest[at - 1] as ComparisonRow).monthly > row.monthly) at -= 1;
    cheapest.splice(at, 0, row);
    if (cheapest.length > CHEAPEST_ROUTE_COUNT) cheapest.pop();
  }
  return cheapest;
}

/** Route id → series index in the charts, for rows already costed for the table. */
export function chartSeriesIndex(
  shownRows: readonly ComparisonRow[],
  pinnedRouteIds: readonly string[],
  routes: readonly Route[],
  activeRouteId: string | null = null,
): ReadonlyMap<string, number> {
  const known = pinnedRouteIds.filter((id) => routes.some((route) => route.id === id));
  const ids =
    known.length > 0
      ? known.slice(0, MAX_CHART_ROUTES)
      : cheapestFittingRows(shownRows).map((row) => row.route.id);
  const active = activeRoute(routes, activeRouteId);
  if (active && !ids.includes(active.id)) ids.push(active.id);
  return new Map(ids.map((id, index) => [id, index]));
}

/** The route the bill puts the selected endpoint on (routeInForce): its own, else the sheet's first. */
function activeRoute(routes: readonly Route[], activeRouteId: string | null): Route | undefined {
  if (activeRouteId === null) return undefined;
  return findRoute(routes, activeRouteId) ?? routes[0];
}

/** A route's name as a data table writes it: your route's says so. */
export function markedLabel(route: ChartRoute): string {
  return route.active ? `${route.label} (${YOUR_ROUTE.toLowerCase()})` : route.label;
}

/**
 * A route's name as a chart label, a line or two: "via" its host, headed by the model's name unless
 * every route drawn beside it is of the same model; your route's headed "Your route".
 */
export function chartLabelLines(route: ChartRoute, drawn: readonly ChartRoute[]): string[] {
  const { modelName } = route.row.route;
  const host = `via ${providerLabel(route.row.route)}`;
  const name = drawn.every((other) => other.row.route.modelName === modelName) ? [host] : [modelName, host];
  return route.active ? [YOUR_ROUTE, ...name] : name;
}

/**
 * The first MAX_CHART_ROUTES pinned routes in pin order (unknown ids skipped); with none, the five
 * cheapest fitting shown routes. Your route is marked where it is among them, and added after them
 * (whatever the filter, whether it fits or not) where it is not, so it appears once in every chart.
 */
export function selectChartRoutes(inputs: ChartRouteInputs): ChartRouteSelection {
  const { routes, scenario, pinnedRouteIds, routeFilter } = inputs;
  const active = activeRoute(routes, inputs.activeRouteId);
  const pinned = pinnedRouteIds.flatMap((id) => routes.filter((route) => route.id === id).slice(0, 1));
  const isAdded = (rows: readonly ComparisonRow[]) =>
    active !== undefined && !rows.some((row) => row.route.id === active.id);
  const withActive = (rows: readonly ComparisonRow[]) =>
    active && isAdded(rows) ? [...rows, ...buildComparisonRows([active], scenario)] : rows;
  const toChartRoutes = (rows: readonly ComparisonRow[]) =>
    withActive(rows).map(
      (row, index): ChartRoute => ({
        key: `r${index}`,
        index,
        label: routeName(row.route),
        row,
        active: row.route.id === active?.id,
      }),
    );
  if (pinned.length > 0) {
    const shown = buildComparisonRows(pinned.slice(0, MAX_CHART_ROUTES), scenario);
    return {
      source: 'pinned',
      routes: toChartRoutes(shown),
      leftOut: pinned.length - shown.length,
      activeAdded: isAdded(shown),
    };
  }
  const cheapest = cheapestFittingRows(buildComparisonRows(filterRoutes(routes, routeFilter), scenario));
  return { source: 'cheapest', routes: toChartRoutes(cheapest), leftOut: 0, activeAdded: isAdded(cheapest) };
}
