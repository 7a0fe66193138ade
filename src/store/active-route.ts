import { useMemo } from 'react';
import { effectivePriceTexts, type PriceTexts, type Route } from '../domain/rates';
import { findRoute } from '../domain/route-catalog';
import { useCalculator } from './calculator-context';
import type { CalculatorInputs } from './calculator-store';

export interface ActiveRoute {
  readonly route: Route;
  /** Prices in force: the sheet's, with the user's overrides on top. */
  readonly prices: PriceTexts;
}

/** The active route, falling back to the sheet's first route if the id is unknown. */
export function selectActiveRoute(
  inputs: Pick<CalculatorInputs, 'routes' | 'routeId' | 'priceOverrides'>,
): ActiveRoute {
  const route = findRoute(inputs.routes, inputs.routeId) ?? (inputs.routes[0] as Route);
  return { route, prices: effectivePriceTexts(route, inputs.priceOverrides[route.id]) };
}

/** The active route and its prices in force, for components. */
export function useActiveRoute(): ActiveRoute {
  const routes = useCalculator((state) => state.routes);
  const routeId = useCalculator((state) => state.routeId);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  return useMemo(
    () => selectActiveRoute({ routes, routeId, priceOverrides }),
    [routes, routeId, priceOverrides],
  );
}
