/**
 * The streaming aggregate of a request log. The rules:
 * - every request's token counts are kept in typed arrays (4 bytes per count, grown by doubling), so
 *   percentiles are exact and a million requests take about 12 MB per group; the rows themselves
 *   (tags, models, lines) are never kept;
 * - percentiles are nearest-rank: the p-th percentile of n sorted counts is the one at rank ⌈p·n/100⌉,
 *   always a count that occurred;
 * - totals are exact (at most 10,000,000 tokens a request, far below 2^53 for any file a browser reads);
 * - `summariseTokens` sorts the arrays in place: call it once, when the log has been read.
 */
import { MAX_TOKENS_PER_REQUEST } from './trace-values';

/** A growable array of token counts with its running total. */
export class TokenColumn {
  private values = new Uint32Array(64);
  private isSorted = true;
  length = 0;
  total = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
    this.isSorted = false;
    this.total += value;
  }

  /** The counts, sorted ascending (sorts in place: the order they came in is lost). */
  sorted(): Uint32Array {
    const values = this.values.subarray(0, this.length);
    if (!this.isSorted) values.sort();
    this.isSorted = true;
    return values;
  }

  /** A copy holding the same counts. */
  clone(): TokenColumn {
    const copy = new TokenColumn();
    copy.values = this.values.slice();
    copy.length = this.length;
    copy.total = this.total;
    copy.isSorted = this.isSorted;
    return copy;
  }
}

/** The value at nearest rank ⌈p·n/100⌉ of sorted counts; 0 when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.max(1, Math.floor((p * n + 99) / 100));
  return sorted[rank - 1] as number;
}

export interface TokenSummary {
  /** Sum over the requests. */
  readonly total: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export function summariseTokens(sorted: Uint32Array, total: number): TokenSummary {
  return {
    total,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? 0 : (sorted[sorted.length - 1] as number),
  };
}

/** Input, cached and output counts of one group of requests. */
export class GroupStats {
  input = new TokenColumn();
  cached = new TokenColumn();
  output = new TokenColumn();

  clone(): GroupStats {
    const copy = new GroupStats();
    copy.input = this.input.clone();
    copy.cached = this.cached.clone();
    copy.output = this.output.clone();
    return copy;
  }

  get requests(): number {
    return this.input.length;
  }

  add(input: number, cached: number, output: number): void {
    this.input.push(input);
    this.cached.push(cached);
    this.output.push(output);
  }
}

// ---- histogram ---------------------------------------------------------------------------------

/** Lower bounds of the histogram's bins: 0, then 1-2-5 steps per decade up to 10,000,000. */
export const HISTOGRAM_EDGES: readonly number[] = (() => {
  const edges = [0];
  for (let decade = 1; decade <= MAX_TOKENS_PER_REQUEST; decade *= 10) {
    for (const step of [1, 2, 5]) if (decade * step <= MAX_TOKENS_PER_REQUEST) edges.push(decade * step);
  }
  return edges;
})();

export interface HistogramBin {
  /** Smallest count in the bin. */
  readonly from: number;
  /** Largest count in the bin (inclusive); null for the last, open bin. */
  readonly to: number | null;
  readonly input: number;
  readonly output: number;
}

/** How many sorted counts are below `value`. */
function countBelow(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Requests per bin of input and output tokens, from the first to the last non-empty bin. */
export function buildHistogram(sortedInput: Uint32Array, sortedOutput: Uint32Array): HistogramBin[] {
  const bins = HISTOGRAM_EDGES.map((from, index) => {
    const next = HISTOGRAM_EDGES[index + 1];
    const count = (sorted: Uint32Array) =>
      (next === undefined ? sorted.length : countBelow(sorted, next)) - countBelow(sorted, from);
    return {
      from,
      to: next === undefined ? null : next - 1,
      input: count(sortedInput),
      output: count(sortedOutput),
    };
  });
  const used = (bin: HistogramBin) => bin.input > 0 || bin.output > 0;
  const first = bins.findIndex(used);
  if (first === -1) return [];
  const last = bins.length - 1 - [...bins].reverse().findIndex(used);
  return bins.slice(first, last + 1);
}
