import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { Card } from '../../components/ui/card';
import { PRICE_KIND_LABELS, PRICE_KINDS, type PriceOverrides } from '../../domain/rates/prices';
import type { ReferenceKey } from '../../domain/rates/provenance';
import { MAX_SEARCH_LENGTH, pageOf, searchRoutes } from '../../domain/rates/rate-list';
import type { Route } from '../../domain/rates/route';
import { RateRow } from './rate-row';
import { RatesPager } from './rates-pager';

const RATES_PAGE_SIZE = 50;

export interface RatesViewProps {
  readonly routes: readonly Route[];
  readonly priceOverrides: Readonly<Record<string, PriceOverrides>>;
  /** Today, YYYY-MM-DD (from the app shell): prices checked more than 90 days before it are marked possibly stale. */
  readonly today: string;
  /** Routes the user added: they can be edited and deleted. */
  readonly customRouteIds: ReadonlySet<string>;
  /** The figure the user chose per route with "Use this figure" (named while its prices are in force). */
  readonly chosenReferences?: Readonly<Record<string, ReferenceKey>>;
  onChooseReference(routeId: string, key: ReferenceKey): void;
  onEditCustomRoute(route: Route): void;
  onDeleteCustomRoute(routeId: string): void;
}

function summary(found: number, first: number, last: number, query: string): string {
  if (found === 0) return query.trim() ? 'No route matches this search.' : 'There are no routes.';
  const routes = `${found.toLocaleString('en-US')} ${found === 1 ? 'route' : 'routes'}`;
  return found > last - first + 1 ? `Showing ${first}–${last} of ${routes}.` : `Showing ${routes}.`;
}

/**
 * Every route with its prices, limits and sources, 50 to a page so thousands of routes stay fast.
 * The search follows typing through a deferred value, so the box never waits for the list.
 */
export function RatesView(props: RatesViewProps) {
  const { routes, priceOverrides, today, customRouteIds } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const deferredQuery = useDeferredValue(query);
  const found = useMemo(() => searchRoutes(routes, deferredQuery), [routes, deferredQuery]);
  const page = pageOf(found, pageIndex, RATES_PAGE_SIZE);

  const { onDeleteCustomRoute } = props;
  const deleteRoute = useCallback(
    (routeId: string) => {
      onDeleteCustomRoute(routeId);
      // The row and its buttons go away: keep keyboard focus in the list.
      scrollRef.current?.focus();
    },
    [onDeleteCustomRoute],
  );

  return (
    <Card title="Rates" className="rates">
      <div className="select-field rates__search">
        <label htmlFor={`${id}-search`}>Find a route</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder="model, provider or id"
          maxLength={MAX_SEARCH_LENGTH}
          onChange={(event) => {
            setQuery(event.target.value);
            setPageIndex(0);
          }}
        />
      </div>
      <p className="rates__summary" aria-live="polite">
        {summary(found.length, page.first, page.last, deferredQuery)}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark; this is only a scroll container. */}
      <div
        ref={scrollRef}
        className="rates__scroll"
        role="region"
        aria-label="Route prices, scrolls sideways"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container must be focusable to scroll by keyboard.
        tabIndex={0}
      >
        <table className="rates__table">
          <caption>Route prices</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Provider</th>
              {PRICE_KINDS.map((kind) => (
                <th key={kind} scope="col">
                  {PRICE_KIND_LABELS[kind]} per 1M
                </th>
              ))}
              <th scope="col">Context window</th>
              <th scope="col">Max output</th>
              <th scope="col">Source</th>
              <th scope="col">Checked</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((route) => (
              <RateRow
                key={route.id}
                route={route}
                overrides={priceOverrides[route.id]}
                chosen={props.chosenReferences?.[route.id]}
                today={today}
                isCustom={customRouteIds.has(route.id)}
                onChooseReference={props.onChooseReference}
                onEdit={props.onEditCustomRoute}
                onDelete={deleteRoute}
              />
            ))}
          </tbody>
        </table>
      </div>
      <RatesPager pageIndex={page.pageIndex} pageCount={page.pageCount} onPage={setPageIndex} />
      <p className="field-hint">
        Prices are US dollars per 1M tokens, as in force (with any figure you chose or typed). A price checked
        more than 90 days before today ({today}) is marked possibly stale.
      </p>
    </Card>
  );
}
