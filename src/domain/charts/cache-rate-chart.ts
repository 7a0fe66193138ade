/** Chart 4: cost against the cache hit rate on each shown route, and where rankings flip. */
import { scenarioCacheHitRate } from '../cost/bill-scenario';
import { formatCents, formatUsd } from '../money/format-money';
import { formatPercent } from '../money/format-number';
import { compareFractions, type Fraction } from '../money/fraction';
import { divideRounded, UNITS_PER_CENT } from '../money/money';
import type { TextTable } from '../text-table';
import { withCacheHitRate } from '../workload/shape-mix';
import type { ShapeList } from '../workload/shapes';
import { type CacheLine, cacheLine, findCrossing } from './cache-crossing';
import { type ChartRoute, type ChartRouteSelection, markedLabel, monthlyOnRoute } from './chart-routes';
import { type AxisTicks, linearAxis } from './chart-scale';
import { plottedValues, type SeriesPoint, toPlotDollars } from './plot-values';
export interface Crossover {
  /** The route that is cheaper above the crossing (its cost rises more slowly with cache hits). */
  readonly cheaperAbove: ChartRoute;
  readonly cheaperBelow: ChartRoute;
  readonly percent: Fraction;
  readonly cost: Fraction;
  readonly percentText: string;
  readonly costText: string;
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

export interface CacheRateChart {
  readonly points: readonly SeriesPoint[];
  readonly current: number;
  /** The cost axis: linear, from $0 to a round amount at or above the dearest point (linearAxis). */
  readonly yAxis: AxisTicks;
  /** Numbered 1, 2, … in this order (by cache hit rate). */
  readonly crossovers: readonly Crossover[];
  /** Where lines cross, each place once (one line crossing two identical ones crosses both there). */
  readonly crossingPoints: readonly { readonly x: number; readonly y: number }[];
  readonly caption: string;
  readonly table: TextTable;
  readonly crossoverTable: TextTable;
}

export const CACHE_RATE_STEPS: readonly number[] = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

export function buildCacheRateChart(selection: ChartRouteSelection, shapes: ShapeList): CacheRateChart {
  const routes = selection.routes;
  const points = CACHE_RATE_STEPS.map((percent): SeriesPoint => {
    const values: Record<string, number | null> = {};
    const texts: Record<string, string> = {};
    const atRate = withCacheHitRate(shapes, percent);
    for (const chartRoute of routes) {
      const monthly = monthlyOnRoute(atRate, chartRoute.row.tariff);
      values[chartRoute.key] = toPlotDollars(monthly);
      texts[chartRoute.key] = formatUsd(monthly);
    }
    return { x: percent, values, texts, xText: `${percent}%` };
  });
  const lines = routes.map((chartRoute) => cacheLine(shapes, chartRoute.row.tariff));
  const firstRow = routes[0]?.row;
  const crossovers: Crossover[] = [];
  routes.forEach((first, i) => {
    routes.slice(i + 1).forEach((second, offset) => {
      const a = lines[i] as CacheLine;
      const b = lines[i + 1 + offset] as CacheLine;
      const meeting = findCrossing(a, b);
      if (meeting.kind !== 'crossing') return;
      const aCheaperAbove = a.atFull - a.atZero < b.atFull - b.atZero;
      crossovers.push(
        describeCrossover(aCheaperAbove ? first : second, aCheaperAbove ? second : first, meeting),
      );
    });
  });
  crossovers.sort(
    (x, y) => compareFractions(x.percent, y.percent) || x.cheaperAbove.index - y.cheaperAbove.index,
  );
  return {
    points,
    yAxis: linearAxis(plottedValues(points)),
    current: firstRow ? scenarioCacheHitRate(firstRow.bill) : (shapes[0]?.cacheHitRatePercent ?? 0),
    crossovers,
    crossingPoints: crossovers
      .filter(
        (c, index) =>
          crossovers.findIndex(
            (other) =>
              compareFractions(other.percent, c.percent) === 0 && compareFractions(other.cost, c.cost) === 0,
          ) === index,
      )
      .map((c) => ({ x: c.x, y: c.y })),
    caption: describeCrossovers(routes.length, crossovers),
    table: {
      columns: ['Cache hit rate', ...routes.map(markedLabel)],
      rows: points.map((point) => [point.xText, ...routes.map((route) => point.texts[route.key] ?? '')]),
    },
    crossoverTable: {
      columns: ['Cache hit rate', 'Cheaper above', 'Cheaper below', 'Monthly cost there'],
      rows: crossovers.map((c) => [
        c.percentText,
        markedLabel(c.cheaperAbove),
        markedLabel(c.cheaperBelow),
        c.costText,
      ]),
    },
  };
}

function describeCrossover(
  cheaperAbove: ChartRoute,
  cheaperBelow: ChartRoute,
  meeting: { readonly percent: Fraction; readonly cost: Fraction },
): Crossover {
  const percentText = formatPercent(
    divideRounded(meeting.percent.numerator * 100n, meeting.percent.denominator),
  );
  const costText = formatCents(
    divideRounded(meeting.cost.numerator, meeting.cost.denominator * UNITS_PER_CENT),
  );
  return {
    cheaperAbove,
    cheaperBelow,
    percent: meeting.percent,
    cost: meeting.cost,
    percentText,
    costText,
    x: Number(divideRounded(meeting.percent.numerator * 1_000_000n, meeting.percent.denominator)) / 1_000_000,
    y: toPlotDollars(divideRounded(meeting.cost.numerator, meeting.cost.denominator)),
    label: `${markedLabel(cheaperAbove)} overtakes ${markedLabel(cheaperBelow)} at ${percentText} cache hits (${costText} a month)`,
  };
}

function describeCrossovers(routeCount: number, crossovers: readonly Crossover[]): string {
  if (routeCount < 2) return 'With fewer than two routes there is no ranking to flip.';
  const [first] = crossovers;
  if (!first) return 'No ranking flips between 0% and 100% cache hits among these routes.';
  const count = crossovers.length === 1 ? 'One ranking flips' : `${crossovers.length} rankings flip`;
  return `${count} as the cache hit rate grows: first, ${first.label}.`;
}
