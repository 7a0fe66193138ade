/**
 * The prices a link carries, read back. The rules, in words:
 * - each endpoint's route carries its prices in force (`p`, `2.p`, …), the first time it appears;
 *   the kinds listed in `pc` are the user's, the others are the sheet's at the time of the link;
 * - a carried price that differs from today's sheet, and was not typed, is kept and reported as a
 *   price change; one equal to today's sheet is no override;
 * - `x` holds other routes' typed prices (a route `p` already priced is skipped);
 * - only the cached-input price may be "none"; an unreadable price is ignored and reported.
 */
import {
  PRICE_KIND_LABELS,
  PRICE_KINDS,
  type PriceKind,
  type PriceOverrides,
  type PriceText,
} from '../rates/prices';
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import type { Endpoint } from '../scenario/endpoint';
import type { Scenario } from '../scenario/scenario';
import { endpointPrefix } from './link-endpoints';
import {
  carriedRoutes,
  type FirstField,
  KIND_LETTERS,
  type LinkFields,
  quote,
  readLinkPrice,
  samePrice,
} from './link-format';
import type { PriceChange } from './price-change';

export interface LinkedEndpoints {
  readonly endpoints: readonly Endpoint[];
  /** Per endpoint, whether the link's route for it is known (an unknown one carries no prices). */
  readonly routesFound: readonly boolean[];
}

export interface DecodedPrices {
  readonly priceOverrides: Scenario['priceOverrides'];
  readonly priceChanges: readonly PriceChange[];
  readonly problems: readonly string[];
}

function unreadablePrice(kind: PriceKind, text: string): string {
  return `Ignored the unreadable ${PRICE_KIND_LABELS[kind].toLowerCase()} price ${quote(text)}.`;
}

/** Prices: each endpoint's route's prices in force, then other routes' overrides. */
export function decodePrices(
  first: FirstField,
  fields: LinkFields,
  { endpoints, routesFound }: LinkedEndpoints,
  routes: readonly Route[],
  knows: (routeId: string) => string | undefined,
): DecodedPrices {
  const problems: string[] = [];
  const priceOverrides: Record<string, PriceOverrides> = {};
  const priceChanges: PriceChange[] = [];
  const carried = carriedRoutes(endpoints, routesFound);
  for (const [position, routeId] of carried) {
    const prefix = endpointPrefix(position);
    const route = findRoute(routes, routeId);
    const linkedPrices = first(`${prefix}p`);
    if (!route || linkedPrices === undefined) continue;
    const parts = linkedPrices.split(',');
    const custom = first(`${prefix}pc`) ?? '';
    const overrides: Record<string, PriceText | null> = {};
    PRICE_KINDS.forEach((kind, index) => {
      const price = readLinkPrice(parts[index]);
      if (price === undefined) {
        if (parts[index]) problems.push(unreadablePrice(kind, parts[index] ?? ''));
        return;
      }
      if (price === null && kind !== 'cachedInput') return;
      const today = route.prices[kind];
      if (custom.includes(KIND_LETTERS[kind])) {
        overrides[kind] = price;
      } else if (!samePrice(price, today)) {
        overrides[kind] = price;
        priceChanges.push({ routeId: route.id, kind, inLink: price, today });
      }
    });
    if (Object.keys(overrides).length > 0) priceOverrides[route.id] = overrides;
  }
  const pricedRoutes = new Set(
    [...carried]
      .filter(([position]) => first(`${endpointPrefix(position)}p`) !== undefined)
      .map(([, id]) => id),
  );
  for (const entry of (fields.get('x') ?? []).slice(0, routes.length)) {
    const [id = '', ...prices] = entry.split('~');
    const known = knows(id);
    if (!known) {
      problems.push(`Ignored custom prices for ${quote(id)}, which is not in this rate sheet.`);
      continue;
    }
    if (pricedRoutes.has(known)) continue; // `p` already says this route's prices
    const overrides: Record<string, PriceText | null> = {};
    PRICE_KINDS.forEach((kind, index) => {
      const price = readLinkPrice(prices[index]);
      if (price !== undefined && (price !== null || kind === 'cachedInput')) overrides[kind] = price;
      else if (prices[index]) problems.push(unreadablePrice(kind, prices[index] ?? ''));
    });
    if (Object.keys(overrides).length > 0) priceOverrides[known] = overrides;
  }
  return { priceOverrides, priceChanges, problems };
}
