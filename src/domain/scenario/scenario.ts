/**
 * A scenario: everything the user chose (endpoints with their routes and workloads, price overrides,
 * pinned rows, table view, budget). It is what a share link, local storage and a scenario file carry;
 * the rate sheet is not part of it.
 */

import { type BillingExtrasInput, DEFAULT_BILLING_EXTRAS_INPUT } from '../billing/extras-input';
import type { PriceOverrides } from '../rates/prices';
import type { Route } from '../rates/route';
import { DEFAULT_ROUTE_FILTER, type RouteFilter } from '../rates/route-filter';
import { DEFAULT_ENDPOINT, type Endpoint } from './endpoint';
import { DEFAULT_TABLE_SORT, type TableSort } from './view';

export interface Scenario {
  /** One or more endpoints, in the order the user arranged them. */
  readonly endpoints: readonly Endpoint[];
  /** The endpoint the workload fields and the route picker edit. */
  readonly selectedEndpointId: string;
  /** Prices the user typed, per route id; a route absent here uses the sheet's prices. */
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  /** Routes pinned in the comparison table to compare side by side. */
  readonly pinnedRouteIds: readonly string[];
  readonly routeFilter: RouteFilter;
  readonly tableSort: TableSort;
  /** A monthly budget in US dollars (2 decimals), or null for none. */
  readonly monthlyBudgetUsd: number | null;
  /** Routes the user added or imported; one with a bundled route's id replaces it. */
  readonly customRoutes: readonly Route[];
  /** Platform fees, tax, display currency, minimum top-ups and promotional credit, as typed. */
  readonly billingExtras: BillingExtrasInput;
}

export const DEFAULT_SCENARIO: Scenario = {
  endpoints: [DEFAULT_ENDPOINT],
  selectedEndpointId: DEFAULT_ENDPOINT.id,
  priceOverrides: {},
  pinnedRouteIds: [],
  routeFilter: DEFAULT_ROUTE_FILTER,
  tableSort: DEFAULT_TABLE_SORT,
  monthlyBudgetUsd: null,
  customRoutes: [],
  billingExtras: DEFAULT_BILLING_EXTRAS_INPUT,
};

/** The selected endpoint, or the first when the id is unknown (a scenario always has one). */
export function selectedEndpoint(scenario: Pick<Scenario, 'endpoints' | 'selectedEndpointId'>): Endpoint {
  return (
    scenario.endpoints.find((endpoint) => endpoint.id === scenario.selectedEndpointId) ??
    (scenario.endpoints[0] as Endpoint)
  );
}
