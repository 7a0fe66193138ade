/**
 * The calculator's store: inputs only (endpoints with their routes and workload shapes, price
 * overrides, table view, budget). Every figure on screen is derived from these by the domain engine,
 * never stored. Built by a factory so tests and each mounted app get their own real store.
 *
 * Undo: the five destructive actions (reset, removeEndpoint, importScenario, importRoutes,
 * deleteCustomRoute) record the inputs they replaced as one undo offer, and `undo` puts them back
 * exactly. The offer lasts until another destructive action replaces it, it is used or dismissed, or
 * the scenario is edited (the endpoints, prices, pins, budget, routes or billing extras change), so
 * an undo never throws away work done after the action. Selecting an endpoint, filtering or sorting
 * the table keeps it. An action that changes nothing makes no offer and keeps the current one.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import type { BillingExtrasInput } from '../domain/billing/extras-input';
import {
  MAX_PRICE_MICROS,
  type PriceKind,
  type PriceText,
  parsePrice,
  priceToText,
} from '../domain/rates/prices';
import { chooseReference, plainText, type ReferenceKey } from '../domain/rates/provenance';
import { type Route, routeName } from '../domain/rates/route';
import { findRoute, routeForModelChange } from '../domain/rates/route-catalog';
import type { RouteFilter } from '../domain/rates/route-filter';
import { joinAddedRoutes, type RouteJoin } from '../domain/rates/route-merge';
import {
  defaultEndpointName,
  ENDPOINT_NAME_LIMIT,
  type Endpoint,
  MAX_ENDPOINTS,
  moveItem,
  nextEndpointId,
  readEndpointName,
  rememberShape,
  switchShapeKind,
  uniqueEndpointName,
} from '../domain/scenario/endpoint';
import { validateBudgetUsd } from '../domain/scenario/monthly-budget';
import { knownRouteId, routesInForce } from '../domain/scenario/route-in-force';
import { DEFAULT_SCENARIO, type Scenario, selectedEndpoint } from '../domain/scenario/scenario';
import type { TableSort } from '../domain/scenario/view';
import { wellFormed } from '../domain/text';
import { findPreset } from '../domain/workload/presets';
import type { ShapeKind } from '../domain/workload/shape-kinds';
import { validateShape } from '../domain/workload/shape-ranges';
import { requestsFromUsers, type WorkloadShape } from '../domain/workload/shapes';

export interface CalculatorInputs extends Scenario {
  /** The bundled rate sheet (or a test's), before the user's routes. */
  readonly sheetRoutes: readonly Route[];
  /** Every route the user can pick: the sheet with the user's added and imported routes merged in. */
  readonly routes: readonly Route[];
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

/** A field of any workload shape (workload/shapes.ts), or of its consumer traffic. */
export type ShapeField = string;

export interface NewEndpoint {
  readonly name?: string;
  readonly shape?: WorkloadShape;
  readonly routeId?: string;
}

export interface CalculatorActions {
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
  /**
   * Adds routes, or replaces the user's route with the same id (an edit). A route with a bundled
   * route's id joins under an id of its own (route-merge.ts joinAddedRoutes): bundled routes never change.
   */
  saveCustomRoutes(routes: readonly Route[]): RouteJoin;
  /** saveCustomRoutes for a rate-sheet import, `from` the file's name (null when pasted): undoable. */
  importRoutes(routes: readonly Route[], from: string | null): RouteJoin;
  /** Deletes a route the user added; endpoints on it move to the default route. Undoable. */
  deleteCustomRoute(routeId: string): void;
  /** Puts one of a route's published figures in force (provenance.ts chooseReference). */
  chooseReference(routeId: string, key: ReferenceKey): void;
  setBillingExtras(extras: BillingExtrasInput): void;
  /** Puts a whole scenario in place, added routes included (a link, a restore, another tab's edit). */
  replaceScenario(scenario: Scenario): void;
  /**
   * Opens a scenario file the user imported (`from`: its name), undoably: the scenario replaces the
   * current one, the rate sheet stays, and the file's routes join the ones added in this session.
   */
  importScenario(scenario: Scenario, from: string): void;
  /** Back to the default scenario; the bundled rate sheet stays. Undoable. */
  reset(): void;
  /** Puts back the inputs the offered action replaced, exactly; nothing without an offer. */
  undo(): void;
  dismissUndo(): void;
}

export interface CalculatorUndo {
  /** The last destructive action's undo, while it may still be used. */
  readonly undoOffer: UndoOffer | null;
}

export type CalculatorState = CalculatorInputs & CalculatorUndo & CalculatorActions;
export type CalculatorStore = StoreApi<CalculatorState>;

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

const SNAPSHOT_KEYS = [
  'endpoints',
  'selectedEndpointId',
  'priceOverrides',
  'pinnedRouteIds',
  'routeFilter',
  'tableSort',
  'monthlyBudgetUsd',
  'customRoutes',
  'billingExtras',
  'routes',
] as const satisfies readonly (keyof UndoSnapshot)[];
/** Changing these is editing the scenario: it ends an undo offer. Selection, filter and sort do not. */
const EDIT_KEYS = [
  'endpoints',
  'priceOverrides',
  'pinnedRouteIds',
  'monthlyBudgetUsd',
  'customRoutes',
  'billingExtras',
] as const satisfies readonly (keyof UndoSnapshot)[];

function snapshotOf(state: CalculatorInputs): UndoSnapshot {
  return Object.fromEntries(SNAPSHOT_KEYS.map((key) => [key, state[key]])) as unknown as UndoSnapshot;
}

function sameInputs(a: UndoSnapshot, b: UndoSnapshot, keys: readonly (keyof UndoSnapshot)[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}

/** A name inside an undo message: plain text, short. */
function named(text: string): string {
  return plainText(text, 80).text;
}

export function createCalculatorStore({ initial }: CalculatorStoreOptions = {}): CalculatorStore {
  const given = { ...DEFAULT_INPUTS, ...initial };
  // A test or the app may give `routes` alone: that is the sheet.
  const sheetRoutes = initial?.sheetRoutes ?? initial?.routes ?? BUNDLED_ROUTES;
  // The user's routes never carry a sheet route's id (route-merge.ts): a scenario that still has such a
  // route (made before the rule) gets it under an id of its own; the same list stays the same list.
  const join = joinAddedRoutes(sheetRoutes, [], given.customRoutes);
  const kept = join.renamed.length === 0 && join.unchanged === 0;
  const customRoutes = kept ? given.customRoutes : join.customRoutes;
  const inputs = { ...given, sheetRoutes, customRoutes, routes: routesInForce(sheetRoutes, customRoutes) };
  let offers = 0;
  const store = createStore<CalculatorState>()((set, get) => {
    /**
     * Runs a destructive action and offers its undo: the inputs before it. When it changed nothing,
     * no offer is made and the current one stays (a second Reset must not offer the defaults back).
     */
    const undoable = (message: string, action: () => void) => {
      const before = snapshotOf(get());
      action();
      if (sameInputs(before, snapshotOf(get()), SNAPSHOT_KEYS)) return;
      offers += 1;
      set({ undoOffer: { id: offers, message, previous: before } });
    };
    const saveRoutes = (saved: readonly Route[]): RouteJoin => {
      const state = get();
      const join = joinAddedRoutes(state.sheetRoutes, state.customRoutes, saved);
      if (join.joined.length > 0)
        set({ customRoutes: join.customRoutes, routes: routesInForce(state.sheetRoutes, join.customRoutes) });
      return join;
    };
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
    /** Replaces the scenario; the rate sheet stays. */
    const loadScenario = (scenario: Scenario) => {
      // The file's routes join the ones already added in this session (same id: the file's wins).
      const { sheetRoutes } = get();
      const customRoutes = joinAddedRoutes(
        sheetRoutes,
        get().customRoutes,
        scenario.customRoutes,
      ).customRoutes;
      const routes = routesInForce(sheetRoutes, customRoutes);
      const pinnedRouteIds = scenario.pinnedRouteIds.filter((id) => findRoute(routes, id));
      set({ ...scenario, customRoutes, routes, pinnedRouteIds, ...sanitize(scenario, routes) });
    };
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
      undoOffer: null,

      setShapeValue(field, value) {
        if (value !== null && !Number.isFinite(value)) return;
        updateShape(nextShape(selectedEndpoint(get()).shape, field, value));
      },

      setShapeKind(kind) {
        // The shape left behind is remembered; the one switched to comes back as it was left.
        updateSelected((endpoint) => {
          const next = switchShapeKind(endpoint, kind);
          return validateShape(next.shape).length === 0 ? next : null;
        });
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
        if (price === null ? kind !== 'cachedInput' : parsed === null || parsed > MAX_PRICE_MICROS) return;
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
        const { id: _id, ...copy } = source;
        insertEndpoint({ ...copy, name: `${base}${suffix}` }, index + 1);
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
        const removed = endpoints[index];
        if (!removed || endpoints.length === 1) return;
        undoable(`Removed the endpoint “${named(removed.name)}”.`, () => {
          const next = endpoints.filter((endpoint) => endpoint.id !== id);
          const neighbour = next[Math.min(index, next.length - 1)] as Endpoint;
          set({
            endpoints: next,
            selectedEndpointId: selectedEndpointId === id ? neighbour.id : selectedEndpointId,
          });
        });
      },

      setEndpointShape(id, shape) {
        if (validateShape(shape).length > 0) return;
        set((state) => ({
          endpoints: state.endpoints.map((endpoint) =>
            endpoint.id === id ? rememberShape(endpoint, shape) : endpoint,
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
        const query = filter.query === undefined ? {} : { query: wellFormed(filter.query) };
        set((state) => ({ routeFilter: { ...state.routeFilter, ...filter, ...query } }));
      },

      setTableSort(tableSort) {
        set({ tableSort });
      },

      setMonthlyBudget(monthlyBudgetUsd) {
        if (monthlyBudgetUsd === null || validateBudgetUsd(monthlyBudgetUsd) === null)
          set({ monthlyBudgetUsd });
      },

      saveCustomRoutes(saved) {
        return saveRoutes(saved);
      },

      importRoutes(imported, from) {
        let join: RouteJoin = joinAddedRoutes(get().sheetRoutes, get().customRoutes, []);
        const count = imported.length.toLocaleString('en-US');
        const source = from === null ? '' : ` from ${named(from)}`;
        undoable(`Imported ${count} ${imported.length === 1 ? 'route' : 'routes'}${source}.`, () => {
          join = saveRoutes(imported);
        });
        return join;
      },

      deleteCustomRoute(routeId) {
        const state = get();
        const route = state.customRoutes.find((candidate) => candidate.id === routeId);
        if (!route) return;
        undoable(`Deleted the route “${named(routeName(route))}”.`, () => {
          const customRoutes = state.customRoutes.filter((candidate) => candidate.id !== routeId);
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

      replaceScenario(scenario) {
        // Nothing the user did is being undone here, and an older offer no longer fits what is shown.
        const { sheetRoutes } = get();
        const customRoutes = joinAddedRoutes(sheetRoutes, [], scenario.customRoutes).customRoutes;
        const routes = routesInForce(sheetRoutes, customRoutes);
        const pinnedRouteIds = scenario.pinnedRouteIds.filter((id) => findRoute(routes, id));
        set({
          ...scenario,
          customRoutes,
          routes,
          pinnedRouteIds,
          ...sanitize(scenario, routes),
          undoOffer: null,
        });
      },

      importScenario(scenario, from) {
        undoable(`Opened the scenario file ${named(from)}.`, () => loadScenario(scenario));
      },

      reset() {
        // Back to the default endpoint, route and view; the bundled rate sheet stays.
        undoable('Reset the scenario to the defaults.', () => {
          const { sheetRoutes } = get();
          set({ ...DEFAULT_INPUTS, sheetRoutes, routes: sheetRoutes });
        });
      },

      undo() {
        const offer = get().undoOffer;
        if (offer) set({ ...offer.previous, undoOffer: null });
      },

      dismissUndo() {
        if (get().undoOffer) set({ undoOffer: null });
      },
    };
  });
  // Editing the scenario after a destructive action ends its offer: undoing it then would lose the edit.
  store.subscribe((state, previous) => {
    if (state.undoOffer === null || state.undoOffer !== previous.undoOffer) return;
    if (!sameInputs(snapshotOf(state), snapshotOf(previous), EDIT_KEYS)) store.setState({ undoOffer: null });
  });
  return store;
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
