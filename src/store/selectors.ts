/** Values derived from the store's inputs, read the same way by every component, hook and action. */
import { shallow } from 'zustand/shallow';
import type { Route } from '../domain/rates/route';
import { routesInForce } from '../domain/scenario/route-in-force';
import { type Scenario, selectedEndpoint } from '../domain/scenario/scenario';
import type { CalculatorInputs } from './calculator-store';

type RouteInputs = Pick<CalculatorInputs, 'sheetRoutes' | 'customRoutes'>;

/** The routes in force, by sheet and then by the user's routes (by identity): one list per pair. */
const routesMemo = new WeakMap<readonly Route[], WeakMap<readonly Route[], readonly Route[]>>();

/**
 * Every route the user can pick: the sheet with the user's added and imported routes merged in. The
 * same list while the sheet and the user's routes are the same lists, so selecting it never re-renders.
 */
export function selectRoutes({ sheetRoutes, customRoutes }: RouteInputs): readonly Route[] {
  let bySheet = routesMemo.get(sheetRoutes);
  if (!bySheet) {
    bySheet = new WeakMap();
    routesMemo.set(sheetRoutes, bySheet);
  }
  let routes = bySheet.get(customRoutes);
  if (!routes) {
    routes = routesInForce(sheetRoutes, customRoutes);
    bySheet.set(customRoutes, routes);
  }
  return routes;
}

/** The scenario returned last: the next call returns it again while every part is the same. */
let lastScenario: Scenario | null = null;

/**
 * The scenario part of the state: what links, storage and files carry. It is the same object while
 * every part is the same (by identity), so selecting it re-renders only when the scenario changed,
 * and every reader of it shares one share-link encoding (store/use-scenario-link.ts).
 */
export function selectScenario(state: CalculatorInputs): Scenario {
  const { endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter, tableSort } = state;
  const scenario: Scenario = {
    endpoints,
    selectedEndpointId,
    priceOverrides,
    pinnedRouteIds,
    routeFilter,
    tableSort,
    monthlyBudgetUsd: state.monthlyBudgetUsd,
    customRoutes: state.customRoutes,
    billingExtras: state.billingExtras,
  };
  if (lastScenario !== null && shallow(lastScenario, scenario)) return lastScenario;
  lastScenario = scenario;
  return scenario;
}

/** The selected endpoint's route id: the route the route picker and price fields edit. */
export function selectActiveRouteId(state: CalculatorInputs): string {
  return selectedEndpoint(state).routeId;
}
