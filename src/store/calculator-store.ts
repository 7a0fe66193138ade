/**
 * The calculator's store: inputs only (route, workload, price overrides). Every figure on screen is
 * derived from these by the domain engine, never stored. Built by a factory so tests and each
 * mounted app get their own real store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUNDLED_ROUTES, DEFAULT_ROUTE_ID } from '../data/rate-sheet';
import { validateBudgetUsd } from '../domain/budget';
import type { RouteFilter, TableSort } from '../domain/compare';
import {
  PRICE_RANGE,
  type PriceKind,
  type PriceText,
  parsePrice,
  priceToText,
  type Route,
} from '../domain/rates';
import { findRoute, routeForModelChange } from '../domain/route-catalog';
import { DEFAULT_SCENARIO, type Scenario } from '../domain/scenario';
import { isValidWorkloadValue, type WorkloadField } from '../domain/workload';

export interface CalculatorInputs extends Scenario {
  /** The rate sheet in force: every route the user can pick. */
  readonly routes: readonly Route[];
}

export interface CalculatorActions {
  setWorkloadValue(field: WorkloadField, value: number): void;
  selectRoute(routeId: string): void;
  selectModel(modelId: string): void;
  /** Sets a custom price for the active route; `null` for cached input means "no cached price". */
  setPrice(kind: PriceKind, price: PriceText | null): void;
  /** Drops a custom price of the active route, or of `routeId` when given. */
  resetPrice(kind: PriceKind, routeId?: string): void;
  togglePinned(routeId: string): void;
  setRouteFilter(filter: Partial<RouteFilter>): void;
  setTableSort(sort: TableSort): void;
  /** A monthly budget in dollars, or null for none; invalid values are refused. */
  setMonthlyBudget(usd: number | null): void;
  /** Replaces the scenario (an imported file); the rate sheet stays. */
  loadScenario(scenario: Scenario): void;
  reset(): void;
}

export type CalculatorState = CalculatorInputs & CalculatorActions;
export type CalculatorStore = StoreApi<CalculatorState>;

/** The highest price a field accepts, in micro-dollars per 1M tokens. */
const PRICE_LIMIT = BigInt(PRICE_RANGE.max) * 1_000_000n;

export const DEFAULT_INPUTS: CalculatorInputs = { ...DEFAULT_SCENARIO, routes: BUNDLED_ROUTES };

export interface CalculatorStoreOptions {
  readonly initial?: Partial<CalculatorInputs>;
}

function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function createCalculatorStore({ initial }: CalculatorStoreOptions = {}): CalculatorStore {
  const inputs = { ...DEFAULT_INPUTS, ...initial };
  // An unknown route (a stale link, a removed route) falls back to the default route, or the first.
  const routeId = findRoute(inputs.routes, inputs.routeId)
    ? inputs.routeId
    : findRoute(inputs.routes, DEFAULT_ROUTE_ID)
      ? DEFAULT_ROUTE_ID
      : (inputs.routes[0]?.id ?? DEFAULT_ROUTE_ID);
  return createStore<CalculatorState>()((set, get) => ({
    ...inputs,
    routeId,

    setWorkloadValue(field, value) {
      if (!isValidWorkloadValue(field, value)) return;
      set((state) => ({ workload: { ...state.workload, [field]: value } }));
    },

    selectRoute(routeId) {
      if (findRoute(get().routes, routeId)) set({ routeId });
    },

    selectModel(modelId) {
      const { routes, routeId } = get();
      const current = findRoute(routes, routeId);
      const next = current ? routeForModelChange(routes, current, modelId) : undefined;
      if (next) set({ routeId: next.id });
    },

    setPrice(kind, price) {
      const parsed = price === null ? null : parsePrice(price);
      if (price === null ? kind !== 'cachedInput' : parsed === null || parsed > PRICE_LIMIT) return;
      const text = parsed === null ? null : priceToText(parsed);
      set((state) => ({
        priceOverrides: {
          ...state.priceOverrides,
          [state.routeId]: { ...state.priceOverrides[state.routeId], [kind]: text },
        },
      }));
    },

    resetPrice(kind, routeId) {
      set((state) => {
        const target = routeId ?? state.routeId;
        const current = state.priceOverrides[target];
        if (!current) return state;
        const remaining = withoutKey(current, kind);
        return {
          priceOverrides:
            Object.keys(remaining).length === 0
              ? withoutKey(state.priceOverrides, target)
              : { ...state.priceOverrides, [target]: remaining },
        };
      });
    },

    togglePinned(routeId) {
      if (!findRoute(get().routes, routeId)) return;
      set((state) => ({
        pinnedRouteIds: state.pinnedRouteIds.includes(routeId)
          ? state.pinnedRouteIds.filter((id) => id !== routeId)
          : [...state.pinnedRouteIds, routeId],
      }));
    },

    setRouteFilter(filter) {
      set((state) => ({ routeFilter: { ...state.routeFilter, ...filter } }));
    },

    setTableSort(tableSort) {
      set({ tableSort });
    },

    setMonthlyBudget(monthlyBudgetUsd) {
      if (monthlyBudgetUsd === null || validateBudgetUsd(monthlyBudgetUsd) === null)
        set({ monthlyBudgetUsd });
    },

    loadScenario(scenario) {
      const { routes } = get();
      set({
        ...scenario,
        routeId: findRoute(routes, scenario.routeId) ? scenario.routeId : DEFAULT_ROUTE_ID,
      });
    },

    reset() {
      // Back to the default workload, route and view; the rate sheet in force stays.
      set({ ...DEFAULT_INPUTS, routes: get().routes });
    },
  }));
}

/** The scenario part of the state: what links, storage and files carry. */
export function selectScenario(state: CalculatorInputs): Scenario {
  const { routeId, workload, priceOverrides, pinnedRouteIds, routeFilter, tableSort, monthlyBudgetUsd } =
    state;
  return { routeId, workload, priceOverrides, pinnedRouteIds, routeFilter, tableSort, monthlyBudgetUsd };
}
