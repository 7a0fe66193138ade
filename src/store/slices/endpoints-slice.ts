/** The endpoints and the selection, and every edit to them (scenario/edit-endpoints.ts, workload/shape-fields.ts). */
import type { StateCreator } from 'zustand/vanilla';
import { findRoute, routeForModelChange } from '../../domain/rates/route-catalog';
import {
  type EndpointSelection,
  type NewEndpoint,
  withEndpointAdded,
  withEndpointCopied,
  withEndpointRenamed,
  withEndpointReplaced,
  withEndpointShape,
  withoutEndpoint,
  withValidShape,
} from '../../domain/scenario/edit-endpoints';
import { type Endpoint, moveItem, switchShapeKind } from '../../domain/scenario/endpoint';
import { DEFAULT_SCENARIO, selectedEndpoint } from '../../domain/scenario/scenario';
import { findPreset } from '../../domain/workload/presets';
import { type ShapeField, withConsumerTraffic, withShapeValue } from '../../domain/workload/shape-fields';
import type { ShapeKind } from '../../domain/workload/shape-kinds';
import { validateShape } from '../../domain/workload/shape-ranges';
import type { WorkloadShape } from '../../domain/workload/shapes';
import type { CalculatorState } from '../calculator-store';
import { selectRoutes } from '../selectors';
import { named, undoable } from './undo';

export interface EndpointsSlice extends EndpointSelection {
  /** Sets any shape field of the selected endpoint (null: no output cap); invalid values are ignored. */
  setShapeValue(field: ShapeField, value: number | null): void;
  setShapeKind(kind: ShapeKind): void;
  /** Consumer apps: count users × requests per user instead of requests. */
  setConsumerTraffic(on: boolean): void;
  /** Sets the selected endpoint's route. */
  selectRoute(routeId: string): void;
  selectModel(modelId: string): void;
  addEndpoint(endpoint?: NewEndpoint): void;
  addPresetEndpoint(presetId: string): void;
  selectEndpoint(id: string): void;
  /** Renames an endpoint; a name readEndpointName refuses is ignored. */
  renameEndpoint(id: string, name: string): void;
  duplicateEndpoint(id: string): void;
  moveEndpoint(id: string, offset: number): void;
  /** Removes an endpoint; the last one stays. Undoable. */
  removeEndpoint(id: string): void;
  /** Replaces an endpoint's shape (a trace applied to it); an invalid shape is ignored. */
  setEndpointShape(id: string, shape: WorkloadShape): void;
}

export const createEndpointsSlice: StateCreator<CalculatorState, [], [], EndpointsSlice> = (
  set,
  get,
  store,
) => {
  const updateSelected = (update: (endpoint: Endpoint, state: CalculatorState) => Endpoint | null) => {
    const state = get();
    const next = update(selectedEndpoint(state), state);
    const endpoints = next && withEndpointReplaced(state.endpoints, next);
    if (endpoints) set({ endpoints });
  };
  const setEndpoints = (endpoints: readonly Endpoint[] | null) => {
    if (endpoints) set({ endpoints });
  };
  const setSelection = (selection: EndpointSelection | null) => {
    if (selection) set(selection);
  };

  return {
    endpoints: DEFAULT_SCENARIO.endpoints,
    selectedEndpointId: DEFAULT_SCENARIO.selectedEndpointId,

    setShapeValue(field, value) {
      if (value !== null && !Number.isFinite(value)) return;
      updateSelected((endpoint) => withValidShape(endpoint, withShapeValue(endpoint.shape, field, value)));
    },

    setShapeKind(kind) {
      // The shape left behind is remembered; the one switched to comes back as it was left.
      updateSelected((endpoint) => {
        const next = switchShapeKind(endpoint, kind);
        return validateShape(next.shape).length === 0 ? next : null;
      });
    },

    setConsumerTraffic(on) {
      updateSelected((endpoint) => withValidShape(endpoint, withConsumerTraffic(endpoint.shape, on)));
    },

    selectRoute(routeId) {
      if (!findRoute(selectRoutes(get()), routeId)) return;
      updateSelected((endpoint) => ({ ...endpoint, routeId }));
    },

    selectModel(modelId) {
      updateSelected((endpoint, state) => {
        const routes = selectRoutes(state);
        const current = findRoute(routes, endpoint.routeId);
        const next = current ? routeForModelChange(routes, current, modelId) : undefined;
        return next ? { ...endpoint, routeId: next.id } : null;
      });
    },

    addEndpoint(endpoint = {}) {
      setSelection(withEndpointAdded(get(), selectRoutes(get()), endpoint));
    },

    addPresetEndpoint(presetId) {
      const preset = findPreset(presetId);
      if (preset) get().addEndpoint({ name: preset.name, shape: preset.shape });
    },

    selectEndpoint(id) {
      if (get().endpoints.some((endpoint) => endpoint.id === id)) set({ selectedEndpointId: id });
    },

    renameEndpoint(id, text) {
      setEndpoints(withEndpointRenamed(get().endpoints, id, text));
    },

    duplicateEndpoint(id) {
      setSelection(withEndpointCopied(get().endpoints, id));
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
      const state = get();
      const removed = state.endpoints.find((endpoint) => endpoint.id === id);
      const next = withoutEndpoint(state, id);
      if (!removed || !next) return;
      undoable(store, `Removed the endpoint “${named(removed.name)}”.`, () => set(next));
    },

    setEndpointShape(id, shape) {
      setEndpoints(withEndpointShape(get().endpoints, id, shape));
    },
  };
};
