import { DEFAULT_ENDPOINT } from '../domain/scenario/endpoint';
import { selectedEndpoint } from '../domain/scenario/scenario';
import { requestShapeFromWorkload, workloadOfRequests } from '../domain/workload/shapes';
import { DEFAULT_WORKLOAD, type Workload } from '../domain/workload/workload';
import type { CalculatorInputs } from '../store/calculator-store';

/** Store inputs with one endpoint on `routeId` (default route if not given) sending `workload`. */
export function oneEndpoint({
  routeId,
  workload,
}: {
  readonly routeId?: string | undefined;
  readonly workload?: Partial<Workload>;
} = {}): Pick<CalculatorInputs, 'endpoints' | 'selectedEndpointId'> {
  return {
    endpoints: [
      {
        ...DEFAULT_ENDPOINT,
        routeId: routeId ?? DEFAULT_ENDPOINT.routeId,
        shape: requestShapeFromWorkload({ ...DEFAULT_WORKLOAD, ...workload }),
      },
    ],
    selectedEndpointId: DEFAULT_ENDPOINT.id,
  };
}

/** The selected endpoint's route id. */
export function activeRouteId(state: Pick<CalculatorInputs, 'endpoints' | 'selectedEndpointId'>): string {
  return selectedEndpoint(state).routeId;
}

/** The selected endpoint's five workload fields (a request shape's). */
export function activeWorkload(state: Pick<CalculatorInputs, 'endpoints' | 'selectedEndpointId'>): Workload {
  const { shape } = selectedEndpoint(state);
  if (shape.kind !== 'requests') throw new Error('The selected endpoint does not send single requests.');
  return workloadOfRequests(shape);
}
