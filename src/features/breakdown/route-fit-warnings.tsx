import type { PricedEndpoint } from '../../domain/cost/scenario-cost';
import { findRoute } from '../../domain/rates/route-catalog';
import { ownRouteFitWarning } from '../../domain/workload/known-fit';
import { useRoutes } from '../../store/use-routes';

/**
 * The bill's warning when an endpoint's workload does not fit its own route, or may not (a limit it
 * needs is not published); nothing when every endpoint is known to fit.
 */
export function RouteFitWarnings({ priced }: { readonly priced: readonly PricedEndpoint[] }) {
  const routes = useRoutes();
  const warnings = priced.flatMap((item) => {
    const route = findRoute(routes, item.endpoint.routeId);
    const warning = route ? ownRouteFitWarning(item.shape, route, item.routeName) : null;
    if (warning === null) return [];
    return [
      { id: item.endpoint.id, text: priced.length > 1 ? `“${item.endpoint.name}”: ${warning}` : warning },
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
