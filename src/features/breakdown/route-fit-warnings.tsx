import type { EndpointBill } from '../../domain/cost/bill-scenario';
import { ownRouteFitWarning } from '../../domain/workload/known-fit';

/**
 * The bill's warning when an endpoint's workload does not fit its own route, or may not (a limit it
 * needs is not published); nothing when every endpoint is known to fit.
 */
export function RouteFitWarnings({ endpoints }: { readonly endpoints: readonly EndpointBill[] }) {
  const warnings = endpoints.flatMap((item) => {
    const warning = ownRouteFitWarning(item.endpoint.shape, item.route, item.routeName);
    if (warning === null) return [];
    return [
      { id: item.endpoint.id, text: endpoints.length > 1 ? `“${item.endpoint.name}”: ${warning}` : warning },
    ];
  });
  if (warnings.length === 0) return null;
  return (
    <ul className="notice breakdown-panel__fit" aria-label="Route limits">
      {warnings.map((warning) => (
        <li key={warning.id}>{warning.text}</li>
      ))}
    </ul>
  );
}
