import { memo, useId, useState } from 'react';
import { CheckedDate } from '../../components/checked-date';
import { formatTokens } from '../../domain/money/format-number';
import type { PriceOverrides } from '../../domain/rates/prices';
import { listReferences, type ReferenceKey } from '../../domain/rates/provenance';
import { routeName as nameOf, providerLabel, type Route } from '../../domain/rates/route';
import { describeLifecycle } from '../../domain/rates/route-lifecycle';
import { noteForPeople } from '../../domain/rates/source-words';
import { CustomRouteActions } from './custom-route-actions';
import { PriceTextCell } from './price-text';
import { RouteSources } from './route-sources';
import { SourceLabel } from './source-label';

export interface RateRowProps {
  readonly route: Route;
  readonly overrides: PriceOverrides | undefined;
  /** The figure the user chose with "Use this figure", if any. */
  readonly chosen?: ReferenceKey;
  /** Today, YYYY-MM-DD: what a price's age is measured against. */
  readonly today: string;
  readonly isCustom: boolean;
  readonly onChooseReference: (routeId: string, key: ReferenceKey) => void;
  readonly onEdit: (route: Route) => void;
  readonly onDelete: (routeId: string) => void;
}

/** The rates table's columns, which a route's sources span. */
const RATE_COLUMNS = 10;

function limit(tokens: number | null) {
  return tokens === null ? <span className="unknown">—</span> : formatTokens(tokens);
}

/**
 * One route: whether it is retired or shutting down, the prices in force, its limits, and where the figure in force comes from and when it
 * was checked ("Your prices" when the user typed prices that no source publishes).
 */
export const RateRow = memo(function RateRow(props: RateRowProps) {
  const { route, overrides, today, isCustom } = props;
  const entries = listReferences(route, overrides, today, props.chosen);
  const inUse = entries.find((entry) => entry.inUse) ?? entries[0];
  const [sourcesShown, setSourcesShown] = useState(false);
  const sourcesId = useId();
  const routeName = nameOf(route);
  const prices = inUse?.prices ?? route.prices;
  const lifecycle = describeLifecycle(route.lifecycle, today);
  return (
    <>
      <tr className={isCustom ? 'is-custom' : undefined}>
        <th scope="row" className="rates__model">
          {route.modelName}
          {lifecycle === null ? null : <span className="rates__note">{lifecycle}</span>}
        </th>
        <td className="rates__provider">{providerLabel(route)}</td>
        <td>
          <PriceTextCell price={prices.input} />
        </td>
        <td>
          <PriceTextCell price={prices.cachedInput} />
        </td>
        <td>
          <PriceTextCell price={prices.output} />
        </td>
        <td>{limit(route.contextWindow)}</td>
        <td>{limit(route.maxOutput)}</td>
        <td className="rates__source">
          {inUse?.source ? <SourceLabel source={inUse.source} /> : <span>Your prices</span>}
          {route.notes ? <span className="rates__note">{noteForPeople(route.notes)}</span> : null}
          {route.references.length > 0 ? (
            <button
              type="button"
              className="route-sources__toggle"
              aria-expanded={sourcesShown}
              aria-controls={sourcesShown ? sourcesId : undefined}
              onClick={() => setSourcesShown((shown) => !shown)}
            >
              <span aria-hidden="true">{sourcesShown ? '▾' : '▸'}</span> Sources ({entries.length})
            </button>
          ) : null}
        </td>
        <td className="rates__checked">
          {inUse?.source ? (
            <CheckedDate date={inUse.source.date} meaning={inUse.source.dateMeaning} age={inUse.age} />
          ) : (
            <span className="unknown">typed by you</span>
          )}
        </td>
        <td className="rates__row-actions">
          {isCustom ? (
            <CustomRouteActions
              route={route}
              routeName={routeName}
              onEdit={props.onEdit}
              onDelete={props.onDelete}
            />
          ) : null}
        </td>
      </tr>
      {sourcesShown ? (
        <tr className="rates__sources-row">
          <td colSpan={RATE_COLUMNS} id={sourcesId}>
            <RouteSources
              routeName={routeName}
              entries={entries}
              onChoose={(key) => props.onChooseReference(route.id, key)}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
});
