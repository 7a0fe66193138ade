import { useId, useState } from 'react';
import { type Endpoint, readEndpointName } from '../../domain/scenario/endpoint';
import { useCalculator } from '../../store/calculator-context';

/** The selected endpoint's name: each valid keystroke renames it; an invalid name is explained and not kept. */
export function EndpointNameField({ endpoint }: { readonly endpoint: Pick<Endpoint, 'id' | 'name'> }) {
  const id = useId();
  const renameEndpoint = useCalculator((state) => state.renameEndpoint);
  const [draft, setDraft] = useState(endpoint.name);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <div className="select-field endpoint-name">
      <label htmlFor={`${id}-name`}>Endpoint name</label>
      <input
        id={`${id}-name`}
        type="text"
        value={draft}
        maxLength={20_000}
        aria-invalid={message !== null}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const reading = readEndpointName(text);
          setMessage(reading.ok ? null : reading.message);
          if (reading.ok) renameEndpoint(endpoint.id, reading.name);
        }}
        onBlur={() => {
          setDraft(endpoint.name);
          setMessage(null);
        }}
      />
      {message ? (
        <p id={`${id}-message`} className="field-warning" role="alert">
          {message} The endpoint keeps the name “{endpoint.name}”.
        </p>
      ) : null}
    </div>
  );
}
