import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCalculator } from './calculator-context';

export interface EndpointName {
  readonly id: string;
  readonly name: string;
}

/**
 * Every endpoint's id and name, in order: the same list while no endpoint is added, removed, moved or
 * renamed, so a slider step (which changes a shape) does not re-render the component reading it.
 */
export function useEndpointNames(): readonly EndpointName[] {
  const ids = useCalculator(useShallow((state) => state.endpoints.map((endpoint) => endpoint.id)));
  const names = useCalculator(useShallow((state) => state.endpoints.map((endpoint) => endpoint.name)));
  return useMemo(() => ids.map((id, index) => ({ id, name: names[index] ?? '' })), [ids, names]);
}
