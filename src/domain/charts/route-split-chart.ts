/** Chart 2: each shown route's bill split into its parts, from the breakdown's own rounded lines. */
import type { CostPartKey } from '../cost/bill';
import { buildBreakdown } from '../cost/breakdown';
import { formatCents, formatTimes, formatUsd } from '../money/format-money';
import type { TextTable } from '../text-table';
import { type ChartRoute, type ChartRouteSelection, chartLabelLines, markedLabel } from './chart-routes';
import { plotCents } from './plot-values';
export interface RouteSplitBar {
  readonly key: string;
  readonly label: string;
  /** Your route (the selected endpoint's), marked in the chart. */
  readonly active: boolean;
  /** The bar's label, a line each (chartLabelLines). */
  readonly lines: readonly string[];
  readonly input: number;
  readonly cachedInput: number;
  readonly output: number;
  /** Reasoning, tool calls and batched traffic together (0 for a plain workload). */
  readonly extras: number;
  readonly texts: Readonly<Record<'input' | 'cachedInput' | 'output' | 'extras' | 'total', string>>;
}

export const EXTRAS_LABEL = 'Reasoning, tool calls and batch';

export interface RouteSplitChart {
  readonly bars: readonly RouteSplitBar[];
  /** True when some route's bill has reasoning, tool-call or batch lines (a fourth segment). */
  readonly hasExtras: boolean;
  readonly caption: string;
  readonly table: TextTable;
}

export function buildRouteSplitChart(selection: ChartRouteSelection): RouteSplitChart {
  const bars = selection.routes.map((chartRoute): RouteSplitBar => {
    const figures = buildBreakdown(chartRoute.row.bill);
    const cents = (key: CostPartKey) => figures.lines.find((line) => line.key === key)?.amountCents ?? 0n;
    const extras = cents('reasoning') + cents('toolFees') + cents('batch');
    return {
      key: chartRoute.key,
      label: chartRoute.label,
      active: chartRoute.active,
      lines: chartLabelLines(chartRoute, selection.routes),
      input: plotCents(cents('input')),
      cachedInput: plotCents(cents('cachedInput')),
      output: plotCents(cents('output')),
      extras: plotCents(extras),
      texts: {
        input: formatCents(cents('input')),
        cachedInput: formatCents(cents('cachedInput')),
        output: formatCents(cents('output')),
        extras: formatCents(extras),
        total: figures.monthly,
      },
    };
  });
  const hasExtras = bars.some((bar) => bar.extras !== 0);
  return {
    bars,
    hasExtras,
    caption: describeRouteSpread(selection),
    table: {
      columns: [
        'Route',
        'Input',
        'Cached input',
        'Output',
        ...(hasExtras ? [EXTRAS_LABEL] : []),
        'Monthly cost',
      ],
      rows: bars.map((bar, index) => [
        markedLabel(selection.routes[index] as ChartRoute),
        bar.texts.input,
        bar.texts.cachedInput,
        bar.texts.output,
        ...(hasExtras ? [bar.texts.extras] : []),
        bar.texts.total,
      ]),
    },
  };
}

function describeRouteSpread(selection: ChartRouteSelection): string {
  const sorted = [...selection.routes].sort((a, b) =>
    a.row.bill.monthly < b.row.bill.monthly ? -1 : a.row.bill.monthly > b.row.bill.monthly ? 1 : 0,
  );
  const cheapest = sorted[0];
  const dearest = sorted[sorted.length - 1];
  if (!cheapest || !dearest) return 'No route to show: none of the routes shown can hold this workload.';
  const cheap = `${cheapest.label} at ${formatUsd(cheapest.row.bill.monthly)} a month`;
  if (sorted.length === 1) return `${cheap}.`;
  const times =
    cheapest.row.bill.monthly === 0n
      ? ''
      : ` (${formatTimes(dearest.row.bill.monthly, cheapest.row.bill.monthly)})`;
  return `Cheapest of these: ${cheap}; dearest: ${dearest.label} at ${formatUsd(dearest.row.bill.monthly)}${times}.`;
}
