/**
 * A scenario: everything the user chose (route, workload, price overrides, pinned rows, table view).
 * It is what a share link, local storage and a scenario file carry; the rate sheet is not part of it.
 */
import { DEFAULT_ROUTE_FILTER, DEFAULT_TABLE_SORT, type RouteFilter, type TableSort } from './compare';
import type { PriceOverrides } from './rates';
import { DEFAULT_WORKLOAD, type Workload } from './workload';

export interface Scenario {
  readonly routeId: string;
  readonly workload: Workload;
  /** Prices the user typed, per route id; a route absent here uses the sheet's prices. */
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  /** Routes pinned in the comparison table to compare side by side. */
  readonly pinnedRouteIds: readonly string[];
  readonly routeFilter: RouteFilter;
  readonly tableSort: TableSort;
  /** A monthly budget in US dollars (2 decimals), or null for none. */
  readonly monthlyBudgetUsd: number | null;
}

/** Kimi K2.6 bought directly from Moonshot: the article's worked example. */
export const DEFAULT_ROUTE_ID = 'kimi-k2.6@moonshot-ai';

export const DEFAULT_SCENARIO: Scenario = {
  routeId: DEFAULT_ROUTE_ID,
  workload: DEFAULT_WORKLOAD,
  priceOverrides: {},
  pinnedRouteIds: [],
  routeFilter: DEFAULT_ROUTE_FILTER,
  tableSort: DEFAULT_TABLE_SORT,
  monthlyBudgetUsd: null,
};
