/**
 * THE monthly bill of a scenario. The rules:
 * - every endpoint is priced by the engine (engine.ts) on its own route, the route in force
 *   (scenario/route-in-force.ts) at the prices in force (the user's overrides on top); or, for a row of
 *   the comparison, every endpoint is moved to that one route;
 * - parts, tokens, calls and retry buffers add up across endpoints (bill.ts); a year is 12 months;
 * - "per request" is the monthly total over every model call of the month, to 10^-24 $.
 */
import { hundredthsOf } from '../money/hundredths';
import { effectivePriceTexts, type PriceTexts, type RoutePrices, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import type { Endpoint } from '../scenario/endpoint';
import { routeInForce } from '../scenario/route-in-force';
import type { Scenario } from '../scenario/scenario';
import { type Bill, sumBills } from './bill';
import { prepareShape, priceShape } from './engine';
import { routeTariff, type Tariff } from './tariff';

/** One endpoint on its route, and its part of the bill. */
export interface EndpointBill {
  readonly endpoint: Endpoint;
  readonly route: Route;
  /** Prices in force: the route's, with the user's overrides on top. */
  readonly prices: PriceTexts;
  readonly routePrices: RoutePrices;
  /** Everything the route bills at those prices (cache writes, tiers, batch rule, tool fees). */
  readonly tariff: Tariff;
  readonly routeName: string;
  /** Requests, conversations or tasks a month. */
  readonly units: bigint;
  readonly bill: Bill;
}

export interface ScenarioBill extends Bill {
  readonly endpoints: readonly EndpointBill[];
  /** Requests, conversations and tasks a month, all endpoints together. */
  readonly units: bigint;
  /** The routes' names, each once, in endpoint order. */
  readonly routeNames: readonly string[];
}

/** What a bill depends on in a scenario. */
export type BillInputs = Pick<Scenario, 'endpoints' | 'priceOverrides'>;

/**
 * The monthly bill: every endpoint on its own route, or, with `on`, every endpoint moved to that one
 * route (a row of the comparison).
 */
export function billScenario(scenario: BillInputs, routes: readonly Route[], on?: Route): ScenarioBill {
  const { priceOverrides } = scenario;
  const moved = on && {
    route: on,
    prices: effectivePriceTexts(on, priceOverrides[on.id]),
    name: routeName(on),
  };
  let units = 0n;
  const endpoints = scenario.endpoints.map((endpoint): EndpointBill => {
    const { route, prices } = moved ?? routeInForce(routes, priceOverrides, endpoint.routeId);
    const prepared = prepareShape(endpoint.shape);
    const routePrices = toRoutePrices(prices);
    const tariff = routeTariff(route, routePrices);
    units += prepared.units;
    return {
      endpoint,
      route,
      prices,
      routePrices,
      tariff,
      routeName: moved ? moved.name : routeName(route),
      units: prepared.units,
      bill: priceShape(prepared, tariff),
    };
  });
  const routeNames = moved ? [moved.name] : [...new Set(endpoints.map((item) => item.routeName))];
  return { ...sumBills(endpoints.map((item) => item.bill)), endpoints, units, routeNames };
}

/** The cache hit rate the scenario runs at: the shared rate, or the prefix-weighted one (2 decimals). */
export function scenarioCacheHitRate(bill: ScenarioBill): number {
  const [first] = bill.endpoints;
  if (!first) return 0;
  const rate = first.endpoint.shape.cacheHitRatePercent;
  if (bill.endpoints.every((item) => item.endpoint.shape.cacheHitRatePercent === rate)) return rate;
  const sent = bill.tokens.input + bill.tokens.cachedInput;
  return sent === 0n ? 0 : Number(hundredthsOf(bill.tokens.cachedInput, sent)) / 100;
}
