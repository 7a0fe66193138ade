import { useMemo } from 'react';
import type { Route } from '../domain/rates/route';
import type { Scenario } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import { useRoutes } from './use-routes';

/** The inputs the charts and the plain answers are drawn from. */
export interface ScenarioInputs
  extends Pick<
    Scenario,
    'endpoints' | 'selectedEndpointId' | 'priceOverrides' | 'pinnedRouteIds' | 'routeFilter'
  > {
  readonly routes: readonly Route[];
}

/**
 * The store's inputs the charts and the plain answers read, as one object: the same object while none
 * of its parts changed, so a view can hold it back as a whole until the input settles
 * (lib/use-settled-value.ts) and never mix two moments, and what is derived from it keeps its identity.
 */
export function useScenarioInputs(): ScenarioInputs {
  const routes = useRoutes();
  const endpoints = useCalculator((state) => state.endpoints);
  const selectedEndpointId = useCalculator((state) => state.selectedEndpointId);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const pinnedRouteIds = useCalculator((state) => state.pinnedRouteIds);
  const routeFilter = useCalculator((state) => state.routeFilter);
  return useMemo(
    () => ({ routes, endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter }),
    [routes, endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter],
  );
}
