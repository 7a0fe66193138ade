/**
 * A route's series style in the charts, defined once and reused by the table's swatches: a colour
 * (--route-0…7 in styles/tokens.css) and a dash pattern, so routes are never told apart by colour alone.
 */
const ROUTE_COLOR_COUNT = 8;
const ROUTE_DASHES = ['', '8 4', '3 3', '12 4 3 4', '2 6'];

export function routeColor(index: number): string {
  return `var(--route-${index % ROUTE_COLOR_COUNT})`;
}

export function routeDash(index: number): string {
  return ROUTE_DASHES[index % ROUTE_DASHES.length] ?? '';
}
