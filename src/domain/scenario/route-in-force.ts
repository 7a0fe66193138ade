/**
 * Which route an endpoint is on, and at which prices: the sheet's routes with the user's merged in,
 * an unknown route id falling back to the default route, and the user's price overrides on top.
 */
import { effectivePriceTexts, type PriceTexts } from '../rates/prices';
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { mergeRoutes } from '../rates/route-merge';
import { DEFAULT_ROUTE_ID } from './endpoint';
import type { Scenario } from './scenario';

export interface ActiveRoute {
  readonly route: Route;
  /** Prices in force: the sheet's, with the user's overrides on top. */
  readonly prices: PriceTexts;
}

/** The routes in force: the sheet with the user's routes merged in (the user's never carry a sheet id). */
export function routesInForce(
  sheetRoutes: readonly Route[],
  customRoutes: readonly Route[],
): readonly Route[] {
  return customRoutes.length === 0 ? sheetRoutes : mergeRoutes(sheetRoutes, customRoutes);
}

/** A route id the sheet has: the id itself, else the default route, else the sheet's first. */
export function knownRouteId(routes: readonly Route[], routeId: string): string {
  if (findRoute(routes, routeId)) return routeId;
  return findRoute(routes, DEFAULT_ROUTE_ID) ? DEFAULT_ROUTE_ID : (routes[0]?.id ?? DEFAULT_ROUTE_ID);
}

/** A route and its prices in force, falling back to the sheet's first route if the id is unknown. */
export function routeInForce(
  routes: readonly Route[],
  priceOverrides: Scenario['priceOverrides'],
  routeId: string,
): ActiveRoute {
  const route = findRoute(routes, routeId) ?? (routes[0] as Route);
  return { route, prices: effectivePriceTexts(route, priceOverrides[route.id]) };
}
