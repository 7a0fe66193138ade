import { Card } from '../../components/ui/card';
import { MAX_ENDPOINTS } from '../../domain/endpoint';
import { useCalculator } from '../../store/calculator-context';
import { EndpointActions } from './endpoint-actions';
import { EndpointNameField } from './endpoint-name-field';
import { PresetPicker } from './preset-picker';

/**
 * The scenario's endpoints: pick the one to edit (its route and workload below), name, duplicate,
 * reorder or remove it, and add endpoints, blank or from a preset.
 */
export function EndpointsPanel() {
  const endpoints = useCalculator((state) => state.endpoints);
  const selectedId = useCalculator((state) => state.selectedEndpointId);
  const selectEndpoint = useCalculator((state) => state.selectEndpoint);
  const selected = endpoints.find((endpoint) => endpoint.id === selectedId) ?? endpoints[0];

  return (
    <Card title="Endpoints" className="endpoints-panel">
      <p className="field-hint">
        Each endpoint (a part of your app: support chat, ticket tagging, document search…) has its own route
        and workload, and the bill adds them up. The Route and Workload panels edit the endpoint selected
        here.
      </p>
      <ul className="endpoints-panel__list" aria-label="Endpoints">
        {endpoints.map((endpoint) => (
          <li key={endpoint.id}>
            <button
              type="button"
              className="small-button endpoints-panel__choice"
              aria-pressed={endpoint.id === selected?.id}
              onClick={() => selectEndpoint(endpoint.id)}
            >
              {endpoint.name}
            </button>
          </li>
        ))}
      </ul>
      {selected ? (
        <>
          <EndpointNameField key={selected.id} endpoint={selected} />
          <EndpointActions
            endpoint={selected}
            position={endpoints.indexOf(selected)}
            count={endpoints.length}
          />
        </>
      ) : null}
      <PresetPicker full={endpoints.length >= MAX_ENDPOINTS} />
    </Card>
  );
}
