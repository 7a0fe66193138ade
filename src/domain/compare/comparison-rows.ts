/**
 * Every route costed for the whole scenario (every endpoint's workload sent through that route), ranked.
 * The rules:
 * - each route is costed with the same engine as the breakdown, with the user's price overrides;
 * - a route fits when every endpoint's largest call fits its context window and max output (fit.ts),
 *   and is known to fit when the limits those calls need are published (known-fit.ts);
 * - ranks and "times the cheapest" follow rank-routes.ts: known fits first, routes that may not fit
 *   (a limit not published) after them, routes that do not fit never ranked;
 * - every route's monthly total, fit and rank are worked out at once; its summed bill, blends and total
 *   with extras when first read, to the same figures (a 5,000-route sheet shows one page of them).
 */
import { type DisplayCurrency, formatScaled, plainScaled } from '../billing/display-currency';
import { totalWithExtras } from '../billing/extras-bill';
import type { BillingExtras } from '../billing/extras-input';
import {
  type BillInputs,
  billOnRoute,
  type PricedOnRoute,
  priceOnRoute,
  type ScenarioBill,
} from '../cost/bill-scenario';
import { prepareShape, retryBufferOf } from '../cost/engine';
import type { Tariff } from '../cost/tariff';
import type { Fraction } from '../money/fraction';
import { type Money, UNITS_PER_MICRO_DOLLAR } from '../money/money';
import { type PriceTexts, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import type { Endpoint } from '../scenario/endpoint';
import type { FitProblem } from '../workload/fit';
import { findCallsFitProblems } from '../workload/fit';
import {
  type FitVerdict,
  findUnpublishedLimits,
  fitVerdict,
  type UnpublishedLimit,
} from '../workload/known-fit';
import { largestCallAsWorkload } from '../workload/shape-tokens';
import type { Workload } from '../workload/workload';
import { cheapestKnownFitCost, isCheapestKnownFit, ranksOfRoutes, timesCheapestOf } from './rank-routes';

export interface ComparisonRow {
  readonly route: Route;
  readonly prices: PriceTexts;
  /** Everything the route bills at those prices: what the charts cost other workloads on. */
  readonly tariff: Tariff;
  readonly isCustomPrice: boolean;
  /** The monthly cost: `bill.monthly`, known without summing the endpoints' bills. */
  readonly monthly: Money;
  /** Every endpoint of the scenario on this route. */
  readonly bill: ScenarioBill;
  readonly fitProblems: readonly FitProblem[];
  /** Limits the workload needs that the route does not publish. */
  readonly unpublishedLimits: readonly UnpublishedLimit[];
  readonly fit: FitVerdict;
  /** 1 for the cheapest known fit(s), routes that may not fit after every known fit; null for routes that do not fit. */
  readonly rank: number | null;
  /** Monthly cost ÷ the cheapest known fit's monthly cost, as an exact fraction; null when undefined. */
  readonly timesCheapest: Fraction | null;
  /** USD per 1M tokens at 3 input : 1 output (list input price), exact in Money per 1M tokens. */
  readonly blendedThreeToOne: Money;
  /** What one million tokens of this workload's own mix cost on this route (retry buffer excluded). */
  readonly blendedForMix: Fraction | null;
  /** The monthly cost with the provider's platform fee and tax, in the display currency; null without extras. */
  readonly withExtras: ExtrasFigure | null;
  /** True for your own route shown although the filters leave it out (ownRowOutsideFilters). */
  readonly outsideFilters?: boolean;
}

/** The monthly cost with fees and tax: its exact amount (the sort key), and its text, written when read. */
export interface ExtrasFigure {
  readonly text: string;
  readonly plain: string;
  readonly sortKey: bigint;
}

/** True when extras change what a route costs: a platform fee, tax, or another currency. */
export function extrasApply(extras: BillingExtras): boolean {
  return extras.platformFees.size > 0 || extras.taxHundredths > 0n || extras.currency.code !== 'USD';
}

function blendedThreeToOne(prices: PriceTexts): Money {
  const { inputPerMillion, outputPerMillion } = toRoutePrices(prices);
  return ((3n * inputPerMillion + outputPerMillion) * UNITS_PER_MICRO_DOLLAR) / 4n;
}

/**
 * (monthly − retry buffer) per token × 1M = Money per 1M tokens, over every endpoint: tokens, totals and
 * buffers add up as in the summed bill (sumBills), each endpoint's from its own total (priceShape's).
 */
function blendedForMix(priced: PricedOnRoute): Fraction | null {
  let tokens = 0n;
  let withoutBuffer = 0n;
  priced.prepared.forEach((shape, index) => {
    const { input, cachedInput, output, reasoning } = shape.tokens;
    const monthly = priced.monthlies[index] ?? 0n;
    tokens += input + cachedInput + output + reasoning;
    withoutBuffer += monthly - retryBufferOf(shape, monthly);
  });
  if (tokens === 0n) return null;
  return { numerator: withoutBuffer * 1_000_000n, denominator: tokens };
}

class ExtrasAmount implements ExtrasFigure {
  readonly sortKey: bigint;
  readonly #currency: DisplayCurrency;
  #text: string | undefined;
  #plain: string | undefined;

  constructor(monthly: Money, providerName: string, extras: BillingExtras) {
    this.sortKey = totalWithExtras(monthly, providerName, extras);
    this.#currency = extras.currency;
  }

  get text(): string {
    this.#text ??= formatScaled(this.sortKey, this.#currency);
    return this.#text;
  }

  get plain(): string {
    this.#plain ??= plainScaled(this.sortKey, this.#currency);
    return this.#plain;
  }
}

/** Whether the workload's largest calls fit a route: the same for every route with the same limits. */
interface RouteFit {
  readonly fitProblems: readonly FitProblem[];
  readonly unpublishedLimits: readonly UnpublishedLimit[];
  readonly fit: FitVerdict;
}

function fitsOf(largestCalls: readonly Workload[]): (route: Route) => RouteFit {
  const byLimits = new Map<number | null, Map<number | null, RouteFit>>();
  return (route) => {
    let byMaxOutput = byLimits.get(route.contextWindow);
    if (!byMaxOutput) {
      byMaxOutput = new Map();
      byLimits.set(route.contextWindow, byMaxOutput);
    }
    let known = byMaxOutput.get(route.maxOutput);
    if (!known) {
      const fitProblems = findCallsFitProblems(largestCalls, route);
      const unpublishedLimits = findUnpublishedLimits(largestCalls, route);
      known = { fitProblems, unpublishedLimits, fit: fitVerdict(fitProblems, unpublishedLimits) };
      byMaxOutput.set(route.maxOutput, known);
    }
    return known;
  };
}

/** What the rows of one build share: the scenario's endpoints, the extras, the cheapest known fit. */
interface Build {
  readonly endpoints: readonly Endpoint[];
  readonly extras: BillingExtras | null;
  /** The cheapest known fit's monthly cost, for "× cheapest" (set once the rows are ranked). */
  cheapest: Money | undefined;
}

/** The figures a row works out only when they are read. */
interface LaterFigures {
  bill?: ScenarioBill;
  timesCheapest?: Fraction | null;
  blendedThreeToOne?: Money;
  blendedForMix?: Fraction | null;
  withExtras?: ExtrasFigure | null;
}

/**
 * A route's row. What ranking and sorting by cost need (each endpoint's total, the monthly total, the
 * fit and the rank) is worked out for every route; the rest (the summed bill, the blends, the total
 * with extras) only when read, once: a 5,000-route sheet sorts and shows its first page without
 * billing 5,000 routes in full.
 */
class CostedRow implements ComparisonRow {
  readonly isCustomPrice: boolean;
  /** Set once every row of the build is costed (ranks are among them). */
  rank: number | null = null;
  readonly outsideFilters?: boolean;
  readonly #priced: PricedOnRoute;
  readonly #fit: RouteFit;
  readonly #build: Build;
  #later: LaterFigures | undefined;

  constructor(priced: PricedOnRoute, fit: RouteFit, build: Build, isCustomPrice: boolean, outside = false) {
    this.#priced = priced;
    this.#fit = fit;
    this.#build = build;
    this.isCustomPrice = isCustomPrice;
    if (outside) this.outsideFilters = true;
  }

  get route(): Route {
    return this.#priced.route;
  }

  get prices(): PriceTexts {
    return this.#priced.prices;
  }

  get tariff(): Tariff {
    return this.#priced.tariff;
  }

  get monthly(): Money {
    return this.#priced.monthly;
  }

  get fitProblems(): readonly FitProblem[] {
    return this.#fit.fitProblems;
  }

  get unpublishedLimits(): readonly UnpublishedLimit[] {
    return this.#fit.unpublishedLimits;
  }

  get fit(): FitVerdict {
    return this.#fit.fit;
  }

  #figures(): LaterFigures {
    this.#later ??= {};
    return this.#later;
  }

  get bill(): ScenarioBill {
    const figures = this.#figures();
    figures.bill ??= billOnRoute(this.#build.endpoints, this.#priced);
    return figures.bill;
  }

  get timesCheapest(): Fraction | null {
    const figures = this.#figures();
    if (figures.timesCheapest === undefined)
      figures.timesCheapest = timesCheapestOf(this.monthly, this.#build.cheapest);
    return figures.timesCheapest;
  }

  get blendedThreeToOne(): Money {
    const figures = this.#figures();
    figures.blendedThreeToOne ??= blendedThreeToOne(this.prices);
    return figures.blendedThreeToOne;
  }

  get blendedForMix(): Fraction | null {
    const figures = this.#figures();
    if (figures.blendedForMix === undefined) figures.blendedForMix = blendedForMix(this.#priced);
    return figures.blendedForMix;
  }

  get withExtras(): ExtrasFigure | null {
    const figures = this.#figures();
    if (figures.withExtras === undefined) {
      const { extras } = this.#build;
      figures.withExtras =
        extras === null ? null : new ExtrasAmount(this.monthly, this.route.providerName, extras);
    }
    return figures.withExtras;
  }
}

/** Every route of `routes` costed (not yet ranked), sharing `build`. */
function costRows(
  routes: readonly Route[],
  scenario: BillInputs,
  build: Build,
  outside = false,
): CostedRow[] {
  const prepared = scenario.endpoints.map((endpoint) => prepareShape(endpoint.shape));
  const fitOf = fitsOf(scenario.endpoints.map((endpoint) => largestCallAsWorkload(endpoint.shape)));
  const overrides = scenario.priceOverrides;
  return routes.map(
    (route) =>
      new CostedRow(
        priceOnRoute(scenario, route, prepared),
        fitOf(route),
        build,
        overrides[route.id] !== undefined,
        outside,
      ),
  );
}

export function buildComparisonRows(
  routes: readonly Route[],
  scenario: BillInputs,
  extras: BillingExtras | null = null,
): ComparisonRow[] {
  const build: Build = { endpoints: scenario.endpoints, extras, cheapest: undefined };
  const rows = costRows(routes, scenario, build);
  const ranks = ranksOfRoutes(rows);
  build.cheapest = cheapestKnownFitCost(rows);
  rows.forEach((row, index) => {
    row.rank = ranks[index] ?? null;
  });
  return rows;
}

/**
 * Your route when the filters leave it out of `shown`, so the table can still show it: costed the same
 * way, never ranked (ranks are among the routes the filters show), "× cheapest" against the cheapest
 * known fit shown. Null when it is among them, or unknown.
 */
export function ownRowOutsideFilters(
  own: Route | undefined,
  shown: readonly ComparisonRow[],
  scenario: BillInputs,
  extras: BillingExtras | null = null,
): ComparisonRow | null {
  if (own === undefined || shown.some((row) => row.route.id === own.id)) return null;
  const cheapest = shown.find(isCheapestKnownFit)?.monthly;
  const [row] = costRows([own], scenario, { endpoints: scenario.endpoints, extras, cheapest }, true);
  return row ?? null;
}

/**
 * The routes as the table lists them, and as its CSV and Markdown carry them: your route first when the
 * filters show it, then the rest in `sorted` order; your route shown only as a reminder (outside the
 * filters) is not among them.
 */
export function inTableOrder(sorted: readonly ComparisonRow[], ownRouteId: string): ComparisonRow[] {
  const shown = sorted.filter((row) => row.outsideFilters !== true);
  const own = shown.find((row) => row.route.id === ownRouteId);
  return own ? [own, ...shown.filter((row) => row !== own)] : shown;
}

/** The table's summary: how many routes are shown and the cheapest that fits, or why there is none. */
export function describeComparison(rows: readonly ComparisonRow[]): string {
  if (rows.length === 0) return 'No route matches these filters.';
  const shown = `${rows.length} ${rows.length === 1 ? 'route' : 'routes'} shown`;
  const cheapest = rows.find(isCheapestKnownFit);
  if (cheapest) return `${shown}. Cheapest that fits: ${routeName(cheapest.route)}.`;
  return rows.some((row) => row.fit === 'may-not-fit')
    ? `${shown}; none is known to hold this workload (limits not published).`
    : `${shown}; none can hold this workload.`;
}
