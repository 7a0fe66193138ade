/**
 * What is kept of a request log once it has been read: aggregates only, never the rows. The rules:
 * - requests per month are scaled from the time span: requests × (one month ÷ span), where one month
 *   is 365.25 ÷ 12 = 30.4375 days and the span runs from the earliest to the latest timestamp; a log
 *   without at least two distinct timestamps uses its request count as the monthly volume;
 * - every group (tag) is scaled by the whole log's span, so the groups' volumes add up to the log's;
 * - the observed cache hit rate is cached ÷ input tokens over all requests, in percent rounded to
 *   2 decimals (half up), exactly as the workload's field holds it.
 */
import { hundredthsOf } from '../money/hundredths';
import { divideRounded } from '../money/money';
import { WORKLOAD_RANGES } from '../workload/workload';
import { type GroupStats, type HistogramBin, summariseTokens, type TokenSummary } from './trace-stats';

/** One month: 365.25 ÷ 12 days, in milliseconds (2,629,800,000). */
export const MONTH_MS = 2_629_800_000;

export type TraceFormat = 'csv' | 'jsonl' | 'unknown' | 'empty';

export interface BadRow {
  /** Line number in the file, from 1. */
  readonly line: number;
  readonly reason: string;
}

export interface TraceGroup {
  readonly name: string;
  readonly requests: number;
  readonly requestsPerMonth: number;
  readonly input: TokenSummary;
  readonly cached: TokenSummary;
  readonly output: TokenSummary;
  /** Cached ÷ input tokens, percent with 2 decimals; null when the group has no input tokens. */
  readonly cacheHitRatePercent: number | null;
}

export interface TraceTime {
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly timestampedRequests: number;
  /** 'span': requests per month scaled from the time span; 'rows': the request count itself. */
  readonly basis: 'span' | 'rows';
}

export interface ModelCount {
  readonly name: string;
  readonly requests: number;
}

export interface TraceReport {
  readonly format: TraceFormat;
  /** Why nothing could be read (empty, binary, unknown format), or null. */
  readonly formatProblem: string | null;
  /** Non-blank lines read, a CSV header included. */
  readonly lines: number;
  readonly badRowCount: number;
  /** The first bad rows (at most 100), in file order. */
  readonly badRows: readonly BadRow[];
  /** Facts about how the file was read, in plain words. */
  readonly notes: readonly string[];
  readonly overall: TraceGroup;
  /** One per tag (most requests first); empty when the log has no tags. */
  readonly groups: readonly TraceGroup[];
  readonly models: readonly ModelCount[];
  readonly time: TraceTime;
  /** Requests per bin of input and output tokens per request (log-spaced bins). */
  readonly histogram: readonly HistogramBin[];
}

/** Cached ÷ input in percent, rounded to 2 decimals; null without input tokens. */
export function cacheHitRatePercent(cached: number, input: number): number | null {
  if (input === 0) return null;
  return Number(hundredthsOf(BigInt(cached), BigInt(input))) / 100;
}

/** The log's time facts; the span basis needs two distinct timestamps. */
export function traceTime(
  firstMs: number | null,
  lastMs: number | null,
  timestampedRequests: number,
): TraceTime {
  const spans = firstMs !== null && lastMs !== null && lastMs > firstMs && timestampedRequests >= 2;
  return { firstMs, lastMs, timestampedRequests, basis: spans ? 'span' : 'rows' };
}

/** Requests per month for `requests` of the log, capped at the workload field's maximum. */
export function requestsPerMonth(requests: number, time: TraceTime): number {
  if (time.basis === 'rows' || time.firstMs === null || time.lastMs === null) return requests;
  const span = BigInt(time.lastMs - time.firstMs);
  const scaled = divideRounded(BigInt(requests) * BigInt(MONTH_MS), span);
  const max = BigInt(WORKLOAD_RANGES.requestsPerMonth.max);
  return Number(scaled > max ? max : scaled);
}

/** Summarises a group (sorting its arrays in place). */
export function summariseGroup(name: string, stats: GroupStats, time: TraceTime): TraceGroup {
  return {
    name,
    requests: stats.requests,
    requestsPerMonth: requestsPerMonth(stats.requests, time),
    input: summariseTokens(stats.input.sorted(), stats.input.total),
    cached: summariseTokens(stats.cached.sorted(), stats.cached.total),
    output: summariseTokens(stats.output.sorted(), stats.output.total),
    cacheHitRatePercent: cacheHitRatePercent(stats.cached.total, stats.input.total),
  };
}
