import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Card } from '../../components/ui/card';
import { SmallButton } from '../../components/ui/small-button';
import { MAX_ENDPOINTS } from '../../domain/scenario/endpoint';
import { useCalculator } from '../../store/calculator-context';
import { EndpointActions } from './endpoint-actions';
import { EndpointNameField } from './endpoint-name-field';
import { PresetPicker } from './preset-picker';
import './endpoints.css';

/**
 * The scenario's endpoints: pick the one to edit (its route and workload below), name, duplicate,
 * reorder or remove it, and add endpoints, blank or from a preset. After "Remove endpoint", focus
 * moves to the endpoint now selected in the list, never onto the next endpoint's Remove button, so a
 * second Enter cannot remove another endpoint; the removal can be undone from the undo notice.
 */
export function EndpointsPanel() {
  // Each endpoint's id and name, not its workload: a slider step leaves the list as it is.
  const ids = useCalculator(useShallow((state) => state.endpoints.map((endpoint) => endpoint.id)));
  const names = useCalculator(useShallow((state) => state.endpoints.map((endpoint) => endpoint.name)));
  const endpoints = ids.map((id, index) => ({ id, name: names[index] ?? '' }));
  const selectedId = useCalculator((state) => state.selectedEndpointId);
  const selectEndpoint = useCalculator((state) => state.selectEndpoint);
  const selected = endpoints.find((endpoint) => endpoint.id === selectedId) ?? endpoints[0];
  const list = useRef<HTMLUListElement>(null);
  const focusSelected = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the list shows the endpoints left after a removal.
  useEffect(() => {
    if (!focusSelected.current) return;
    focusSelected.current = false;
    list.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.focus();
  }, [ids]);

  return (
    <Card title="Endpoints" className="endpoints-panel">
      <p className="field-hint">
        Each endpoint (a part of your app: support chat, ticket tagging, document search…) has its own route
        and workload, and the bill adds them up. The Route and Workload panels edit the endpoint selected
        here.
      </p>
      <ul ref={list} className="endpoints-panel__list" aria-label="Endpoints">
        {endpoints.map((endpoint) => (
          <li key={endpoint.id}>
            <SmallButton
              className="endpoints-panel__choice"
              aria-pressed={endpoint.id === selected?.id}
              onClick={() => selectEndpoint(endpoint.id)}
            >
              {endpoint.name}
            </SmallButton>
          </li>
        ))}
      </ul>
      {selected ? (
        <>
          <EndpointNameField key={selected.id} endpoint={selected} />
          <EndpointActions
            endpoint={selected}
            position={ids.indexOf(selected.id)}
            count={endpoints.length}
            onRemoved={() => {
              focusSelected.current = true;
            }}
          />
        </>
      ) : null}
      <PresetPicker full={endpoints.length >= MAX_ENDPOINTS} />
    </Card>
  );
}
