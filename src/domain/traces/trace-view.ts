/**
 * Every figure the trace panel shows, written from the exact aggregates. The rules:
 * - counts are grouped ("1,234"); means have one decimal, rounded half up from the exact fraction;
 * - amounts use the app's money formatters: cents from a cent up, more decimals below (a small log can
 *   cost a fraction of a cent); a difference carries its sign;
 * - dates are UTC; a span is given in the largest unit it fills (days, hours, minutes, seconds).
 */

import { formatSigned, formatUsdPerUnit } from '../money/format-money';
import {
  formatCount,
  formatPercent,
  formatQuantity,
  formatTokens,
  groupDigits,
} from '../money/format-number';
import { hundredthsOf, percentToHundredths } from '../money/hundredths';
import { divideRounded } from '../money/money';
import { routeName } from '../rates/route';
import type { TextTable } from '../text-table';
import type { TraceCostRow } from './trace-cost';
import { MONTH_MS, type TraceGroup, type TraceReport } from './trace-report';
import type { HistogramBin } from './trace-stats';
import { displayText } from './trace-values';
import { meanTokens, type TraceWorkload } from './trace-workload';

/** total ÷ count with one decimal: "1,234.5"; "0" without requests. */
export function formatMean(total: number, count: number): string {
  if (count === 0) return '0';
  const tenths = divideRounded(BigInt(total) * 10n, BigInt(count));
  return `${groupDigits(tenths / 10n)}.${tenths % 10n}`;
}

/** An observed cache hit rate (2 decimals): "12.5%"; "—" without input tokens. */
export function formatCacheHitRate(percent: number | null): string {
  return percent === null ? '—' : formatPercent(percentToHundredths(percent));
}

/** "2026-01-05 10:00:00 UTC". */
function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

const UNITS: readonly [number, string, string][] = [
  [86_400_000, 'day', 'days'],
  [3_600_000, 'hour', 'hours'],
  [60_000, 'minute', 'minutes'],
  [1000, 'second', 'seconds'],
];

/** "3.25 days", "1 hour", "0.5 seconds". */
export function formatDuration(ms: number): string {
  const [unit, one, many] =
    UNITS.find(([size]) => ms >= size) ?? (UNITS[UNITS.length - 1] as (typeof UNITS)[0]);
  const value = Number(divideRounded(BigInt(ms) * 100n, BigInt(unit))) / 100;
  return `${formatQuantity(value, 2)} ${value === 1 ? one : many}`;
}

/** How the monthly volume was found, in one sentence. */
export function describeVolume(report: TraceReport): string {
  const { time, overall } = report;
  const requests = `${formatTokens(overall.requests)} ${overall.requests === 1 ? 'request' : 'requests'}`;
  if (time.basis === 'span' && time.firstMs !== null && time.lastMs !== null) {
    return `${requests} over ${formatDuration(time.lastMs - time.firstMs)} (${formatInstant(time.firstMs)} to ${formatInstant(time.lastMs)}): ${formatTokens(overall.requestsPerMonth)} a month, assuming a month of 365.25 ÷ 12 = ${formatQuantity(MONTH_MS / 86_400_000, 4)} days.`;
  }
  const why = time.timestampedRequests === 0 ? 'The log has no timestamps' : 'The log has no time span';
  return `${why}, so requests per month are the ${requests} it holds.`;
}

/** Mean, p50, p90 and p99 of input, cached and output tokens per request. */
export function tokenStatsTable(group: TraceGroup): TextTable {
  const row = (label: string, summary: TraceGroup['input']) => [
    label,
    formatMean(summary.total, group.requests),
    formatTokens(summary.p50),
    formatTokens(summary.p90),
    formatTokens(summary.p99),
  ];
  return {
    columns: ['Tokens per request', 'Mean', 'p50', 'p90', 'p99'],
    rows: [row('Input', group.input), row('Cached', group.cached), row('Output', group.output)],
  };
}

/** "0", "1", "2–4", "10,000,000 or more". */
export function binLabel(bin: HistogramBin): string {
  if (bin.to === null) return `${formatTokens(bin.from)} or more`;
  return bin.from === bin.to ? formatTokens(bin.from) : `${formatTokens(bin.from)}–${formatTokens(bin.to)}`;
}

export function histogramTable(histogram: readonly HistogramBin[]): TextTable {
  return {
    columns: ['Tokens per request', 'Requests by input tokens', 'Requests by output tokens'],
    rows: histogram.map((bin) => [binLabel(bin), formatTokens(bin.input), formatTokens(bin.output)]),
  };
}

export function groupsTable(groups: readonly TraceGroup[]): TextTable {
  return {
    columns: [
      'Tag',
      'Requests',
      'Per month',
      'Mean input',
      'Mean output',
      'p90 input',
      'p90 output',
      'Cache hit rate',
    ],
    rows: groups.map((group) => [
      displayText(group.name),
      formatTokens(group.requests),
      formatTokens(group.requestsPerMonth),
      formatMean(group.input.total, group.requests),
      formatMean(group.output.total, group.requests),
      formatTokens(group.input.p90),
      formatTokens(group.output.p90),
      formatCacheHitRate(group.cacheHitRatePercent),
    ]),
  };
}

export function traceCostTable(rows: readonly TraceCostRow[]): TextTable {
  return {
    columns: ['Route', 'Trace cost', 'Average-based estimate', 'Difference'],
    rows: rows.map((row) => [
      routeName(row.route),
      formatUsdPerUnit(row.traceCost),
      formatUsdPerUnit(row.estimate),
      formatSigned(row.difference, formatUsdPerUnit),
    ]),
  };
}

/** "1,000 requests a month × 2,000 input and 500 output tokens, 12.5% cached". */
export function describeWorkload(workload: TraceWorkload): string {
  return `${formatCount(workload.requestsPerMonth, 'request')} a month × ${formatTokens(workload.inputTokensPerRequest)} input and ${formatTokens(workload.outputTokensPerRequest)} output tokens, ${formatCacheHitRate(workload.cacheHitRatePercent)} cached`;
}

/** The active route's trace cost against the average-based estimate, in one sentence. */
export function describeDifference(row: TraceCostRow, group: TraceGroup): string {
  const mean = (summary: TraceGroup['input']) => formatTokens(meanTokens(summary, group.requests));
  const estimate = `${formatCount(group.requests, 'request')} × ${mean(group.input)} input and ${mean(group.output)} output tokens at ${formatCacheHitRate(group.cacheHitRatePercent ?? 0)} cached`;
  const start = `On ${routeName(row.route)} the log costs ${formatUsdPerUnit(row.traceCost)} request by request; the average-based estimate (${estimate}) is ${formatUsdPerUnit(row.estimate)}`;
  if (row.difference === 0n) return `${start}, exactly the same.`;
  const magnitude = row.difference > 0n ? row.difference : -row.difference;
  const share = row.traceCost === 0n ? '' : ` (${formatPercent(hundredthsOf(magnitude, row.traceCost))})`;
  return `${start}, ${formatUsdPerUnit(magnitude)}${share} ${row.difference > 0n ? 'more' : 'less'}.`;
}

const FORMAT_NAMES = {
  csv: 'CSV',
  jsonl: 'JSON Lines',
  unknown: 'an unknown format',
  empty: 'empty',
} as const;

/** "Read as CSV: 1,234 requests." */
export function describeRead(report: TraceReport): string {
  const requests = `${formatTokens(report.overall.requests)} ${report.overall.requests === 1 ? 'request' : 'requests'}`;
  if (report.format === 'csv' || report.format === 'jsonl') {
    return `Read as ${FORMAT_NAMES[report.format]}: ${requests} from ${formatTokens(report.lines)} non-blank lines.`;
  }
  return `Nothing could be read: ${report.formatProblem ?? 'the format is unknown.'}`;
}

/** "3 bad rows were skipped: none of them is in any figure. The first 100 are listed." */
export function describeBadRows(report: TraceReport): string {
  const count = report.badRowCount;
  if (count === 0) return 'No bad rows.';
  const skipped =
    count === 1
      ? '1 bad row was skipped: it is not in any figure.'
      : `${formatTokens(count)} bad rows were skipped: none of them is in any figure.`;
  return count > report.badRows.length
    ? `${skipped} The first ${report.badRows.length} are listed.`
    : skipped;
}

/** "kimi-k2.6 (1,200 requests), Other models (34 requests)". */
export function describeModels(report: TraceReport): string | null {
  if (report.models.length === 0) return null;
  return report.models
    .map(
      ({ name, requests }) =>
        `${displayText(name, 40)} (${formatTokens(requests)} ${requests === 1 ? 'request' : 'requests'})`,
    )
    .join(', ');
}
