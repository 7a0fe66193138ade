import { useDeferredValue } from 'react';
import {
  type BillingExtras,
  type BillingExtrasInput,
  readBillingExtras,
} from '../domain/billing/extras-input';
import {
  buildComparisonRows,
  type ComparisonRow,
  extrasApply,
  ownRowOutsideFilters,
} from '../domain/compare/comparison-rows';
import type { Route } from '../domain/rates/route';
import { findRoute } from '../domain/rates/route-catalog';
import { filterRoutes, type RouteFilter } from '../domain/rates/route-filter';
import type { Scenario } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import { identityMemo } from './identity-memo';
import { selectActiveRouteId } from './selectors';
import { useRoutes } from './use-routes';

export interface ComparisonRows {
  readonly rows: readonly ComparisonRow[];
  /** The billing extras the rows include; null when none change what a route costs. */
  readonly extras: BillingExtras | null;
  /** Your route (the selected endpoint's) when the filters leave it out; never ranked (ownRowOutsideFilters). */
  readonly ownOutside: ComparisonRow | null;
}

const extrasOf = identityMemo((input: BillingExtrasInput): BillingExtras | null => {
  const { extras } = readBillingExtras(input);
  return extrasApply(extras) ? extras : null;
});

/** The routes the filter shows: the same list (and the same identity) for every slider step. */
const shownRoutesOf = identityMemo(
  (routes: readonly Route[], routeFilter: RouteFilter, ownModelId: string | null): readonly Route[] =>
    filterRoutes(routes, routeFilter, ownModelId),
);

const rowsOf = identityMemo(
  (
    routes: readonly Route[],
    routeFilter: RouteFilter,
    endpoints: Scenario['endpoints'],
    priceOverrides: Scenario['priceOverrides'],
    extras: BillingExtras | null,
    ownRouteId: string,
  ): ComparisonRows => {
    const own = findRoute(routes, ownRouteId);
    const scenario = { endpoints, priceOverrides };
    const rows = buildComparisonRows(
      shownRoutesOf(routes, routeFilter, own?.modelId ?? null),
      scenario,
      extras,
    );
    return { rows, extras, ownOutside: ownRowOutsideFilters(own, rows, scenario, extras) };
  },
);

const NO_ROWS: ComparisonRows = { rows: [], extras: null, ownOutside: null };

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
  const ownRouteId = useCalculator(selectActiveRouteId);
  return enabled ? rowsOf(routes, routeFilter, endpoints, priceOverrides, extras, ownRouteId) : NO_ROWS;
}
