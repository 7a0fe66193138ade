/**
 * From a log's aggregates to an endpoint's workload. The rules:
 * - requests per month: the group's monthly volume (see trace-report.ts);
 * - input and output tokens per request: the chosen statistic of each, separately: the mean
 *   (rounded half up to a whole token) or the nearest-rank p50, p90 or p99;
 * - cache hit rate: the group's observed rate (cached ÷ input), whatever the statistic; 0 without
 *   input tokens;
 * - every value lies inside the workload field's range (whole numbers; the rate has 2 decimals).
 */

import { divideRounded } from '../money/money';
import { changeShapeKind } from '../workload/shape-kinds';
import { requestShapeFromWorkload, type WorkloadShape } from '../workload/shapes';
import type { TraceGroup } from './trace-report';
import type { TokenSummary } from './trace-stats';
import { displayText } from './trace-values';

export type TraceStatistic = 'mean' | 'p50' | 'p90' | 'p99';

export const TRACE_STATISTICS: readonly { readonly value: TraceStatistic; readonly label: string }[] = [
  { value: 'mean', label: 'Mean' },
  { value: 'p50', label: 'p50' },
  { value: 'p90', label: 'p90' },
  { value: 'p99', label: 'p99' },
];

/** The workload fields a log sets; each inside WORKLOAD_RANGES (see workload.ts). */
export interface TraceWorkload {
  readonly requestsPerMonth: number;
  readonly inputTokensPerRequest: number;
  readonly outputTokensPerRequest: number;
  readonly cacheHitRatePercent: number;
}

export interface EndpointDraft {
  readonly name: string;
  readonly workload: TraceWorkload;
}

/** Longest endpoint name made from a tag. */
const MAX_ENDPOINT_NAME_LENGTH = 60;

/** Total ÷ requests, rounded half up to a whole token; 0 without requests. */
export function meanTokens(summary: TokenSummary, requests: number): number {
  return requests === 0 ? 0 : Number(divideRounded(BigInt(summary.total), BigInt(requests)));
}

function tokensFor(summary: TokenSummary, requests: number, statistic: TraceStatistic): number {
  return statistic === 'mean' ? meanTokens(summary, requests) : summary[statistic];
}

export function traceWorkload(group: TraceGroup, statistic: TraceStatistic): TraceWorkload {
  return {
    requestsPerMonth: group.requestsPerMonth,
    inputTokensPerRequest: tokensFor(group.input, group.requests, statistic),
    outputTokensPerRequest: tokensFor(group.output, group.requests, statistic),
    cacheHitRatePercent: group.cacheHitRatePercent ?? 0,
  };
}

/** One endpoint per group, named after its tag (made safe to show and cut to 60 characters). */
export function endpointDrafts(groups: readonly TraceGroup[], statistic: TraceStatistic): EndpointDraft[] {
  return groups.map((group) => ({
    name: displayText(group.name, MAX_ENDPOINT_NAME_LENGTH).trim() || 'Endpoint',
    workload: traceWorkload(group, statistic),
  }));
}

/**
 * An endpoint's shape with a log applied: single requests of the log's size and cache hit rate; the
 * endpoint's own retry buffer, reasoning, cap and batch settings are kept.
 */
export function shapeFromTrace(current: WorkloadShape, workload: TraceWorkload): WorkloadShape {
  return {
    ...changeShapeKind(current, 'requests'),
    ...workload,
    kind: 'requests',
    consumer: null,
  } as WorkloadShape;
}

/** A new endpoint's shape from a log: single requests of its size, no retry buffer. */
export function newShapeFromTrace(workload: TraceWorkload): WorkloadShape {
  return requestShapeFromWorkload({ ...workload, retryBufferPercent: 0 });
}
