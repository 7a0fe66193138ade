/** Prices a link carries that differ from today's sheet, and how they are told. */
import { formatPricePerMillion } from '../money/format-money';
import { PRICE_KIND_LABELS, type PriceKind, type PriceText, parsePrice } from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import { findRoute } from '../rates/route-catalog';

/** A price of the link's route that differs from today's sheet. */
export interface PriceChange {
  readonly routeId: string;
  readonly kind: PriceKind;
  readonly inLink: PriceText | null;
  readonly today: PriceText | null;
}

/** "Kimi K2.6 via Moonshot AI: Output price $4.00 in the link, $3.50 in today's sheet." */
export function describePriceChange(change: PriceChange, routes: readonly Route[]): string {
  const route = findRoute(routes, change.routeId);
  const name = route ? routeName(route) : change.routeId;
  const show = (price: PriceText | null) => {
    const parsed = price === null ? null : parsePrice(price);
    return parsed === null ? 'none' : formatPricePerMillion(parsed);
  };
  return `${name}: ${PRICE_KIND_LABELS[change.kind]} price ${show(change.inLink)} in the link, ${show(change.today)} in today's sheet.`;
}

/** The routes whose prices a link changed, each once, in order, with the sheet's source of its prices. */
export function routesWithPriceChanges(
  changes: readonly PriceChange[],
  routes: readonly Route[],
): { readonly routeId: string; readonly name: string; readonly sheetSource: Route['source'] | null }[] {
  const ids = [...new Set(changes.map((change) => change.routeId))];
  return ids.map((routeId) => {
    const route = findRoute(routes, routeId);
    return { routeId, name: route ? routeName(route) : routeId, sheetSource: route?.source ?? null };
  });
}
