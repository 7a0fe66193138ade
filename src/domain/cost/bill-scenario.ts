/**
 * THE monthly bill of a scenario. The rules:
 * - every endpoint is priced by the engine (engine.ts) on its own route, the route in force
 *   (scenario/route-in-force.ts) at the prices in force (the user's overrides on top); or, for a row of
 *   the comparison, every endpoint is moved to that one route;
 * - parts, tokens, calls and retry buffers add up across endpoints (bill.ts); a year is 12 months;
 * - "per request" is the monthly total over every model call of the month, to 10^-24 $.
 */
import { hundredthsOf } from '../money/hundredths';
import type { Money } from '../money/money';
import { effectivePriceTexts, type PriceTexts, type RoutePrices, toRoutePrices } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import type { Endpoint } from '../scenario/endpoint';
import { routeInForce } from '../scenario/route-in-force';
import type { Scenario } from '../scenario/scenario';
import { type Bill, sumBills } from './bill';
import { type PreparedShape, prepareShape, priceMonthly, priceShape } from './engine';
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
  if (on) return billOnRoute(scenario.endpoints, priceOnRoute(scenario, on));
  const { priceOverrides } = scenario;
  let units = 0n;
  const endpoints = scenario.endpoints.map((endpoint): EndpointBill => {
    const { route, prices } = routeInForce(routes, priceOverrides, endpoint.routeId);
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
      routeName: routeName(route),
      units: prepared.units,
      bill: priceShape(prepared, tariff),
    };
  });
  const routeNames = [...new Set(endpoints.map((item) => item.routeName))];
  return { ...sumBills(endpoints.map((item) => item.bill)), endpoints, units, routeNames };
}

/**
 * Every endpoint of a scenario moved to one route, its month's total alone: what ranking a route
 * needs. Its bill (billOnRoute) is the same as billScenario's for that route.
 */
export interface PricedOnRoute {
  readonly route: Route;
  /** Prices in force on the route: its own, with the user's overrides on top. */
  readonly prices: PriceTexts;
  readonly routePrices: RoutePrices;
  readonly tariff: Tariff;
  /** Each endpoint's shape, prepared (in endpoint order). */
  readonly prepared: readonly PreparedShape[];
  /** Each endpoint's monthly total on the route (in endpoint order): its bill's `monthly`. */
  readonly monthlies: readonly Money[];
  /** The month's total: the sum of the endpoints' totals (the summed bill's monthly, exactly). */
  readonly monthly: Money;
}

/**
 * Every endpoint moved to `on`, each endpoint's total priced by the engine (priceMonthly); `prepared`
 * is the endpoints' shapes already prepared (prepareShape), for a caller that prices many routes.
 */
export function priceOnRoute(
  scenario: BillInputs,
  on: Route,
  prepared: readonly PreparedShape[] = scenario.endpoints.map((endpoint) => prepareShape(endpoint.shape)),
): PricedOnRoute {
  const prices = effectivePriceTexts(on, scenario.priceOverrides[on.id]);
  const routePrices = toRoutePrices(prices);
  const tariff = routeTariff(on, routePrices);
  let monthly = 0n;
  const monthlies = prepared.map((shape) => {
    const total = priceMonthly(shape, tariff);
    monthly += total;
    return total;
  });
  return { route: on, prices, routePrices, tariff, prepared, monthlies, monthly };
}

/** The scenario's bill with every endpoint on one route (priceOnRoute's), each endpoint billed in full. */
export function billOnRoute(endpoints: readonly Endpoint[], priced: PricedOnRoute): ScenarioBill {
  const { route, prices, routePrices, tariff } = priced;
  const name = routeName(route);
  let units = 0n;
  const endpointBills = endpoints.map((endpoint, index): EndpointBill => {
    const prepared = priced.prepared[index] ?? prepareShape(endpoint.shape);
    units += prepared.units;
    return {
      endpoint,
      route,
      prices,
      routePrices,
      tariff,
      routeName: name,
      units: prepared.units,
      bill: priceShape(prepared, tariff),
    };
  });
  return {
    ...sumBills(endpointBills.map((item) => item.bill)),
    endpoints: endpointBills,
    units,
    routeNames: [name],
  };
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
