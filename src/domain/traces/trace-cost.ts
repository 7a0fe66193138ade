/**
 * What a request log itself costs on every route. The rules:
 * - one request costs (input − cached) × input price + cached × cached-input price (the input price
 *   when the route publishes none; a cached price of 0 is free) + output × output price, exactly;
 * - the trace cost is the sum of every request's own cost. Cost is linear per request, so it equals
 *   the cost of the token sums, which is how it is computed (the tests check the two agree, in any
 *   row order); no retry buffer: this is what the log was billed;
 * - the average-based estimate is what the workload the apply step would set (requests × the
 *   rounded mean tokens and the rounded cache rate) costs on the same route; the difference is
 *   estimate − trace cost.
 */
import { prepareShape, priceShape, priceTokens } from '../cost/engine';
import { routeTariff } from '../cost/tariff';
import type { Money } from '../money/money';
import { effectivePriceTexts, type PriceOverrides, type RoutePrices, toRoutePrices } from '../rates/prices';
import type { Route } from '../rates/route';
import { requestShapeFromWorkload } from '../workload/shapes';
import type { Workload } from '../workload/workload';
import type { TraceGroup } from './trace-report';
import { traceWorkload } from './trace-workload';

export interface RequestTokens {
  /** All input tokens, cached ones included. */
  readonly input: number;
  readonly cached: number;
  readonly output: number;
}

/** The exact cost of one request (or of token sums: the formula is linear). */
export function costOfRequest(tokens: RequestTokens, prices: RoutePrices): Money {
  const cachedInput = BigInt(tokens.cached);
  const input = BigInt(tokens.input) - cachedInput;
  return priceTokens({ input, cachedInput, output: BigInt(tokens.output) }, prices);
}

/** The trace cost of a group: Σ per-request cost, computed from its token sums. */
export function costOfTrace(group: TraceGroup, prices: RoutePrices): Money {
  return costOfRequest(
    { input: group.input.total, cached: group.cached.total, output: group.output.total },
    prices,
  );
}

/** The workload the apply step would set with the mean, for the log's own request count. */
function averageWorkload(group: TraceGroup): Workload {
  return { ...traceWorkload(group, 'mean'), requestsPerMonth: group.requests, retryBufferPercent: 0 };
}

export interface TraceCostRow {
  readonly route: Route;
  readonly traceCost: Money;
  /** requests × the rounded averages and cache rate. */
  readonly estimate: Money;
  /** estimate − trace cost. */
  readonly difference: Money;
}

export function buildTraceCostRows(
  group: TraceGroup,
  routes: readonly Route[],
  overrides: Readonly<Record<string, PriceOverrides>>,
): TraceCostRow[] {
  const average = prepareShape(requestShapeFromWorkload(averageWorkload(group)));
  return routes.map((route) => {
    const prices = toRoutePrices(effectivePriceTexts(route, overrides[route.id]));
    const traceCost = costOfTrace(group, prices);
    const estimate = priceShape(average, routeTariff(route, prices)).monthly;
    return { route, traceCost, estimate, difference: estimate - traceCost };
  });
}
