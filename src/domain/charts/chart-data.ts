/**
 * What the charts show, shaped from (workload, routes, prices) by the same engine as the rest of the
 * page. The rules:
 * - Money stays exact (bigint) until a figure is written; charts get floats only to place marks
 *   (`toPlotDollars`), while every caption, tooltip and "Show data" cell is written by the app's own
 *   formatters, so a chart agrees with the breakdown and the table to the cent.
 * - The routes compared are the pinned ones (in pin order), or else the five cheapest routes known to
 *   fit (limits published and holding the workload) among those the table's filter shows.
 * - Cost is linear in the cache hit rate on every route, so where two routes' costs cross is solved
 *   exactly as a fraction; parallel lines never cross, and only crossings strictly inside 0–100 % count.
 * - The tornado moves one input at a time by ±20 % (relative; the cache hit rate stops at 100 %) and
 *   reports the exact change in monthly cost, largest first.
 */

import { buildComparisonRows, type ComparisonRow } from '../compare/comparison-rows';
import { type Bill, COST_PART_LABELS, type CostPartKey } from '../cost/bill';
import {
  type BillInputs,
  type EndpointBill,
  type ScenarioBill,
  scenarioCacheHitRate,
} from '../cost/bill-scenario';
import { buildBreakdown } from '../cost/breakdown';
import { prepareShape, priceShape } from '../cost/engine';
import { formatCents, formatSigned, formatTimes, formatUsd } from '../money/format-money';
import { formatPercent, formatQuantity, formatTokens } from '../money/format-number';
import { compareFractions, type Fraction, fraction } from '../money/fraction';
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded, type Money, UNITS_PER_CENT } from '../money/money';
import { PRICE_KIND_LABELS, type RoutePrices, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import { filterRoutes, type RouteFilter } from '../rates/route-filter';
import type { TextTable } from '../text-table';
import { describeShape } from '../workload/describe-shape';
import { scaleTraffic, trafficUnits, withCacheHitRate } from '../workload/shape-mix';
import type { ShapeList } from '../workload/shapes';
import { type LogAxis, logAxis, plotNumber } from './chart-scale';

/** Every shape on one route's prices: the month's total (the sum of each shape's bill). */
function monthlyOnRoute(shapes: ShapeList, prices: RoutePrices): Money {
  return shapes.reduce((total, shape) => total + priceShape(prepareShape(shape), prices).monthly, 0n);
}

export const COST_PART_ORDER: readonly CostPartKey[] = ['input', 'cachedInput', 'output'];

// ---- numbers ----------------------------------------------------------------------------------------

/** Rounds numerator ÷ denominator (denominator > 0) to the nearest integer, halves away from zero. */
export function divideSigned(numerator: bigint, denominator: bigint): bigint {
  return numerator < 0n ? -divideRounded(-numerator, denominator) : divideRounded(numerator, denominator);
}

/** Money as dollars in a float, to 10^-8 $: for placing chart marks only, never for text. */
export function toPlotDollars(amount: Money): number {
  return plotNumber(Number(divideSigned(amount, 10n ** 16n)) / 1e8) ?? 0;
}

/** Whole cents as dollars in a float, for placing chart marks only. */
function plotCents(cents: bigint): number {
  return plotNumber(Number(cents) / 100) ?? 0;
}

// ---- the scenario, for captions of downloaded charts -------------------------------------------------

/**
 * "10,000 requests a month × 2,000 input + 500 output tokens, 0% cache hits, 0% retry buffer"; several
 * endpoints are listed by name.
 */
export function describeScenario(endpoints: readonly { name: string; shape: ShapeList[number] }[]): string {
  const [only] = endpoints;
  if (endpoints.length === 1 && only) return describeShape(only.shape);
  return endpoints.map((endpoint) => `${endpoint.name}: ${describeShape(endpoint.shape)}`).join('; ');
}

// ---- 1. input/output split of the active route -------------------------------------------------------

export interface SplitSegment {
  readonly key: CostPartKey;
  readonly label: string;
  readonly dollars: number;
  readonly amount: string;
  /** "51%", or "—" when the bill is zero. */
  readonly share: string;
  readonly tokens: string;
}

export interface SplitChart {
  readonly segments: readonly SplitSegment[];
  readonly total: string;
  readonly caption: string;
  readonly table: TextTable;
}

/** The breakdown's own figures (lines that add up to the total), as chart segments. */
export function buildSplitChart(cost: Bill): SplitChart {
  const figures = buildBreakdown(cost);
  const segments = figures.lines.map(
    (line): SplitSegment => ({
      key: line.key,
      label: COST_PART_LABELS[line.key],
      dollars: plotCents(line.amountCents),
      amount: line.amount,
      share: line.sharePercent === null ? '—' : `${line.sharePercent}%`,
      tokens: line.tokens,
    }),
  );
  const totalTokens =
    cost.tokens.input + cost.tokens.cachedInput + cost.tokens.output + cost.tokens.reasoning;
  return {
    segments,
    total: figures.monthly,
    caption: figures.dominance,
    table: {
      columns: ['Part', 'Monthly cost', 'Share', 'Tokens'],
      rows: [
        ...segments.map((segment) => [segment.label, segment.amount, segment.share, segment.tokens]),
        ['Total', figures.monthly, cost.monthly === 0n ? '—' : '100%', formatTokens(totalTokens)],
      ],
    },
  };
}

// ---- which routes the comparison charts show ---------------------------------------------------------

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

// ---- 2. split by route -------------------------------------------------------------------------------

export interface RouteSplitBar {
  readonly key: string;
  readonly label: string;
  readonly input: number;
  readonly cachedInput: number;
  readonly output: number;
  /** Reasoning, tool calls and batched traffic together (0 for a plain workload). */
  readonly extras: number;
  readonly texts: Readonly<Record<'input' | 'cachedInput' | 'output' | 'extras' | 'total', string>>;
}

export const EXTRAS_LABEL = 'Reasoning, tool calls and batch';

export interface RouteSplitChart {
  readonly bars: readonly RouteSplitBar[];
  /** True when some route's bill has reasoning, tool-call or batch lines (a fourth segment). */
  readonly hasExtras: boolean;
  readonly caption: string;
  readonly table: TextTable;
}

export function buildRouteSplitChart(selection: ChartRouteSelection): RouteSplitChart {
  const bars = selection.routes.map((chartRoute): RouteSplitBar => {
    const figures = buildBreakdown(chartRoute.row.bill);
    const cents = (key: CostPartKey) => figures.lines.find((line) => line.key === key)?.amountCents ?? 0n;
    const extras = cents('reasoning') + cents('toolFees') + cents('batch');
    return {
      key: chartRoute.key,
      label: chartRoute.label,
      input: plotCents(cents('input')),
      cachedInput: plotCents(cents('cachedInput')),
      output: plotCents(cents('output')),
      extras: plotCents(extras),
      texts: {
        input: formatCents(cents('input')),
        cachedInput: formatCents(cents('cachedInput')),
        output: formatCents(cents('output')),
        extras: formatCents(extras),
        total: figures.monthly,
      },
    };
  });
  const hasExtras = bars.some((bar) => bar.extras !== 0);
  return {
    bars,
    hasExtras,
    caption: describeRouteSpread(selection),
    table: {
      columns: [
        'Route',
        'Input',
        'Cached input',
        'Output',
        ...(hasExtras ? [EXTRAS_LABEL] : []),
        'Monthly cost',
      ],
      rows: bars.map((bar) => [
        bar.label,
        bar.texts.input,
        bar.texts.cachedInput,
        bar.texts.output,
        ...(hasExtras ? [bar.texts.extras] : []),
        bar.texts.total,
      ]),
    },
  };
}

function describeRouteSpread(selection: ChartRouteSelection): string {
  const sorted = [...selection.routes].sort((a, b) =>
    a.row.bill.monthly < b.row.bill.monthly ? -1 : a.row.bill.monthly > b.row.bill.monthly ? 1 : 0,
  );
  const cheapest = sorted[0];
  const dearest = sorted[sorted.length - 1];
  if (!cheapest || !dearest) return 'No route to show: none of the routes shown can hold this workload.';
  const cheap = `${cheapest.label} at ${formatUsd(cheapest.row.bill.monthly)} a month`;
  if (sorted.length === 1) return `${cheap}.`;
  const times =
    cheapest.row.bill.monthly === 0n
      ? ''
      : ` (${formatTimes(dearest.row.bill.monthly, cheapest.row.bill.monthly)})`;
  return `Cheapest of these: ${cheap}; dearest: ${dearest.label} at ${formatUsd(dearest.row.bill.monthly)}${times}.`;
}

// ---- 3. cost versus monthly volume -------------------------------------------------------------------

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

export interface SeriesPoint {
  readonly x: number;
  /** Plot values per series key; null where a log axis cannot show it (zero). */
  readonly values: Readonly<Record<string, number | null>>;
  readonly texts: Readonly<Record<string, string>>;
  readonly xText: string;
}

export interface VolumeChart {
  readonly points: readonly SeriesPoint[];
  /** The current volume, marked on the axis; null when it is 0 (a log axis has no 0). */
  readonly current: number | null;
  /** Both axes are logarithmic; the cost axis is null when no cost can be plotted (all zero). */
  readonly xAxis: LogAxis;
  readonly yAxis: LogAxis | null;
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
  const today = Number(trafficUnits(shapes));
  const points = volumeSteps(today).map((units): SeriesPoint => {
    const scaled = scaleTraffic(shapes, units);
    const values: Record<string, number | null> = {};
    const texts: Record<string, string> = {};
    for (const chartRoute of selection.routes) {
      const monthly = monthlyOnRoute(scaled, toRoutePrices(chartRoute.row.prices));
      // Below 10^-8 $ a cost rounds to 0 as a float, and a log axis has no 0: it is not plotted.
      const plotted = toPlotDollars(monthly);
      values[chartRoute.key] = plotted > 0 ? plotted : null;
      texts[chartRoute.key] = formatUsd(monthly);
    }
    return { x: units, values, texts, xText: formatQuantity(units, 0) };
  });
  const current = today >= 1 ? today : null;
  const costs = points.flatMap((point) => Object.values(point.values).filter((value) => value !== null));
  return {
    points,
    current,
    // volumeSteps gives at least one volume ≥ 1, so the volume axis always exists.
    xAxis: logAxis(points.map((point) => point.x)) ?? { domain: [1, 10], ticks: [1, 10] },
    yAxis: logAxis(costs),
    caption: describeVolume(selection, today, trafficLabel(shapes)),
    table: {
      columns: [trafficLabel(shapes), ...selection.routes.map((route) => route.label)],
      rows: points.map((point) => [
        point.x === current ? `${point.xText} (now)` : point.xText,
        ...selection.routes.map((route) => point.texts[route.key] ?? ''),
      ]),
    },
  };
}

function describeVolume(selection: ChartRouteSelection, today: number, label: string): string {
  const costs = selection.routes.map((route) => route.row.bill.monthly);
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

// ---- 4. cost versus cache hit rate, and where rankings flip ------------------------------------------

/** A route's monthly cost at 0 % and at 100 % cache hits; in between it is the straight line. */
export interface CacheLine {
  readonly atZero: Money;
  readonly atFull: Money;
}

export function cacheLine(shapes: ShapeList, prices: RoutePrices): CacheLine {
  return {
    atZero: monthlyOnRoute(withCacheHitRate(shapes, 0), prices),
    atFull: monthlyOnRoute(withCacheHitRate(shapes, 100), prices),
  };
}

/** The same line for endpoints on their own routes. */
function pricedCacheLine(items: readonly EndpointBill[]): CacheLine {
  const at = (percent: number) =>
    items.reduce((total, { endpoint, routePrices }) => {
      const shape = { ...endpoint.shape, cacheHitRatePercent: percent };
      return total + priceShape(prepareShape(shape), routePrices).monthly;
    }, 0n);
  return { atZero: at(0), atFull: at(100) };
}

export type LineMeeting =
  | { readonly kind: 'crossing'; readonly percent: Fraction; readonly cost: Fraction }
  | { readonly kind: 'identical' }
  | { readonly kind: 'parallel' }
  | { readonly kind: 'outside' };

/**
 * Where two cost lines meet. cost(p) = atZero + (atFull − atZero) × p / 100, so the lines meet at
 * p = 100 × (a₀ − b₀) / ((b₁ − b₀) − (a₁ − a₀)). Equal slopes: the same line, or parallel ones that never
 * meet; a meeting at or beyond 0 % or 100 % is "outside" (no ranking flips inside the range).
 */
export function findCrossing(a: CacheLine, b: CacheLine): LineMeeting {
  const slopeA = a.atFull - a.atZero;
  const slopeB = b.atFull - b.atZero;
  if (slopeA === slopeB) return a.atZero === b.atZero ? { kind: 'identical' } : { kind: 'parallel' };
  const percent = fraction(100n * (a.atZero - b.atZero), slopeB - slopeA);
  if (percent.numerator <= 0n || percent.numerator >= 100n * percent.denominator) return { kind: 'outside' };
  // cost = a₀ + slopeA × p / 100 with p = n / d: (a₀ × 100d + slopeA × n) / 100d.
  const cost = fraction(
    a.atZero * 100n * percent.denominator + slopeA * percent.numerator,
    100n * percent.denominator,
  );
  return { kind: 'crossing', percent, cost };
}

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
  readonly crossovers: readonly Crossover[];
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
      const monthly = monthlyOnRoute(atRate, toRoutePrices(chartRoute.row.prices));
      values[chartRoute.key] = toPlotDollars(monthly);
      texts[chartRoute.key] = formatUsd(monthly);
    }
    return { x: percent, values, texts, xText: `${percent}%` };
  });
  const lines = routes.map((chartRoute) => cacheLine(shapes, toRoutePrices(chartRoute.row.prices)));
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
    current: firstRow ? scenarioCacheHitRate(firstRow.bill) : (shapes[0]?.cacheHitRatePercent ?? 0),
    crossovers,
    caption: describeCrossovers(routes.length, crossovers),
    table: {
      columns: ['Cache hit rate', ...routes.map((route) => route.label)],
      rows: points.map((point) => [point.xText, ...routes.map((route) => point.texts[route.key] ?? '')]),
    },
    crossoverTable: {
      columns: ['Cache hit rate', 'Cheaper above', 'Cheaper below', 'Monthly cost there'],
      rows: crossovers.map((c) => [c.percentText, c.cheaperAbove.label, c.cheaperBelow.label, c.costText]),
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
    label: `${cheaperAbove.label} overtakes ${cheaperBelow.label} at ${percentText} cache hits (${costText} a month)`,
  };
}

function describeCrossovers(routeCount: number, crossovers: readonly Crossover[]): string {
  if (routeCount < 2) return 'With fewer than two routes there is no ranking to flip.';
  const [first] = crossovers;
  if (!first) return 'No ranking flips between 0% and 100% cache hits among these routes.';
  const count = crossovers.length === 1 ? 'One ranking flips' : `${crossovers.length} rankings flip`;
  return `${count} as the cache hit rate grows: first, ${first.label}.`;
}

// ---- 5. what drives the bill (tornado) ---------------------------------------------------------------

export type DriverKey =
  | 'requests'
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheHitRate'
  | 'inputPrice'
  | 'cachedInputPrice'
  | 'outputPrice';

export const DRIVER_LABELS: Readonly<Record<DriverKey, string>> = {
  requests: 'Requests per month',
  inputTokens: 'Input tokens per request',
  outputTokens: 'Output tokens per request',
  cacheHitRate: 'Cache hit rate',
  inputPrice: `${PRICE_KIND_LABELS.input} price`,
  cachedInputPrice: `${PRICE_KIND_LABELS.cachedInput} price`,
  outputPrice: `${PRICE_KIND_LABELS.output} price`,
};

const DRIVER_ORDER = Object.keys(DRIVER_LABELS) as DriverKey[];

export interface TornadoBar {
  readonly key: DriverKey;
  readonly label: string;
  /** Exact change in monthly cost × 50,000 (Money units), for −20 % and +20 %. */
  readonly downExact: Money;
  readonly upExact: Money;
  readonly downCents: bigint;
  readonly upCents: bigint;
  readonly down: number;
  readonly up: number;
  readonly downText: string;
  readonly upText: string;
}

export interface TornadoChart {
  readonly bars: readonly TornadoBar[];
  readonly caption: string;
  readonly table: TextTable;
}

/** Deltas are kept over this common denominator: ±20 % is ×1/5, and a hit rate is in 1/10,000ths. */
const TORNADO_DENOMINATOR = 50_000n;

/**
 * Each driver scales some parts of the bill in proportion, so ±20 % of it changes the bill by ±1/5 of
 * those parts: traffic the whole bill; input tokens input and cached input; output tokens the output;
 * the output price the output and reasoning; the input price the input (and cache hits too on routes
 * with no cached price). The cache hit rate moves along the bill's cost line, and stops at 100 %.
 * Endpoints keep their own routes; batched traffic and tool fees move only with traffic.
 */
export function buildTornadoChart(cost: ScenarioBill): TornadoChart {
  const bills = cost.endpoints;
  const sum = (part: (item: EndpointBill) => Money) => bills.reduce((total, item) => total + part(item), 0n);
  const noCached = (item: EndpointBill) => item.routePrices.cachedInputPerMillion === null;
  const line = pricedCacheLine(bills);
  const slope = line.atFull - line.atZero;
  const hit = percentToHundredths(scenarioCacheHitRate(cost));
  const fifth = TORNADO_DENOMINATOR / 5n;
  const { input, cachedInput, output, reasoning } = cost.parts;
  const symmetric: Record<Exclude<DriverKey, 'cacheHitRate'>, Money> = {
    requests: cost.monthly * fifth,
    inputTokens: (input + cachedInput) * fifth,
    outputTokens: output * fifth,
    inputPrice:
      sum((item) => item.bill.parts.input + (noCached(item) ? item.bill.parts.cachedInput : 0n)) * fifth,
    cachedInputPrice: sum((item) => (noCached(item) ? 0n : item.bill.parts.cachedInput)) * fifth,
    outputPrice: (output + reasoning) * fifth,
  };
  const exact = (key: DriverKey): [Money, Money] =>
    key === 'cacheHitRate'
      ? [-slope * hit, slope * (hit < 5n * (WHOLE - hit) ? hit : 5n * (WHOLE - hit))]
      : [-symmetric[key], symmetric[key]];
  const toCents = (amount: Money) => divideSigned(amount, TORNADO_DENOMINATOR * UNITS_PER_CENT);
  const bars = DRIVER_ORDER.map((key): TornadoBar => {
    const [downExact, upExact] = exact(key);
    const downCents = toCents(downExact);
    const upCents = toCents(upExact);
    return {
      key,
      label: DRIVER_LABELS[key],
      downExact,
      upExact,
      downCents,
      upCents,
      down: plotCents(downCents),
      up: plotCents(upCents),
      downText: formatSigned(downCents, formatCents),
      upText: formatSigned(upCents, formatCents),
    };
  });
  const impact = (bar: TornadoBar) => {
    const down = bar.downExact < 0n ? -bar.downExact : bar.downExact;
    const up = bar.upExact < 0n ? -bar.upExact : bar.upExact;
    return down > up ? down : up;
  };
  // Largest impact first; equal impacts keep the order of the inputs on the page (a stable sort).
  bars.sort((a, b) => {
    const difference = impact(b) - impact(a);
    return difference > 0n ? 1 : difference < 0n ? -1 : 0;
  });
  return {
    bars,
    caption: describeTornado(bars, formatUsd(cost.monthly)),
    table: {
      columns: ['Input', 'Change at −20%', 'Change at +20%'],
      rows: bars.map((bar) => [bar.label, bar.downText, bar.upText]),
    },
  };
}

function describeTornado(bars: readonly TornadoBar[], monthly: string): string {
  const [top] = bars;
  if (!top || (top.downExact === 0n && top.upExact === 0n)) {
    return `No input moves this bill of ${monthly}: it sends no billable tokens.`;
  }
  const largest = top.upCents < 0n ? -top.upCents : top.upCents;
  const smallest = top.downCents < 0n ? -top.downCents : top.downCents;
  const change = largest === smallest ? `±${formatCents(largest)}` : `${top.downText} / ${top.upText}`;
  return `${top.label} moves this ${monthly} bill most: ±20% of it changes the bill by ${change} a month.`;
}
