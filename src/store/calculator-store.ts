/**
 * The calculator's store: inputs only (route, workload, price overrides). Every figure on screen is
 * derived from these by the domain engine, never stored. Built by a factory so tests and each
 * mounted app get their own real store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUNDLED_ROUTES, DEFAULT_ROUTE_ID } from '../data/rate-sheet';
import { DEFAULT_ROUTE_FILTER, type RouteFilter } from '../domain/compare';
import {
  PRICE_RANGE,
  type PriceKind,
  type PriceOverrides,
  type PriceText,
  parsePrice,
  priceToText,
  type Route,
} from '../domain/rates';
import { findRoute, routeForModelChange } from '../domain/route-catalog';
import {
  DEFAULT_WORKLOAD,
  isValidWorkloadValue,
  type Workload,
  type WorkloadField,
} from '../domain/workload';

export interface CalculatorInputs {
  /** The rate sheet in force: every route the user can pick. */
  readonly routes: readonly Route[];
  readonly routeId: string;
  readonly workload: Workload;
  /** Prices the user typed, per route id; a route absent here uses the sheet's prices. */
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  /** Routes pinned in the comparison table to compare side by side. */
  readonly pinnedRouteIds: readonly string[];
  /** Which routes the comparison table shows. */
  readonly routeFilter: RouteFilter;
  /** The comparison table's sort: a column id and direction. */
  readonly tableSort: TableSort;
}

export interface TableSort {
  readonly columnId: string;
  readonly descending: boolean;
}

export interface CalculatorActions {
  setWorkloadValue(field: WorkloadField, value: number): void;
  selectRoute(routeId: string): void;
  selectModel(modelId: string): void;
  /** Sets a custom price for the active route; `null` for cached input means "no cached price". */
  setPrice(kind: PriceKind, price: PriceText | null): void;
  resetPrice(kind: PriceKind): void;
  togglePinned(routeId: string): void;
  setRouteFilter(filter: Partial<RouteFilter>): void;
  setTableSort(sort: TableSort): void;
  reset(): void;
}

export type CalculatorState = CalculatorInputs & CalculatorActions;
export type CalculatorStore = StoreApi<CalculatorState>;

/** The highest price a field accepts, in micro-dollars per 1M tokens. */
const PRICE_LIMIT = BigInt(PRICE_RANGE.max) * 1_000_000n;

export const DEFAULT_INPUTS: CalculatorInputs = {
  routes: BUNDLED_ROUTES,
  routeId: DEFAULT_ROUTE_ID,
  workload: DEFAULT_WORKLOAD,
  priceOverrides: {},
  pinnedRouteIds: [],
  routeFilter: DEFAULT_ROUTE_FILTER,
  tableSort: { columnId: 'monthlyCost', descending: false },
};

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

    resetPrice(kind) {
      set((state) => {
        const current = state.priceOverrides[state.routeId];
        if (!current) return state;
        const remaining = withoutKey(current, kind);
        return {
          priceOverrides:
            Object.keys(remaining).length === 0
              ? withoutKey(state.priceOverrides, state.routeId)
              : { ...state.priceOverrides, [state.routeId]: remaining },
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

    reset() {
      // Back to the default workload, route and view; the rate sheet in force stays.
      set({ ...DEFAULT_INPUTS, routes: get().routes });
    },
  }));
}
