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
import type { BillingExtras } from '../billing/extras-input';
import type { BillInputs, ScenarioBill } from '../cost/bill-scenario';
import type { Tariff } from '../cost/tariff';
import type { Fraction } from '../money/fraction';
import type { Money } from '../money/money';
import type { PriceTexts } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import type { FitProblem } from '../workload/fit';
import type { FitVerdict, UnpublishedLimit } from '../workload/known-fit';
import { costAndRank, costOutsideFilters } from './costed-row';
import { isCheapestKnownFit } from './rank-routes';

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

export function buildComparisonRows(
  routes: readonly Route[],
  scenario: BillInputs,
  extras: BillingExtras | null = null,
): ComparisonRow[] {
  return costAndRank(routes, scenario, extras);
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
  return costOutsideFilters(own, scenario, extras, shown.find(isCheapestKnownFit)?.monthly);
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
