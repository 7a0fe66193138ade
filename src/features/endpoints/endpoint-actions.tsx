import { SmallButton } from '../../components/ui/small-button';
import { type Endpoint, MAX_ENDPOINTS } from '../../domain/scenario/endpoint';
import { useCalculator } from '../../store/calculator-context';

interface EndpointActionsProps {
  readonly endpoint: Pick<Endpoint, 'id'>;
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
      <SmallButton disabled={count >= MAX_ENDPOINTS} onClick={() => duplicateEndpoint(endpoint.id)}>
        Duplicate endpoint
      </SmallButton>
      <SmallButton disabled={position === 0} onClick={() => moveEndpoint(endpoint.id, -1)}>
        Move up
      </SmallButton>
      <SmallButton disabled={position === count - 1} onClick={() => moveEndpoint(endpoint.id, 1)}>
        Move down
      </SmallButton>
      <SmallButton
        disabled={count === 1}
        onClick={() => {
          removeEndpoint(endpoint.id);
          onRemoved();
        }}
      >
        Remove endpoint
      </SmallButton>
    </div>
  );
}
