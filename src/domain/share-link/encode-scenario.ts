/**
 * A scenario as a share link: short, readable and versioned. The rules, in words:
 * - Fields equal to the defaults are left out; keys are short and always written in the same order.
 * - Endpoints are written as link-endpoints.ts describes: endpoint 1 with plain keys (a version-1
 *   link is a one-endpoint scenario), endpoint j with keys prefixed "j.".
 * - The prices in force of every endpoint's route travel with the link (`p`, `2.p`, …), so the link
 *   reproduces its figures even after the bundled sheet changes; `pc` says which of them the user typed.
 */
import { PRICE_KINDS } from '../rates/prices';
import { findRoute } from '../rates/route-catalog';
import { DEFAULT_ROUTE_FILTER } from '../rates/route-filter';
import { mergeRoutes } from '../rates/route-merge';
import type { Scenario } from '../scenario/scenario';
import { DEFAULT_TABLE_SORT } from '../scenario/view';
import { encodeEndpoint, endpointPrefix } from './link-endpoints';
import { customRoutesForLink, encodeBillingExtras, encodeCustomRoutes } from './link-extras';
import {
  carriedRoutes,
  escapeValue,
  KIND_LETTERS,
  type LinkContext,
  priceField,
  SHARE_LINK_VERSION,
} from './link-format';

export interface EncodeOptions {
  /** Every added route, however many (scenario files and local storage); links carry at most 20. */
  readonly allCustomRoutes?: boolean;
}

export function encodeScenario(
  scenario: Scenario,
  context: LinkContext,
  options: EncodeOptions = {},
): string {
  const pairs: [string, string][] = [['v', String(SHARE_LINK_VERSION)]];
  const routes = mergeRoutes(context.routes, scenario.customRoutes);
  const { endpoints } = scenario;
  if (endpoints.length > 1) pairs.push(['ne', String(endpoints.length)]);
  const selected = endpoints.findIndex((endpoint) => endpoint.id === scenario.selectedEndpointId) + 1;
  if (selected > 1) pairs.push(['sel', String(selected)]);
  const carried = carriedRoutes(endpoints);
  endpoints.forEach((endpoint, index) => {
    const position = index + 1;
    pairs.push(...encodeEndpoint(endpoint, position));
    const route =
      carried.get(position) === endpoint.routeId ? findRoute(routes, endpoint.routeId) : undefined;
    if (!route) return;
    const prefix = endpointPrefix(position);
    const overrides = scenario.priceOverrides[route.id] ?? {};
    const inForce = PRICE_KINDS.map((kind) =>
      overrides[kind] !== undefined ? (overrides[kind] ?? null) : route.prices[kind],
    );
    pairs.push([`${prefix}p`, inForce.map(priceField).join(',')]);
    const custom = PRICE_KINDS.filter((kind) => overrides[kind] !== undefined).map(
      (kind) => KIND_LETTERS[kind],
    );
    if (custom.length > 0) pairs.push([`${prefix}pc`, custom.join('')]);
  });
  const carriedIds = new Set(carried.values());
  for (const [routeId, overrides] of Object.entries(scenario.priceOverrides)) {
    if (carriedIds.has(routeId)) continue;
    pairs.push(['x', [routeId, ...PRICE_KINDS.map((kind) => priceField(overrides[kind]))].join('~')]);
  }
  for (const routeId of scenario.pinnedRouteIds) pairs.push(['pin', routeId]);
  const { routeFilter, tableSort } = scenario;
  if (routeFilter.query !== DEFAULT_ROUTE_FILTER.query) pairs.push(['q', routeFilter.query]);
  if (routeFilter.family !== DEFAULT_ROUTE_FILTER.family) pairs.push(['f', routeFilter.family]);
  if (routeFilter.includeComparison) pairs.push(['cmp', '1']);
  if (routeFilter.includeRetired) pairs.push(['ret', '1']);
  if (routeFilter.sameModel) pairs.push(['sm', '1']);
  if (
    tableSort.columnId !== DEFAULT_TABLE_SORT.columnId ||
    tableSort.descending !== DEFAULT_TABLE_SORT.descending
  ) {
    pairs.push(['s', `${tableSort.descending ? '-' : ''}${tableSort.columnId}`]);
  }
  if (scenario.monthlyBudgetUsd !== null) pairs.push(['bud', String(scenario.monthlyBudgetUsd)]);
  const customRoutes = encodeCustomRoutes(
    options.allCustomRoutes ? scenario.customRoutes : customRoutesForLink(scenario).routes,
  );
  if (customRoutes !== null) pairs.push(['cr', customRoutes]);
  const billingExtras = encodeBillingExtras(scenario.billingExtras);
  if (billingExtras !== null) pairs.push(['bx', billingExtras]);
  return pairs.map(([key, value]) => `${key}=${escapeValue(value)}`).join('&');
}
