/**
 * Chart 5: what drives the bill. The tornado moves one input at a time by ±20 % (relative; the cache
 * hit rate stops at 100 %) and reports the exact change in monthly cost, largest first.
 */
import { type EndpointBill, type ScenarioBill, scenarioCacheHitRate } from '../cost/bill-scenario';
import { formatCents, formatSigned, formatUsd } from '../money/format-money';
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { divideSigned, type Money, UNITS_PER_CENT } from '../money/money';
import { PRICE_KIND_LABELS } from '../rates/prices';
import type { TextTable } from '../text-table';
import { pricedCacheLine } from './cache-crossing';
import { plotCents } from './plot-values';
export type DriverKey =
  | 'requests'
  | 'inputTokens'
  | 'outputTokens'
  | 'cacheHitRate'
  | 'inputPrice'
  | 'cachedInputPrice'
  | 'outputPrice';

export const DRIVER_LABELS: Readonly<Record<DriverKey, string>> = {
  requests: 'Requests per month',
  inputTokens: 'Input tokens per request',
  outputTokens: 'Output tokens per request',
  cacheHitRate: 'Cache hit rate',
  inputPrice: `${PRICE_KIND_LABELS.input} price`,
  cachedInputPrice: `${PRICE_KIND_LABELS.cachedInput} price`,
  outputPrice: `${PRICE_KIND_LABELS.output} price`,
};

const DRIVER_ORDER = Object.keys(DRIVER_LABELS) as DriverKey[];

export interface TornadoBar {
  readonly key: DriverKey;
  readonly label: string;
  /** Exact change in monthly cost × 50,000 (Money units), for −20 % and +20 %. */
  readonly downExact: Money;
  readonly upExact: Money;
  readonly downCents: bigint;
  readonly upCents: bigint;
  readonly down: number;
  readonly up: number;
  readonly downText: string;
  readonly upText: string;
}

export interface TornadoChart {
  readonly bars: readonly TornadoBar[];
  readonly caption: string;
  readonly table: TextTable;
}

/** Deltas are kept over this common denominator: ±20 % is ×1/5, and a hit rate is in 1/10,000ths. */
const TORNADO_DENOMINATOR = 50_000n;

/**
 * Each driver scales some parts of the bill in proportion, so ±20 % of it changes the bill by ±1/5 of
 * those parts: traffic the whole bill; input tokens input and cached input; output tokens the output;
 * the output price the output and reasoning; the input price the input (and cache hits too on routes
 * with no cached price). The cache hit rate moves along the bill's cost line, and stops at 100 %.
 * Endpoints keep their own routes; batched traffic and tool fees move only with traffic.
 */
export function buildTornadoChart(cost: ScenarioBill): TornadoChart {
  const bills = cost.endpoints;
  const sum = (part: (item: EndpointBill) => Money) => bills.reduce((total, item) => total + part(item), 0n);
  const noCached = (item: EndpointBill) => item.routePrices.cachedInputPerMillion === null;
  const line = pricedCacheLine(bills);
  const slope = line.atFull - line.atZero;
  const hit = percentToHundredths(scenarioCacheHitRate(cost));
  const fifth = TORNADO_DENOMINATOR / 5n;
  const { input, cachedInput, output, reasoning } = cost.parts;
  const symmetric: Record<Exclude<DriverKey, 'cacheHitRate'>, Money> = {
    requests: cost.monthly * fifth,
    inputTokens: (input + cachedInput) * fifth,
    outputTokens: output * fifth,
    inputPrice:
      sum((item) => item.bill.parts.input + (noCached(item) ? item.bill.parts.cachedInput : 0n)) * fifth,
    cachedInputPrice: sum((item) => (noCached(item) ? 0n : item.bill.parts.cachedInput)) * fifth,
    outputPrice: (output + reasoning) * fifth,
  };
  const exact = (key: DriverKey): [Money, Money] =>
    key === 'cacheHitRate'
      ? [-slope * hit, slope * (hit < 5n * (WHOLE - hit) ? hit : 5n * (WHOLE - hit))]
      : [-symmetric[key], symmetric[key]];
  const toCents = (amount: Money) => divideSigned(amount, TORNADO_DENOMINATOR * UNITS_PER_CENT);
  const bars = DRIVER_ORDER.map((key): TornadoBar => {
    const [downExact, upExact] = exact(key);
    const downCents = toCents(downExact);
    const upCents = toCents(upExact);
    return {
      key,
      label: DRIVER_LABELS[key],
      downExact,
      upExact,
      downCents,
      upCents,
      down: plotCents(downCents),
      up: plotCents(upCents),
      downText: formatSigned(downCents, formatCents),
      upText: formatSigned(upCents, formatCents),
    };
  });
  const impact = (bar: TornadoBar) => {
    const down = bar.downExact < 0n ? -bar.downExact : bar.downExact;
    const up = bar.upExact < 0n ? -bar.upExact : bar.upExact;
    return down > up ? down : up;
  };
  // Largest impact first; equal impacts keep the order of the inputs on the page (a stable sort).
  bars.sort((a, b) => {
    const difference = impact(b) - impact(a);
    return difference > 0n ? 1 : difference < 0n ? -1 : 0;
  });
  return {
    bars,
    caption: describeTornado(bars, formatUsd(cost.monthly)),
    table: {
      columns: ['Input', 'Change at −20%', 'Change at +20%'],
      rows: bars.map((bar) => [bar.label, bar.downText, bar.upText]),
    },
  };
}

function describeTornado(bars: readonly TornadoBar[], monthly: string): string {
  const [top] = bars;
  if (!top || (top.downExact === 0n && top.upExact === 0n)) {
    return `No input moves this bill of ${monthly}: it sends no billable tokens.`;
  }
  const largest = top.upCents < 0n ? -top.upCents : top.upCents;
  const smallest = top.downCents < 0n ? -top.downCents : top.downCents;
  const change = largest === smallest ? `±${formatCents(largest)}` : `${top.downText} / ${top.upText}`;
  return `${top.label} moves this ${monthly} bill most: ±20% of it changes the bill by ${change} a month.`;
}
