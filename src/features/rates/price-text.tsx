import type { PriceText } from '../../domain/rates/prices';
import { formatPriceText } from '../../domain/rates/prices';

/** A price per 1M tokens as shown ("$0.95"); "none" when the route publishes none. */
export function PriceTextCell({ price }: { readonly price: PriceText | null }) {
  const shown = formatPriceText(price);
  return shown === null ? <span className="unknown">none</span> : shown;
}
