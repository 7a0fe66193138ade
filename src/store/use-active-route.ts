import { useMemo } from 'react';
import type { Endpoint } from '../domain/scenario/endpoint';
import { type ActiveRoute, routeInForce } from '../domain/scenario/route-in-force';
import { selectedEndpoint } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import { useRoutes } from './use-routes';

/** The endpoint the workload fields and the route picker edit. */
export function useSelectedEndpoint(): Endpoint {
  return useCalculator(selectedEndpoint);
}

/** The active route and its prices in force, for components. */
export function useActiveRoute(): ActiveRoute {
  const routes = useRoutes();
  const routeId = useCalculator((state) => selectedEndpoint(state).routeId);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  return useMemo(() => routeInForce(routes, priceOverrides, routeId), [routes, routeId, priceOverrides]);
}
