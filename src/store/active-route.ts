import { effectivePriceTexts, type PriceTexts, type Route } from '../domain/rates';
import { findRoute } from '../domain/route-catalog';
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
