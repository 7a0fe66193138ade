/**
 * The calculator's store: inputs only (endpoints with their routes and workload shapes, price
 * overrides, table view, budget). Every figure on screen is derived from these by the domain engine,
 * never stored. Built by a factory so tests and each mounted app get their own real store.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUNDLED_ROUTES, DEFAULT_ROUTE_ID } from '../data/rate-sheet';
import type { BillingExtrasInput } from '../domain/billing-extras';
import { validateBudgetUsd } from '../domain/budget';
import type { RouteFilter, TableSort } from '../domain/compare';
import {
  changeShapeKind,
  defaultEndpointName,
  ENDPOINT_NAME_LIMIT,
  type Endpoint,
  MAX_ENDPOINTS,
  moveItem,
  nextEndpointId,
  readEndpointName,
  type ShapeKind,
  uniqueEndpointName,
} from '../domain/endpoint';
import { findPreset } from '../domain/presets';
import { chooseReference, type ReferenceKey } from '../domain/provenance';
import {
  PRICE_RANGE,
  type PriceKind,
  type PriceText,
  parsePrice,
  priceToText,
  type Route,
} from '../domain/rates';
import { findRoute, routeForModelChange } from '../domain/route-catalog';
import { mergeRoutes } from '../domain/route-merge';
import { DEFAULT_SCENARIO, type Scenario, selectedEndpoint } from '../domain/scenario';
import type { WorkloadField } from '../domain/workload';
import { requestsFromUsers, validateShape, type WorkloadShape } from '../domain/workload-shapes';

export interface CalculatorInputs extends Scenario {
  /** The bundled rate sheet (or a test's), before the user's routes. */
  readonly sheetRoutes: readonly Route[];
  /** Every route the user can pick: the sheet with the user's added and imported routes merged in. */
  readonly routes: readonly Route[];
}

/** A field of any workload shape (workload-shapes.ts), or of its consumer traffic. */
export type ShapeField = string;

export interface NewEndpoint {
  readonly name?: string;
  readonly shape?: WorkloadShape;
  readonly routeId?: string;
}

export interface CalculatorActions {
  /** Sets a field of the selected endpoint's workload; values its range refuses are ignored. */
  setWorkloadValue(field: WorkloadField, value: number): void;
  /** Sets any shape field of the selected endpoint (null: no output cap); invalid values are ignored. */
  setShapeValue(field: ShapeField, value: number | null): void;
  setShapeKind(kind: ShapeKind): void;
  /** Consumer apps: count users × requests per user instead of requests. */
  setConsumerTraffic(on: boolean): void;
  /** Sets the selected endpoint's route. */
  selectRoute(routeId: string): void;
  selectModel(modelId: string): void;
  /** Sets a custom price for the active route; `null` for cached input means "no cached price". */
  setPrice(kind: PriceKind, price: PriceText | null): void;
  /** Drops a custom price of the active route, or of `routeId` when given. */
  resetPrice(kind: PriceKind, routeId?: string): void;
  addEndpoint(endpoint?: NewEndpoint): void;
  addPresetEndpoint(presetId: string): void;
  selectEndpoint(id: string): void;
  /** Renames an endpoint; a name readEndpointName refuses is ignored. */
  renameEndpoint(id: string, name: string): void;
  duplicateEndpoint(id: string): void;
  moveEndpoint(id: string, offset: number): void;
  /** Removes an endpoint; the last one stays. */
  removeEndpoint(id: string): void;
  /** Replaces an endpoint's shape (a trace applied to it); an invalid shape is ignored. */
  setEndpointShape(id: string, shape: WorkloadShape): void;
  togglePinned(routeId: string): void;
  setRouteFilter(filter: Partial<RouteFilter>): void;
  setTableSort(sort: TableSort): void;
  /** A monthly budget in dollars, or null for none; invalid values are refused. */
  setMonthlyBudget(usd: number | null): void;
  /** Adds a route, or replaces the one with its id (an edit, or an update of a bundled route). */
  saveCustomRoutes(routes: readonly Route[]): void;
  /** Deletes a route the user added; endpoints on it move to the default route. */
  deleteCustomRoute(routeId: string): void;
  /** Puts one of a route's published figures in force (provenance.ts chooseReference). */
  chooseReference(routeId: string, key: ReferenceKey): void;
  setBillingExtras(extras: BillingExtrasInput): void;
  /** Replaces the scenario (an imported file); the rate sheet stays. */
  loadScenario(scenario: Scenario): void;
  /** Puts a whole scenario in place, added routes included (a link, a restore, another tab's edit). */
  replaceScenario(scenario: Scenario): void;
  reset(): void;
}

export type CalculatorState = CalculatorInputs & CalculatorActions;
export type CalculatorStore = StoreApi<CalculatorState>;

/** The highest price a field accepts, in micro-dollars per 1M tokens. */
const PRICE_LIMIT = BigInt(PRICE_RANGE.max) * 1_000_000n;
const CONSUMER_FIELDS = new Set(['usersPerMonth', 'requestsPerUser']);

export const DEFAULT_INPUTS: CalculatorInputs = {
  ...DEFAULT_SCENARIO,
  sheetRoutes: BUNDLED_ROUTES,
  routes: BUNDLED_ROUTES,
};

export interface CalculatorStoreOptions {
  readonly initial?: Partial<CalculatorInputs>;
}

function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** A route id the sheet has: the id itself, else the default route, else the sheet's first. */
function knownRouteId(routes: readonly Route[], routeId: string): string {
  if (findRoute(routes, routeId)) return routeId;
  return findRoute(routes, DEFAULT_ROUTE_ID) ? DEFAULT_ROUTE_ID : (routes[0]?.id ?? DEFAULT_ROUTE_ID);
}

/** The scenario's endpoints on routes the sheet has, with a selected endpoint that exists. */
function sanitize(
  scenario: Scenario,
  routes: readonly Route[],
): Pick<Scenario, 'endpoints' | 'selectedEndpointId'> {
  const list = scenario.endpoints.length > 0 ? scenario.endpoints : DEFAULT_SCENARIO.endpoints;
  const endpoints = list.map((endpoint) => {
    const routeId = knownRouteId(routes, endpoint.routeId);
    return routeId === endpoint.routeId ? endpoint : { ...endpoint, routeId };
  });
  return { endpoints, selectedEndpointId: selectedEndpoint({ ...scenario, endpoints }).id };
}

function nextShape(shape: WorkloadShape, field: ShapeField, value: number | null): WorkloadShape | null {
  if (CONSUMER_FIELDS.has(field)) {
    if (shape.kind !== 'requests' || !shape.consumer || value === null) return null;
    return { ...shape, consumer: { ...shape.consumer, [field]: value } };
  }
  if (!(field in shape) || field === 'kind' || field === 'consumer') return null;
  if (value === null && field !== 'maxOutputTokensPerCall') return null;
  return { ...shape, [field]: value } as WorkloadShape;
}

/** The routes in force: the sheet with the user's routes merged in (same id replaces). */
function routesInForce(sheetRoutes: readonly Route[], customRoutes: readonly Route[]): readonly Route[] {
  return customRoutes.length === 0 ? sheetRoutes : mergeRoutes(sheetRoutes, customRoutes);
}

export function createCalculatorStore({ initial }: CalculatorStoreOptions = {}): CalculatorStore {
  const given = { ...DEFAULT_INPUTS, ...initial };
  // A test or the app may give `routes` alone: that is the sheet.
  const sheetRoutes = initial?.sheetRoutes ?? initial?.routes ?? BUNDLED_ROUTES;
  const inputs = { ...given, sheetRoutes, routes: routesInForce(sheetRoutes, given.customRoutes) };
  return createStore<CalculatorState>()((set, get) => {
    const updateSelected = (update: (endpoint: Endpoint, state: CalculatorState) => Endpoint | null) => {
      const state = get();
      const current = selectedEndpoint(state);
      const next = update(current, state);
      if (!next || next === current) return;
      set({ endpoints: state.endpoints.map((endpoint) => (endpoint.id === current.id ? next : endpoint)) });
    };
    const updateShape = (shape: WorkloadShape | null) =>
      updateSelected((endpoint) =>
        shape && validateShape(shape).length === 0 ? { ...endpoint, shape } : null,
      );
    const insertEndpoint = (endpoint: Omit<Endpoint, 'id'>, at?: number) => {
      const { endpoints } = get();
      if (endpoints.length >= MAX_ENDPOINTS) return;
      const created: Endpoint = {
        ...endpoint,
        id: nextEndpointId(endpoints),
        name: uniqueEndpointName(endpoint.name, endpoints),
      };
      const next = [...endpoints];
      next.splice(at ?? endpoints.length, 0, created);
      set({ endpoints: next, selectedEndpointId: created.id });
    };

    return {
      ...inputs,
      ...sanitize(inputs, inputs.routes),

      setWorkloadValue(field, value) {
        get().setShapeValue(field, value);
      },

      setShapeValue(field, value) {
        if (value !== null && !Number.isFinite(value)) return;
        updateShape(nextShape(selectedEndpoint(get()).shape, field, value));
      },

      setShapeKind(kind) {
        updateShape(changeShapeKind(selectedEndpoint(get()).shape, kind));
      },

      setConsumerTraffic(on) {
        const { shape } = selectedEndpoint(get());
        if (shape.kind !== 'requests' || on === (shape.consumer !== null)) return;
        if (!on) {
          // Keep the traffic the users made, within the requests field's range.
          const requests = shape.consumer
            ? Number(requestsFromUsers(shape.consumer))
            : shape.requestsPerMonth;
          updateShape({ ...shape, consumer: null, requestsPerMonth: requests });
          return;
        }
        const usersPerMonth = Math.max(1, Math.round(shape.requestsPerMonth / 10));
        updateShape({ ...shape, consumer: { usersPerMonth, requestsPerUser: 10 } });
      },

      selectRoute(routeId) {
        if (!findRoute(get().routes, routeId)) return;
        updateSelected((endpoint) => ({ ...endpoint, routeId }));
      },

      selectModel(modelId) {
        updateSelected((endpoint, { routes }) => {
          const current = findRoute(routes, endpoint.routeId);
          const next = current ? routeForModelChange(routes, current, modelId) : undefined;
          return next ? { ...endpoint, routeId: next.id } : null;
        });
      },

      setPrice(kind, price) {
        const parsed = price === null ? null : parsePrice(price);
        if (price === null ? kind !== 'cachedInput' : parsed === null || parsed > PRICE_LIMIT) return;
        const text = parsed === null ? null : priceToText(parsed);
        const { routeId } = selectedEndpoint(get());
        set((state) => ({
          priceOverrides: {
            ...state.priceOverrides,
            [routeId]: { ...state.priceOverrides[routeId], [kind]: text },
          },
        }));
      },

      resetPrice(kind, routeId) {
        set((state) => {
          const target = routeId ?? selectedEndpoint(state).routeId;
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

      addEndpoint(endpoint = {}) {
        const state = get();
        const selected = selectedEndpoint(state);
        const shape =
          endpoint.shape && validateShape(endpoint.shape).length === 0 ? endpoint.shape : selected.shape;
        const name = endpoint.name === undefined ? undefined : readEndpointName(endpoint.name);
        insertEndpoint({
          name: name?.ok ? name.name : defaultEndpointName(state.endpoints.length + 1),
          routeId: knownRouteId(state.routes, endpoint.routeId ?? selected.routeId),
          shape,
        });
      },

      addPresetEndpoint(presetId) {
        const preset = findPreset(presetId);
        if (preset) get().addEndpoint({ name: preset.name, shape: preset.shape });
      },

      selectEndpoint(id) {
        if (get().endpoints.some((endpoint) => endpoint.id === id)) set({ selectedEndpointId: id });
      },

      renameEndpoint(id, text) {
        const reading = readEndpointName(text);
        if (!reading.ok) return;
        set((state) => {
          const others = state.endpoints.filter((endpoint) => endpoint.id !== id);
          const name = uniqueEndpointName(reading.name, others);
          return {
            endpoints: state.endpoints.map((endpoint) =>
              endpoint.id === id ? { ...endpoint, name } : endpoint,
            ),
          };
        });
      },

      duplicateEndpoint(id) {
        const { endpoints } = get();
        const index = endpoints.findIndex((endpoint) => endpoint.id === id);
        const source = endpoints[index];
        if (!source) return;
        const suffix = ' (copy)';
        const room = ENDPOINT_NAME_LIMIT - suffix.length;
        const base =
          [...source.name].length > room ? [...source.name].slice(0, room).join('').trimEnd() : source.name;
        insertEndpoint({ name: `${base}${suffix}`, routeId: source.routeId, shape: source.shape }, index + 1);
      },

      moveEndpoint(id, offset) {
        const { endpoints } = get();
        const next = moveItem(
          endpoints,
          endpoints.findIndex((endpoint) => endpoint.id === id),
          offset,
        );
        if (next !== endpoints) set({ endpoints: next });
      },

      removeEndpoint(id) {
        const { endpoints, selectedEndpointId } = get();
        const index = endpoints.findIndex((endpoint) => endpoint.id === id);
        if (index === -1 || endpoints.length === 1) return;
        const next = endpoints.filter((endpoint) => endpoint.id !== id);
        const neighbour = next[Math.min(index, next.length - 1)] as Endpoint;
        set({
          endpoints: next,
          selectedEndpointId: selectedEndpointId === id ? neighbour.id : selectedEndpointId,
        });
      },

      setEndpointShape(id, shape) {
        if (validateShape(shape).length > 0) return;
        set((state) => ({
          endpoints: state.endpoints.map((endpoint) =>
            endpoint.id === id ? { ...endpoint, shape } : endpoint,
          ),
        }));
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

      saveCustomRoutes(saved) {
        if (saved.length === 0) return;
        const state = get();
        const customRoutes = mergeRoutes(state.customRoutes, saved);
        set({ customRoutes, routes: routesInForce(state.sheetRoutes, customRoutes) });
      },

      deleteCustomRoute(routeId) {
        const state = get();
        if (!state.customRoutes.some((route) => route.id === routeId)) return;
        const customRoutes = state.customRoutes.filter((route) => route.id !== routeId);
        const routes = routesInForce(state.sheetRoutes, customRoutes);
        set({
          customRoutes,
          routes,
          ...sanitize(state, routes),
          pinnedRouteIds: state.pinnedRouteIds.filter((id) => findRoute(routes, id)),
          priceOverrides: findRoute(routes, routeId)
            ? state.priceOverrides
            : withoutKey(state.priceOverrides, routeId),
        });
      },

      chooseReference(routeId, key) {
        const route = findRoute(get().routes, routeId);
        if (!route) return;
        const selection = chooseReference(route, key);
        if (selection.kind === 'unknown-reference') return;
        set((state) => ({
          priceOverrides:
            selection.kind === 'use-sheet'
              ? withoutKey(state.priceOverrides, routeId)
              : { ...state.priceOverrides, [routeId]: selection.overrides },
        }));
      },

      setBillingExtras(billingExtras) {
        set({ billingExtras });
      },

      loadScenario(scenario) {
        // The file's routes join the ones already added in this session (same id: the file's wins).
        const customRoutes = mergeRoutes(get().customRoutes, scenario.customRoutes);
        const routes = routesInForce(get().sheetRoutes, customRoutes);
        const pinnedRouteIds = scenario.pinnedRouteIds.filter((id) => findRoute(routes, id));
        set({ ...scenario, customRoutes, routes, pinnedRouteIds, ...sanitize(scenario, routes) });
      },

      replaceScenario(scenario) {
        const routes = routesInForce(get().sheetRoutes, scenario.customRoutes);
        const pinnedRouteIds = scenario.pinnedRouteIds.filter((id) => findRoute(routes, id));
        set({ ...scenario, routes, pinnedRouteIds, ...sanitize(scenario, routes) });
      },

      reset() {
        // Back to the default endpoint, route and view; the bundled rate sheet stays.
        const { sheetRoutes } = get();
        set({ ...DEFAULT_INPUTS, sheetRoutes, routes: sheetRoutes });
      },
    };
  });
}

/** The scenario part of the state: what links, storage and files carry. */
export function selectScenario(state: CalculatorInputs): Scenario {
  const { endpoints, selectedEndpointId, priceOverrides, pinnedRouteIds, routeFilter, tableSort } = state;
  return {
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
}

/** The selected endpoint's route id: the route the route picker and price fields edit. */
export function selectActiveRouteId(state: CalculatorInputs): string {
  return selectedEndpoint(state).routeId;
}
