import { useCallback } from 'react';
import { MAX_ENDPOINTS } from '../../domain/scenario/endpoint';
import { newShapeFromTrace, shapeFromTrace, type TraceWorkload } from '../../domain/traces/trace-workload';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context';
import { selectActiveRouteId } from '../../store/selectors';
import { useEndpointNames } from '../../store/use-endpoint-names';
import { useRoutes } from '../../store/use-routes';
import { TracePanel } from './trace-panel';

/** The request-log panel, wired to the scenario: only the aggregates a log yields enter it. */
export function TraceSection() {
  const store = useCalculatorStore();
  const routes = useRoutes();
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  // Names and ids only: a slider step changes a shape, not this panel.
  const endpoints = useEndpointNames();
  const selectedEndpointId = useCalculator((state) => state.selectedEndpointId);
  const activeRouteId = useCalculator(selectActiveRouteId);

  const onApply = useCallback(
    (endpointId: string, workload: TraceWorkload) => {
      const endpoint = store.getState().endpoints.find((candidate) => candidate.id === endpointId);
      if (endpoint) store.getState().setEndpointShape(endpointId, shapeFromTrace(endpoint.shape, workload));
    },
    [store],
  );
  const onCreateEndpoints = useCallback(
    (drafts: readonly { name: string; workload: TraceWorkload }[]) => {
      const room = Math.max(0, MAX_ENDPOINTS - store.getState().endpoints.length);
      for (const draft of drafts.slice(0, room)) {
        store.getState().addEndpoint({
          name: draft.name,
          shape: newShapeFromTrace(draft.workload),
        });
      }
      return Math.min(room, drafts.length);
    },
    [store],
  );

  return (
    <TracePanel
      routes={routes}
      priceOverrides={priceOverrides}
      activeRouteId={activeRouteId}
      endpoints={endpoints}
      selectedEndpointId={selectedEndpointId}
      onApply={onApply}
      onCreateEndpoints={onCreateEndpoints}
    />
  );
}
