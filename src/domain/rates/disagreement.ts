/**
 * Which prices a route's sources disagree on, in words. The rule (pricesDiffer, kind by kind): a
 * price is disputed when a reference from the route's own region publishes another figure for it than
 * the sheet's ("4" and "4.00" are the same); a cached price one of them does not publish is not
 * disputed; a reference noted "Region: …" is another region's price, not a disagreement.
 */
import { PRICE_KIND_LABELS, PRICE_KINDS, type PriceKind, type PriceText, parsePrice } from './prices';
import type { Route } from './route';

function differs(a: PriceText | null, b: PriceText | null, kind: PriceKind): boolean {
  if (kind === 'cachedInput' && (a === null || b === null)) return false;
  return (a === null ? null : parsePrice(a)) !== (b === null ? null : parsePrice(b));
}

/** The prices some reference gives another figure for, in list order. */
export function disputedKinds(route: Pick<Route, 'prices' | 'references'>): PriceKind[] {
  const own = route.references.filter((reference) => !reference.note.startsWith('Region: '));
  return PRICE_KINDS.filter((kind) =>
    own.some((reference) => differs(reference.prices[kind], route.prices[kind], kind)),
  );
}

/** "the output price", "the input and output prices", "the input, cached input and output prices". */
export function describeDisputed(kinds: readonly PriceKind[]): string {
  const names = kinds.map((kind) => PRICE_KIND_LABELS[kind].toLowerCase());
  if (names.length <= 1) return `the ${names.join('')} price`;
  return `the ${names.slice(0, -1).join(', ')} and ${names.at(-1)} prices`;
}
