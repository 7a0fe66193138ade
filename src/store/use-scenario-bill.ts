import type { ScenarioBill } from '../domain/cost/bill-scenario';
import { billScenario } from '../domain/cost/bill-scenario';
import type { Route } from '../domain/rates/route';
import type { Scenario } from '../domain/scenario/scenario';
import { useCalculator } from './calculator-context';
import { identityMemo } from './identity-memo';
import { useRoutes } from './use-routes';

const billOf = identityMemo(
  (endpoints: Scenario['endpoints'], priceOverrides: Scenario['priceOverrides'], routes: readonly Route[]) =>
    billScenario({ endpoints, priceOverrides }, routes),
);

/** The scenario's monthly bill (billScenario), every endpoint on its own route; shared by every reader. */
export function useScenarioBill(): ScenarioBill {
  const endpoints = useCalculator((state) => state.endpoints);
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  return billOf(endpoints, priceOverrides, useRoutes());
}
