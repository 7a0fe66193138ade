import type { Bill } from '../domain/cost/bill';
import type { BillInputs } from '../domain/cost/bill-scenario';
import { prepareShape, priceShape } from '../domain/cost/engine';
import { plainTariff } from '../domain/cost/tariff';
import { type PriceOverrides, type PriceTexts, parsePrice, type RoutePrices } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import { unknownRouteTerms } from '../domain/rates/route-terms';
import { DEFAULT_ENDPOINT, defaultEndpointName } from '../domain/scenario/endpoint';
import { requestShapeFromWorkload, type WorkloadShape } from '../domain/workload/shapes';
import { DEFAULT_WORKLOAD, type Workload } from '../domain/workload/workload';

/** A workload with the given fields; everything else is zero except what the test names. */
export function aWorkload(fields: Partial<Workload> = {}): Workload {
  return {
    ...DEFAULT_WORKLOAD,
    requestsPerMonth: 0,
    inputTokensPerRequest: 0,
    outputTokensPerRequest: 0,
    ...fields,
  };
}

/** Route prices from published decimal strings: pricesOf('0.95', '0.16', '4'). */
export function pricesOf(input: string, cachedInput: string | null, output: string): RoutePrices {
  return {
    inputPerMillion: parsePrice(input) as bigint,
    cachedInputPerMillion: cachedInput === null ? null : (parsePrice(cachedInput) as bigint),
    outputPerMillion: parsePrice(output) as bigint,
  };
}

/**
 * A K2.6 route named `id` (the provider too), $1 / $4 with no cached price unless given; like a route
 * a user adds, its status is unknown and it has no cache writes, tiers, batch rule or tool fees.
 */
export function aRoute(id: string, prices: Partial<PriceTexts>, limits: Partial<Route> = {}): Route {
  return {
    id,
    group: 'kimi',
    family: 'K2.6',
    modelId: 'kimi-k2.6',
    modelName: 'Kimi K2.6',
    providerName: id,
    variant: null,
    providerModelId: id,
    prices: { input: '1', cachedInput: null, output: '4', ...prices },
    contextWindow: 262_144,
    maxOutput: null,
    source: { label: 'test', url: null, date: '2026-01-01', dateMeaning: 'test' },
    notes: '',
    references: [],
    disagrees: false,
    speed: null,
    ...unknownRouteTerms(),
    ...limits,
  };
}

/** A plain workload as the one-endpoint shape list the table and charts cost. */
export function shapesOf(workload: Workload): WorkloadShape[] {
  return [requestShapeFromWorkload(workload)];
}

/** A scenario's bill inputs: one endpoint per shape (e1, e2, …, on the default route) and the overrides. */
export function billInputsOf(
  shapes: readonly WorkloadShape[],
  priceOverrides: Readonly<Record<string, PriceOverrides>> = {},
): BillInputs {
  const endpoints = shapes.map((shape, index) => ({
    ...DEFAULT_ENDPOINT,
    id: `e${index + 1}`,
    name: defaultEndpointName(index + 1),
    shape,
  }));
  return { endpoints, priceOverrides };
}

/** A plain workload's bill on the given prices, through the engine. */
export function billOf(workload: Workload, prices: RoutePrices): Bill {
  return priceShape(prepareShape(requestShapeFromWorkload(workload)), plainTariff(prices));
}
