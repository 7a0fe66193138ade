/**
 * Every route costed for the whole scenario (every endpoint's workload sent through that route), ranked.
 * The rules:
 * - each route is costed with the same engine as the breakdown, with the user's price overrides;
 * - a route fits when every endpoint's largest call fits its context window and max output (fit.ts),
 *   and is known to fit when the limits those calls need are published (known-fit.ts);
 * - ranks and "times the cheapest" follow rank-routes.ts: known fits first, routes that may not fit
 *   (a limit not published) after them, routes that do not fit never ranked.
 */
import { formatScaled, plainScaled } from '../billing/display-currency';
import { totalWithExtras } from '../billing/extras-bill';
import type { BillingExtras } from '../billing/extras-input';
import type { Bill } from '../cost/bill';
import { type BillInputs, billScenario, type ScenarioBill } from '../cost/bill-scenario';
import { routeTariff, type Tariff } from '../cost/tariff';
import type { Fraction } from '../money/fraction';
import { type Money, UNITS_PER_MICRO_DOLLAR } from '../money/money';
import { effectivePriceTexts, type PriceTexts, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import type { FitProblem } from '../workload/fit';
import { findCallsFitProblems } from '../workload/fit';
import {
  type FitVerdict,
  findUnpublishedLimits,
  fitVerdict,
  type UnpublishedLimit,
} from '../workload/known-fit';
import { largestCallAsWorkload } from '../workload/shape-tokens';
import { isCheapestKnownFit, rankRoutes } from './rank-routes';

export interface ComparisonRow {
  readonly route: Route;
  readonly prices: PriceTexts;
  /** Everything the route bills at those prices: what the charts cost other workloads on. */
  readonly tariff: Tariff;
  readonly isCustomPrice: boolean;
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
  readonly withExtras: { readonly text: string; readonly plain: string; readonly sortKey: bigint } | null;
  /** True for your own route shown although the filters leave it out (ownRowOutsideFilters). */
  readonly outsideFilters?: boolean;
}

/** True when extras change what a route costs: a platform fee, tax, or another currency. */
export function extrasApply(extras: BillingExtras): boolean {
  return extras.platformFees.size > 0 || extras.taxHundredths > 0n || extras.currency.code !== 'USD';
}

function blendedThreeToOne(prices: PriceTexts): Money {
  const { inputPerMillion, outputPerMillion } = toRoutePrices(prices);
  return ((3n * inputPerMillion + outputPerMillion) * UNITS_PER_MICRO_DOLLAR) / 4n;
}

function blendedForMix(bill: Bill): Fraction | null {
  const { input, cachedInput, output, reasoning } = bill.tokens;
  const tokens = input + cachedInput + output + reasoning;
  if (tokens === 0n) return null;
  // (monthly − buffer) per token × 1M = Money per 1M tokens.
  return { numerator: (bill.monthly - bill.retryBuffer) * 1_000_000n, denominator: tokens };
}

function withExtras(monthly: Money, providerName: string, extras: BillingExtras) {
  const total = totalWithExtras(monthly, providerName, extras);
  return {
    text: formatScaled(total, extras.currency),
    plain: plainScaled(total, extras.currency),
    sortKey: total,
  };
}

export function buildComparisonRows(
  routes: readonly Route[],
  scenario: BillInputs,
  extras: BillingExtras | null = null,
): ComparisonRow[] {
  const overrides = scenario.priceOverrides;
  const largestCalls = scenario.endpoints.map((endpoint) => largestCallAsWorkload(endpoint.shape));
  const costed = routes.map((route) => {
    const bill = billScenario(scenario, routes, route);
    const fitProblems = findCallsFitProblems(largestCalls, route);
    const unpublishedLimits = findUnpublishedLimits(largestCalls, route);
    const prices = bill.endpoints[0]?.prices ?? effectivePriceTexts(route, overrides[route.id]);
    return {
      route,
      prices,
      tariff: bill.endpoints[0]?.tariff ?? routeTariff(route, toRoutePrices(prices)),
      isCustomPrice: overrides[route.id] !== undefined,
      bill,
      fitProblems,
      unpublishedLimits,
      fit: fitVerdict(fitProblems, unpublishedLimits),
    };
  });
  const rankings = rankRoutes(costed.map((row) => ({ monthly: row.bill.monthly, fit: row.fit })));
  return costed.map((row, index) => {
    const { rank, timesCheapest } = rankings[index] ?? { rank: null, timesCheapest: null };
    return {
      ...row,
      rank,
      timesCheapest,
      blendedThreeToOne: blendedThreeToOne(row.prices),
      blendedForMix: blendedForMix(row.bill),
      withExtras: extras === null ? null : withExtras(row.bill.monthly, row.route.providerName, extras),
    };
  });
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
  const [row] = buildComparisonRows([own], scenario, extras);
  if (!row) return null;
  const cheapest = shown.find(isCheapestKnownFit)?.bill.monthly;
  return {
    ...row,
    rank: null,
    timesCheapest:
      cheapest === undefined || cheapest === 0n
        ? null
        : { numerator: row.bill.monthly, denominator: cheapest },
    outsideFilters: true,
  };
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
