import { useMemo } from 'react';
import { effectivePriceTexts, type PriceTexts, type Route } from '../domain/rates/rates';
import { findRoute } from '../domain/rates/route-catalog';
import type { Endpoint } from '../domain/scenario/endpoint';
import { selectedEndpoint } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import type { CalculatorInputs } from './calculator-store';

export interface ActiveRoute {
  readonly route: Route;
  /** Prices in force: the sheet's, with the user's overrides on top. */
  readonly prices: PriceTexts;
}

/** A route and its prices in force, falling back to the sheet's first route if the id is unknown. */
export function routeInForce(
  inputs: Pick<CalculatorInputs, 'routes' | 'priceOverrides'>,
  routeId: string,
): ActiveRoute {
  const route = findRoute(inputs.routes, routeId) ?? (inputs.routes[0] as Route);
  return { route, prices: effectivePriceTexts(route, inputs.priceOverrides[route.id]) };
}

/** The endpoint the workload fields and the route picker edit. */
export function useSelectedEndpoint(): Endpoint {
  return useCalculator(selectedEndpoint);
}

/** The active route and its prices in force, for components. */
export function useActiveRoute(): ActiveRoute {
  const routes = useCalculator((state) => state.routes);
  const routeId = useCalculator((state) => selectedEndpoint(state).routeId);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  return useMemo(() => routeInForce({ routes, priceOverrides }, routeId), [routes, routeId, priceOverrides]);
}
