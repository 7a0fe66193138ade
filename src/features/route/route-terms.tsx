import { useMemo } from 'react';
import type { Route } from '../../domain/rates/route';
import { describeRouteTerms } from '../../domain/rates/route-terms-text';

/** The route's cache-write prices, long-context tiers, batch rule and tool fees, each with its source. */
export function RouteTerms({ route }: { readonly route: Route }) {
  const lines = useMemo(() => describeRouteTerms(route), [route]);
  if (lines.length === 0) return null;
  return (
    <table className="route-terms">
      <caption>Other prices and rules of this route</caption>
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Figure</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.term} ${line.value} ${line.source}`}>
            <th scope="row">{line.term}</th>
            <td>{line.value}</td>
            <td>{line.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
