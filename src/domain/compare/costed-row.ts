/**
 * A comparison row that works out its figures when they are read (comparison-rows.ts says what they
 * are). The rules:
 * - what ranking and sorting by cost need is worked out for every route at once: each endpoint's total
 *   (priceMonthly), the monthly total, the fit and the rank;
 * - the summed bill, "× cheapest", the blends and the total with extras are worked out when first read,
 *   once, to exactly the figures a full build gives (each from the same engine and formulas);
 * - routes with the same limits share one fit verdict (it depends on the limits alone).
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
import type { Route } from '../rates/route';
import type { Endpoint } from '../scenario/endpoint';
import { type FitProblem, findCallsFitProblems } from '../workload/fit';
import {
  type FitVerdict,
  findUnpublishedLimits,
  fitVerdict,
  type UnpublishedLimit,
} from '../workload/known-fit';
import { largestCallAsWorkload } from '../workload/shape-tokens';
import type { Workload } from '../workload/workload';
import type { ComparisonRow, ExtrasFigure } from './comparison-rows';
import { cheapestKnownFitCost, ranksOfRoutes, timesCheapestOf } from './rank-routes';

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

/** Every route costed, and ranked among them (buildComparisonRows). */
export function costAndRank(
  routes: readonly Route[],
  scenario: BillInputs,
  extras: BillingExtras | null,
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

/** One route costed the same way, unranked, outside the filters, "× cheapest" against `cheapest`. */
export function costOutsideFilters(
  route: Route,
  scenario: BillInputs,
  extras: BillingExtras | null,
  cheapest: Money | undefined,
): ComparisonRow | null {
  const [row] = costRows([route], scenario, { endpoints: scenario.endpoints, extras, cheapest }, true);
  return row ?? null;
}
