import { formatPriceText, PRICE_KIND_LABELS, PRICE_KINDS, type PriceText } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import { SourceNote } from './source-note';
import './price-references.css';

function price(text: PriceText | null): string {
  return formatPriceText(text) ?? '—';
}

/** Other published figures for the route, shown on demand; flagged when they disagree. */
export function PriceReferences({
  route,
  compact = false,
}: {
  readonly route: Route;
  readonly compact?: boolean;
}) {
  if (route.references.length === 0) return null;
  return (
    <details className="price-references">
      <summary>
        {route.disagrees ? 'Sources disagree' : 'Other sources agree'}
        {compact
          ? ''
          : ` on this price: ${route.references.length} other ${route.references.length === 1 ? 'figure' : 'figures'}`}
      </summary>
      <table>
        <caption className="visually-hidden">Other published prices for {route.modelName}</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {PRICE_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {PRICE_KIND_LABELS[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="price-references__current">
            <th scope="row">
              In use: <SourceNote source={route.source} />
            </th>
            <td>{price(route.prices.input)}</td>
            <td>{price(route.prices.cachedInput)}</td>
            <td>{price(route.prices.output)}</td>
          </tr>
          {route.references.map((reference) => (
            <tr
              key={`${reference.source.label}-${reference.source.date}-${JSON.stringify(reference.prices)}`}
            >
              <th scope="row">
                <SourceNote source={reference.source} />
                {reference.note ? <span className="price-references__note">{reference.note}</span> : null}
              </th>
              <td>{price(reference.prices.input)}</td>
              <td>{price(reference.prices.cachedInput)}</td>
              <td>{price(reference.prices.output)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
