/**
 * Chart colours and line styles, defined once. Cost parts reuse the page's --part-* colours and add a
 * fill pattern each; routes get a colour (--route-0…7, in charts.css) and a dash style, so no series is
 * told apart by colour alone.
 */
import type { CostPartKey } from '../../domain/breakdown';

const ROUTE_COLOR_COUNT = 8;
const ROUTE_DASHES = ['', '8 4', '3 3', '12 4 3 4', '2 6'];

export function routeColor(index: number): string {
  return `var(--route-${index % ROUTE_COLOR_COUNT})`;
}

export function routeDash(index: number): string {
  return ROUTE_DASHES[index % ROUTE_DASHES.length] ?? '';
}

export const PART_COLORS: Readonly<Record<CostPartKey, string>> = {
  input: 'var(--part-input)',
  cachedInput: 'var(--part-cachedInput)',
  output: 'var(--part-output)',
};

/** The fill of a cost part: a pattern defined by <PartPatterns idPrefix={prefix} />. */
export function partFill(prefix: string, key: CostPartKey): string {
  return `url(#${prefix}-${key})`;
}

/** An id usable in url(#…): React ids may contain characters CSS would need escaped. */
export function svgSafeId(reactId: string): string {
  return `c${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export type LegendSwatch =
  | { readonly kind: 'line'; readonly color: string; readonly dash: string }
  | { readonly kind: 'fill'; readonly fill: string };

export interface LegendItem {
  readonly label: string;
  readonly swatch: LegendSwatch;
}
