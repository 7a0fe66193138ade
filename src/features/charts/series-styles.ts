/**
 * Chart colours and line styles, defined once. Cost parts reuse the page's --part-* colours and add a
 * fill pattern each; routes get a colour (--route-0…7, in charts.css) and a dash style, so no series is
 * told apart by colour alone.
 */
import type { CostPartKey } from '../../domain/cost/bill';

export { routeColor, routeDash } from '../../components/route-series';

export const PART_COLORS: Readonly<Record<CostPartKey, string>> = {
  input: 'var(--part-input)',
  cachedInput: 'var(--part-cachedInput)',
  cacheWrite: 'var(--part-cacheWrite)',
  output: 'var(--part-output)',
  reasoning: 'var(--part-reasoning)',
  toolFees: 'var(--part-toolFees)',
  batch: 'var(--part-batch)',
};

/** The route-split chart's fourth segment: reasoning, tool calls and batch together. */
export const EXTRAS_COLOR = 'var(--part-extras)';

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
  /** Written in bold: your route among the compared ones. */
  readonly strong?: boolean;
}

/** Your route's line is drawn thicker than the others (and its name in bold), never only in colour. */
export const LINE_WIDTH = 2;
export const ACTIVE_LINE_WIDTH = 4;
