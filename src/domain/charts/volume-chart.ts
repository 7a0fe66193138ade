/** Chart 3: cost against monthly traffic, each endpoint keeping its share of it (scaleTraffic). */
import { formatUsd } from '../money/format-money';
import { formatQuantity } from '../money/format-number';
import type { Money } from '../money/money';
import type { TextTable } from '../text-table';
import { scaleTraffic, trafficUnits } from '../workload/shape-mix';
import type { ShapeList } from '../workload/shapes';
import { type ChartRoute, type ChartRouteSelection, markedLabel, monthlyOnRoute } from './chart-routes';
import { type AxisTicks, logAxis } from './chart-scale';
import { plottedValues, type SeriesPoint, toPlotDollars } from './plot-values';

const MAX_REQUESTS = 1_000_000_000_000;

/**
 * Volumes for the x axis: 1-2-5 steps from two decades below to two decades above the current
 * volume's decade, within 1 … 10^12, with the current volume itself included (10,000 → 100 … 1,000,000).
 */
export function volumeSteps(current: number): number[] {
  const decade = current >= 1 ? String(Math.trunc(current)).length - 1 : 4;
  const low = Math.max(0, decade - 2);
  const high = Math.min(12, decade + 2);
  const steps: number[] = [];
  for (let exponent = low; exponent <= high; exponent += 1) {
    for (const mantissa of exponent === high ? [1] : [1, 2, 5]) steps.push(mantissa * 10 ** exponent);
  }
  if (current >= 1 && current <= MAX_REQUESTS && !steps.includes(current)) steps.push(current);
  return steps.sort((a, b) => a - b);
}

/**
 * The volume chart draws fewer lines than the other comparisons, since on log axes every route's line
 * has the same slope and five of them lie on top of each other: your route and the cheapest
 * VOLUME_OTHER_ROUTES of the others (ties keep the charts' order), in the charts' order.
 */
export const VOLUME_OTHER_ROUTES = 3;

export function volumeRoutes(routes: readonly ChartRoute[]): ChartRoute[] {
  const others = routes
    .filter((route) => !route.active)
    .sort((a, b) =>
      a.row.bill.monthly < b.row.bill.monthly
        ? -1
        : a.row.bill.monthly > b.row.bill.monthly
          ? 1
          : a.index - b.index,
    )
    .slice(0, VOLUME_OTHER_ROUTES);
  return routes.filter((route) => route.active || others.includes(route));
}

export interface VolumeChart {
  /** The routes drawn (volumeRoutes), each a series of `points`. */
  readonly routes: readonly ChartRoute[];
  readonly points: readonly SeriesPoint[];
  /** The current volume, marked on the axis; null when it is 0 (a log axis has no 0). */
  readonly current: number | null;
  /** Both axes are logarithmic; the cost axis is null when no cost can be plotted (all zero). */
  readonly xAxis: AxisTicks;
  readonly yAxis: AxisTicks | null;
  readonly caption: string;
  readonly table: TextTable;
}

/** What the volume axis counts: "Requests per month", or every kind of unit when shapes are mixed. */
export function trafficLabel(shapes: ShapeList): string {
  const kinds = new Set(shapes.map((shape) => shape.kind));
  if (kinds.size !== 1) return 'Requests, conversations and tasks per month';
  if (kinds.has('conversation')) return 'Conversations per month';
  return kinds.has('agent-chain') ? 'Tasks per month' : 'Requests per month';
}

/** Cost against monthly traffic, each endpoint keeping its share of it (scaleTraffic). */
export function buildVolumeChart(selection: ChartRouteSelection, shapes: ShapeList): VolumeChart {
  const routes = volumeRoutes(selection.routes);
  const today = Number(trafficUnits(shapes));
  const points = volumeSteps(today).map((units): SeriesPoint => {
    const scaled = scaleTraffic(shapes, units);
    const values: Record<string, number | null> = {};
    const texts: Record<string, string> = {};
    for (const chartRoute of routes) {
      const monthly = monthlyOnRoute(scaled, chartRoute.row.tariff);
      // Below 10^-8 $ a cost rounds to 0 as a float, and a log axis has no 0: it is not plotted.
      const plotted = toPlotDollars(monthly);
      values[chartRoute.key] = plotted > 0 ? plotted : null;
      texts[chartRoute.key] = formatUsd(monthly);
    }
    return { x: units, values, texts, xText: formatQuantity(units, 0) };
  });
  const current = today >= 1 ? today : null;
  return {
    routes,
    points,
    current,
    // volumeSteps gives at least one volume ≥ 1, so the volume axis always exists.
    xAxis: logAxis(points.map((point) => point.x)) ?? { domain: [1, 10], ticks: [1, 10] },
    yAxis: logAxis(plottedValues(points)),
    caption: describeVolume(routes, today, trafficLabel(shapes)),
    table: {
      columns: [trafficLabel(shapes), ...routes.map(markedLabel)],
      rows: points.map((point) => [
        point.x === current ? `${point.xText} (now)` : point.xText,
        ...routes.map((route) => point.texts[route.key] ?? ''),
      ]),
    },
  };
}

function describeVolume(routes: readonly ChartRoute[], today: number, label: string): string {
  const costs = routes.map((route) => route.row.bill.monthly);
  if (costs.length === 0) return 'No route to show: none of the routes shown can hold this workload.';
  const sorted = [...costs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const low = sorted[0] as Money;
  const high = sorted[sorted.length - 1] as Money;
  const range = low === high ? formatUsd(low) : `${formatUsd(low)} to ${formatUsd(high)}`;
  const plural = label.replace(/ per month$/, '').toLowerCase();
  // "1 request"; a mix of kinds keeps its list ("requests, conversations and tasks").
  const units = today === 1 && !plural.includes(',') ? plural.replace(/s$/, '') : plural;
  return (
    `At ${formatQuantity(today, 0)} ${units} a month these routes cost ${range}; ` +
    'cost grows in step with volume, so 10× the traffic costs 10× as much.'
  );
}
