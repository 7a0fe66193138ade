import { useMemo } from 'react';
import { safeLink } from '../../domain/rates/provenance';
import type { Route } from '../../domain/rates/route';
import { describeRouteTerms } from '../../domain/rates/route-terms-text';

/** The route's cache-write prices, long-context tiers, batch rule and tool fees, each with its source. */
export function RouteTerms({ route }: { readonly route: Route }) {
  const lines = useMemo(() => describeRouteTerms(route), [route]);
  if (lines.length === 0) return null;
  return (
    <section className="route-terms" aria-label="Other prices and rules of this route">
      <h3 className="route-terms__title">Other prices and rules of this route</h3>
      <dl>
        {lines.map((line) => {
          const link = safeLink(line.source);
          return (
            <div key={`${line.term} ${line.value} ${line.source}`}>
              <dt>{line.term}</dt>
              <dd>
                {line.value}
                <span className="route-terms__source">
                  {' — '}
                  {link ? (
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {line.source}
                    </a>
                  ) : (
                    line.source
                  )}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
