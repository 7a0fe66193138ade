/**
 * The calculator's store: inputs only (endpoints with their routes and workload shapes, the user's
 * routes and price overrides, table view, budget, billing extras). Every figure on screen, and the
 * routes in force, are derived from these (selectors.ts, the domain engine), never stored. Built by a
 * factory so tests and each mounted app get their own real store; the slices (slices/*.ts) hold the
 * actions, and the rules they apply live in the domain (scenario/edit-*.ts, workload/shape-fields.ts).
 *
 * Undo (slices/undo.ts): the five destructive actions (reset, removeEndpoint, importScenario,
 * importRoutes, deleteCustomRoute) record the inputs they replaced as one undo offer, and `undo` puts
 * them back exactly. The offer lasts until another destructive action replaces it, it is used or
 * dismissed, or the scenario is edited (the endpoints, prices, pins, budget, routes or billing extras
 * change), so an undo never throws away work done after the action. Selecting an endpoint, filtering
 * or sorting the table keeps it. An action that changes nothing makes no offer and keeps the current one.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { Route } from '../domain/rates/route';
import { ownCustomRoutes } from '../domain/scenario/custom-routes';
import { onKnownRoutes } from '../domain/scenario/edit-endpoints';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario/scenario';
import { selectRoutes } from './selectors';
import { type BudgetExtrasSlice, createBudgetExtrasSlice } from './slices/budget-extras-slice';
import { createEndpointsSlice, type EndpointsSlice } from './slices/endpoints-slice';
import { createPricesSlice, type PricesSlice } from './slices/prices-slice';
import { createScenarioActions, type ScenarioActions } from './slices/scenario-actions';
import { endOfferOnEdit } from './slices/undo';
import { createViewSlice, type ViewSlice } from './slices/view-slice';

export interface CalculatorInputs extends Scenario {
  /** The bundled rate sheet (or a test's), before the user's routes. */
  readonly sheetRoutes: readonly Route[];
}

/** The inputs an undo puts back: everything but the bundled sheet, which no action changes. */
export type UndoSnapshot = Omit<CalculatorInputs, 'sheetRoutes'>;

export interface UndoOffer {
  /** Grows with every offer, so the notice can tell a new offer from the one it shows. */
  readonly id: number;
  /** What the action did, in plain words (text only): "Removed the endpoint “Tagging”." */
  readonly message: string;
  readonly previous: UndoSnapshot;
}

export type CalculatorState = EndpointsSlice & PricesSlice & ViewSlice & BudgetExtrasSlice & ScenarioActions;
export type CalculatorStore = StoreApi<CalculatorState>;

export const DEFAULT_INPUTS: CalculatorInputs = { ...DEFAULT_SCENARIO, sheetRoutes: BUNDLED_ROUTES };

/** Inputs a store starts from; `routes` is the sheet (an alias of `sheetRoutes`, for tests). */
export type InitialInputs = Partial<CalculatorInputs> & { readonly routes?: readonly Route[] };

export interface CalculatorStoreOptions {
  readonly initial?: InitialInputs;
}

export function createCalculatorStore({ initial = {} }: CalculatorStoreOptions = {}): CalculatorStore {
  const { routes, ...given } = initial;
  const sheetRoutes = given.sheetRoutes ?? routes ?? BUNDLED_ROUTES;
  const inputs = { ...DEFAULT_INPUTS, ...given, sheetRoutes };
  // The user's routes never carry a sheet route's id (route-merge.ts).
  const customRoutes = ownCustomRoutes(sheetRoutes, inputs.customRoutes);
  const routesInForce = selectRoutes({ sheetRoutes, customRoutes });
  const store = createStore<CalculatorState>()((...a) => ({
    ...createEndpointsSlice(...a),
    ...createPricesSlice(...a),
    ...createViewSlice(...a),
    ...createBudgetExtrasSlice(...a),
    ...createScenarioActions(...a),
    ...inputs,
    customRoutes,
    ...onKnownRoutes(inputs, routesInForce),
  }));
  endOfferOnEdit(store);
  return store;
}
