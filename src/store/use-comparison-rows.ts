import { useDeferredValue } from 'react';
import {
  type BillingExtras,
  type BillingExtrasInput,
  readBillingExtras,
} from '../domain/billing/extras-input';
import { buildComparisonRows, type ComparisonRow, extrasApply } from '../domain/compare/comparison-rows';
import type { Route } from '../domain/rates/route';
import { filterRoutes, type RouteFilter } from '../domain/rates/route-filter';
import type { Scenario } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import { identityMemo } from './identity-memo';
import { useRoutes } from './use-routes';

export interface ComparisonRows {
  readonly rows: readonly ComparisonRow[];
  /** The billing extras the rows include; null when none change what a route costs. */
  readonly extras: BillingExtras | null;
}

const extrasOf = identityMemo((input: BillingExtrasInput): BillingExtras | null => {
  const { extras } = readBillingExtras(input);
  return extrasApply(extras) ? extras : null;
});

const rowsOf = identityMemo(
  (
    routes: readonly Route[],
    routeFilter: RouteFilter,
    endpoints: Scenario['endpoints'],
    priceOverrides: Scenario['priceOverrides'],
    extras: BillingExtras | null,
  ): ComparisonRows => ({
    rows: buildComparisonRows(filterRoutes(routes, routeFilter), { endpoints, priceOverrides }, extras),
    extras,
  }),
);

const NO_ROWS: ComparisonRows = { rows: [], extras: null };

/**
 * Every route the table's filter shows, costed for the whole scenario and ranked: one computation that
 * the table and the budget share. `endpoints` is the caller's deferred copy of the store's, so a slider
 * step costs the routes at low priority; with `enabled` false nothing is costed.
 */
export function useComparisonRows(endpoints: Scenario['endpoints'], enabled = true): ComparisonRows {
  // A new rate sheet (5,000 imported routes) is costed at low priority, in slices, not in one long task.
  const routes = useDeferredValue(useRoutes());
  const routeFilter = useCalculator((state) => state.routeFilter);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const extras = extrasOf(useCalculator((state) => state.billingExtras));
  return enabled ? rowsOf(routes, routeFilter, endpoints, priceOverrides, extras) : NO_ROWS;
}
