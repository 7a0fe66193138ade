import { useMemo } from 'react';
import type { PricedEndpoint } from '../domain/cost/scenario-cost';
import { toRoutePrices } from '../domain/rates/prices';
import { type Route, routeName } from '../domain/rates/route';
import { routeInForce } from '../domain/scenario/route-in-force';
import type { ShapeList } from '../domain/workload/shapes';
import { useCalculator } from './calculator-context';
import type { CalculatorInputs } from './calculator-store';
import { useRoutes } from './use-routes';

/** Every endpoint's workload shape, in order: what the table and the charts cost on each route. */
export function useScenarioShapes(): ShapeList {
  const endpoints = useCalculator((state) => state.endpoints);
  return useMemo(() => endpoints.map((endpoint) => endpoint.shape), [endpoints]);
}

export type { PricedEndpoint };

/** Each endpoint with its route's prices in force: the scenario as configured. */
export function pricedEndpoints(
  inputs: Pick<CalculatorInputs, 'endpoints' | 'priceOverrides'> & { readonly routes: readonly Route[] },
): PricedEndpoint[] {
  return inputs.endpoints.map((endpoint) => {
    const { route, prices } = routeInForce(inputs.routes, inputs.priceOverrides, endpoint.routeId);
    return {
      endpoint,
      shape: endpoint.shape,
      prices: toRoutePrices(prices),
      routeName: routeName(route),
    };
  });
}

export function usePricedEndpoints(): PricedEndpoint[] {
  const endpoints = useCalculator((state) => state.endpoints);
  const routes = useRoutes();
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  return useMemo(
    () => pricedEndpoints({ endpoints, routes, priceOverrides }),
    [endpoints, routes, priceOverrides],
  );
}
