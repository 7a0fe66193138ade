import { useMemo } from 'react';
import type { Route } from '../domain/rates/route';
import type { Scenario } from '../domain/scenario/scenario';
import { useSettledValue } from '../lib/use-settled-value';
import { useCalculator } from './calculator-context';
import { useRoutes } from './use-routes';

/** The inputs the charts and the plain answers read, all from one moment. */
export interface SettledInputs
  extends Pick<
    Scenario,
    'endpoints' | 'selectedEndpointId' | 'priceOverrides' | 'pinnedRouteIds' | 'routeFilter'
  > {
  readonly routes: readonly Route[];
}

/**
 * The store's inputs as they were once they settled (useSettledValue): while a slider moves they stay
 * as they were, and they all follow together, so a view that reads them never mixes two moments. The
 * same object while none of its parts changed, so what is derived from it keeps its identity too.
 */
export function useSettledInputs(): SettledInputs {
  const routes = useRoutes();
  const endpoints = useCalculator((state) => state.endpoints);
  const selectedEndpointId = useCalculator((state) => state.selectedEndpointId);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const pinnedRouteIds = useCalculator((state) => state.pinnedRouteIds);
  const routeFilter = useCalculator((state) => state.routeFilter);
  const live = useMemo(
    () => ({ routes, endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter }),
    [routes, endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter],
  );
  return useSettledValue(live);
}
