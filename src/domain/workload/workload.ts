/**
 * A workload: how much traffic one endpoint sends in a month and the token shape of each request.
 * Every field has a documented range (README, "Inputs and their ranges"); values outside it are
 * refused at the field, so the engine only ever sees values inside these ranges.
 */
import type { QuantityRange } from '../money/quantity';

export interface Workload {
  /** Requests per month, a whole number. */
  readonly requestsPerMonth: number;
  /** Average input (prompt) tokens per request, including system prompt, history and documents. */
  readonly inputTokensPerRequest: number;
  /** Average output (completion) tokens per request. */
  readonly outputTokensPerRequest: number;
  /** Share of input tokens served from the provider's cache, in percent (0–100, 2 decimals). */
  readonly cacheHitRatePercent: number;
  /** Extra traffic for retries and edge cases, in percent, added on top of everything. */
  readonly retryBufferPercent: number;
}

export type WorkloadField = keyof Workload;

export interface WorkloadFieldRange extends QuantityRange {
  /** Sliders over ranges that span orders of magnitude move logarithmically. */
  readonly sliderScale: 'linear' | 'log';
}

export const WORKLOAD_RANGES: Readonly<Record<WorkloadField, WorkloadFieldRange>> = {
  requestsPerMonth: { min: 0, max: 1_000_000_000_000, maxDecimals: 0, sliderScale: 'log' },
  inputTokensPerRequest: { min: 0, max: 10_000_000, maxDecimals: 0, sliderScale: 'log' },
  outputTokensPerRequest: { min: 0, max: 10_000_000, maxDecimals: 0, sliderScale: 'log' },
  cacheHitRatePercent: { min: 0, max: 100, maxDecimals: 2, sliderScale: 'linear' },
  retryBufferPercent: { min: 0, max: 100, maxDecimals: 2, sliderScale: 'linear' },
};

/** The scenario a first-time visitor sees: a small chat feature on K2.6. */
export const DEFAULT_WORKLOAD: Workload = {
  requestsPerMonth: 10_000,
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
  cacheHitRatePercent: 0,
  retryBufferPercent: 0,
};
