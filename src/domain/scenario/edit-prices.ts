/**
 * Edits to a scenario's price overrides (per route id, per price kind), as pure functions: each
 * returns the overrides after the edit, or null when it is refused or changes nothing. The rules:
 * - a price is a decimal text of at most 6 decimals, from 0 to MAX_PRICE_MICROS; it is stored in
 *   canonical form ("1.50" → "1.5"); 0 is a price (free), not a missing one;
 * - only the cached-input price takes null: "this route has no cached price";
 * - resetting the last override of a route drops the route's entry;
 * - putting one of a route's published figures in force overrides only the prices that differ
 *   from the sheet; one equal to the sheet drops the route's overrides.
 */
import {
  MAX_PRICE_MICROS,
  type PriceKind,
  type PriceOverrides,
  type PriceText,
  parsePrice,
  priceToText,
} from '../rates/prices';
import { chooseReference, type ReferenceKey } from '../rates/provenance';
import type { Route } from '../rates/route';
import type { Scenario } from './scenario';

export type ScenarioPrices = Scenario['priceOverrides'];

/** The record without one key (a copy; the record itself is left alone). */
export function withoutKey<T extends object>(record: T, key: keyof T): T {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The overrides with one price of a route set; null for a price that cannot be stored. */
export function withPrice(
  overrides: ScenarioPrices,
  routeId: string,
  kind: PriceKind,
  price: PriceText | null,
): ScenarioPrices | null {
  const parsed = price === null ? null : parsePrice(price);
  if (price === null ? kind !== 'cachedInput' : parsed === null || parsed > MAX_PRICE_MICROS) return null;
  const text = parsed === null ? null : priceToText(parsed);
  return { ...overrides, [routeId]: { ...overrides[routeId], [kind]: text } };
}

/** The overrides without one price of a route; null when the route has no overrides. */
export function withoutPrice(
  overrides: ScenarioPrices,
  routeId: string,
  kind: PriceKind,
): ScenarioPrices | null {
  const current: PriceOverrides | undefined = overrides[routeId];
  if (!current) return null;
  const remaining = withoutKey(current, kind);
  return Object.keys(remaining).length === 0
    ? withoutKey(overrides, routeId)
    : { ...overrides, [routeId]: remaining };
}

/** The overrides with one of the route's published figures in force; null for an unknown reference. */
export function withReference(
  overrides: ScenarioPrices,
  route: Route,
  key: ReferenceKey,
): ScenarioPrices | null {
  const selection = chooseReference(route, key);
  if (selection.kind === 'unknown-reference') return null;
  return selection.kind === 'use-sheet'
    ? withoutKey(overrides, route.id)
    : { ...overrides, [route.id]: selection.overrides };
}
