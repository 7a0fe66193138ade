import { useShallow } from 'zustand/react/shallow';
import type { Route } from '../domain/rates/route';
import type { Scenario } from '../domain/scenario/scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { useCalculator } from './calculator-context';
import { identityMemo } from './identity-memo';
import { selectScenario } from './selectors';
import { useRoutes } from './use-routes';

/**
 * One encoding per scenario and rate sheet, keyed by the identity of each part: every component that
 * shows the link (the header's share actions and the share panel, on every slider step) shares it.
 */
const fragmentOf = identityMemo(
  (
    routes: readonly Route[],
    endpoints: Scenario['endpoints'],
    selectedEndpointId: Scenario['selectedEndpointId'],
    priceOverrides: Scenario['priceOverrides'],
    pinnedRouteIds: Scenario['pinnedRouteIds'],
    routeFilter: Scenario['routeFilter'],
    tableSort: Scenario['tableSort'],
    monthlyBudgetUsd: Scenario['monthlyBudgetUsd'],
    customRoutes: Scenario['customRoutes'],
    billingExtras: Scenario['billingExtras'],
  ): string =>
    encodeScenario(
      {
        endpoints,
        selectedEndpointId,
        priceOverrides,
        pinnedRouteIds,
        routeFilter,
        tableSort,
        monthlyBudgetUsd,
        customRoutes,
        billingExtras,
      },
      { routes },
    ),
);

/** The current scenario as a share-link fragment (without "#"). */
export function useScenarioFragment(): string {
  const routes = useRoutes();
  // useShallow keeps the same object while every field is the same.
  const scenario = useCalculator(useShallow(selectScenario));
  return fragmentOf(
    routes,
    scenario.endpoints,
    scenario.selectedEndpointId,
    scenario.priceOverrides,
    scenario.pinnedRouteIds,
    scenario.routeFilter,
    scenario.tableSort,
    scenario.monthlyBudgetUsd,
    scenario.customRoutes,
    scenario.billingExtras,
  );
}
