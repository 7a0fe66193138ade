import { type Endpoint, MAX_ENDPOINTS } from '../../domain/scenario/endpoint';
import { useCalculator } from '../../store/calculator-context';

interface EndpointActionsProps {
  readonly endpoint: Endpoint;
  readonly position: number;
  readonly count: number;
  /** Called after "Remove endpoint" removed it: the panel moves focus off the button. */
  readonly onRemoved: () => void;
}

/** Duplicate, move and remove the selected endpoint; the last endpoint cannot be removed. */
export function EndpointActions({ endpoint, position, count, onRemoved }: EndpointActionsProps) {
  const duplicateEndpoint = useCalculator((state) => state.duplicateEndpoint);
  const moveEndpoint = useCalculator((state) => state.moveEndpoint);
  const removeEndpoint = useCalculator((state) => state.removeEndpoint);
  return (
    <div className="endpoints-panel__actions">
      <button
        type="button"
        className="small-button"
        disabled={count >= MAX_ENDPOINTS}
        onClick={() => duplicateEndpoint(endpoint.id)}
      >
        Duplicate endpoint
      </button>
      <button
        type="button"
        className="small-button"
        disabled={position === 0}
        onClick={() => moveEndpoint(endpoint.id, -1)}
      >
        Move up
      </button>
      <button
        type="button"
        className="small-button"
        disabled={position === count - 1}
        onClick={() => moveEndpoint(endpoint.id, 1)}
      >
        Move down
      </button>
      <button
        type="button"
        className="small-button"
        disabled={count === 1}
        onClick={() => {
          removeEndpoint(endpoint.id);
          onRemoved();
        }}
      >
        Remove endpoint
      </button>
    </div>
  );
}
