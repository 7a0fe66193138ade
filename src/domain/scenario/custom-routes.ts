/**
 * The routes a user added (a form, an import, a link, a file) inside a scenario. The rules:
 * - they join the sheet under ids of their own (rates/route-merge.ts joinAddedRoutes): a sheet route never changes;
 * - a scenario put in place keeps only pins of routes in force, and its endpoints on known routes;
 * - deleting a route moves its endpoints to the default route and forgets its pins and its prices
 *   (unless a sheet route of that id is still in force).
 */
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { joinAddedRoutes } from '../rates/route-merge';
import { onKnownRoutes } from './edit-endpoints';
import { withoutKey } from './edit-prices';
import { routesInForce } from './route-in-force';
import type { Scenario } from './scenario';

/**
 * A scenario's own routes as the sheet allows them: one that still has a sheet route's id (made before
 * the rule) gets an id of its own; when nothing needs a change, the same list stays the same list.
 */
export function ownCustomRoutes(
  sheetRoutes: readonly Route[],
  customRoutes: readonly Route[],
): readonly Route[] {
  const join = joinAddedRoutes(sheetRoutes, [], customRoutes);
  return join.renamed.length === 0 && join.unchanged === 0 ? customRoutes : join.customRoutes;
}

/**
 * The scenario as it is put in place over the sheet: its routes joined to `currentRoutes` (the ones
 * added in this session, or none; same id: the scenario's wins), pins of routes in force only, and
 * every endpoint on a known route.
 */
export function loadInto(
  sheetRoutes: readonly Route[],
  currentRoutes: readonly Route[],
  scenario: Scenario,
): Scenario {
  const customRoutes = joinAddedRoutes(sheetRoutes, currentRoutes, scenario.customRoutes).customRoutes;
  const routes = routesInForce(sheetRoutes, customRoutes);
  const pinnedRouteIds = scenario.pinnedRouteIds.filter((id) => findRoute(routes, id));
  return { ...scenario, customRoutes, pinnedRouteIds, ...onKnownRoutes(scenario, routes) };
}

export type WithoutRoute = Pick<
  Scenario,
  'customRoutes' | 'endpoints' | 'selectedEndpointId' | 'pinnedRouteIds' | 'priceOverrides'
>;

/** The scenario without one of the user's routes; null when it has no such route. */
export function withoutCustomRoute(
  scenario: Scenario,
  sheetRoutes: readonly Route[],
  routeId: string,
): WithoutRoute | null {
  if (!scenario.customRoutes.some((route) => route.id === routeId)) return null;
  const customRoutes = scenario.customRoutes.filter((route) => route.id !== routeId);
  const routes = routesInForce(sheetRoutes, customRoutes);
  return {
    customRoutes,
    ...onKnownRoutes(scenario, routes),
    pinnedRouteIds: scenario.pinnedRouteIds.filter((id) => findRoute(routes, id)),
    priceOverrides: findRoute(routes, routeId)
      ? scenario.priceOverrides
      : withoutKey(scenario.priceOverrides, routeId),
  };
}
