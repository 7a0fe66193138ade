/**
 * A unit's calls, split into runs by long-context thresholds. The rules, in words:
 * - Prompts never shrink from one call to the next (a conversation re-sends everything so far, an agent
 *   step everything before it), so the calls whose prompt is longer than a threshold are the calls from
 *   the first such call on: binary search finds it.
 * - The tokens of calls a … b are the closed form of the first b calls minus that of the first a − 1.
 * - Each run's tokens become price coefficients: the cache-hit share of its prefix at the cached price,
 *   the write share of all its input at the write price, the rest of the input at the input price.
 */
import { WHOLE } from '../money/hundredths';
import { type UnitTokens, unitTokens } from '../workload/shape-tokens';
import type { WorkloadShape } from '../workload/shapes';

/** Tokens of some calls as price coefficients, in tokens × hundredths of a percent. */
export interface CallRates {
  /** Cache-miss input that is not written to the cache, at the input price. */
  readonly input: bigint;
  /** Cache-hit prefix, at the cached price. */
  readonly cached: bigint;
  /** Input written to the cache, at the cache-write price. */
  readonly written: bigint;
  readonly output: bigint;
  readonly reasoning: bigint;
}

/** A run of a unit's calls billed at one set of prices: the standard ones (tier −1) or tier `tier`'s. */
export interface CallRun {
  readonly tier: number;
  /** Calls of one unit in the run. */
  readonly calls: bigint;
  readonly rates: CallRates;
}

export type CallTokens = Omit<UnitTokens, 'toolCalls'>;

export function callRates(tokens: CallTokens, hit: bigint, write: bigint): CallRates {
  const miss = tokens.prefix * (WHOLE - hit) + tokens.fresh * WHOLE;
  const written = (tokens.prefix + tokens.fresh) * write;
  return {
    input: miss - written,
    cached: tokens.prefix * hit,
    written,
    output: tokens.output * WHOLE,
    reasoning: tokens.reasoning * WHOLE,
  };
}

const NO_TOKENS: CallTokens = { prefix: 0n, fresh: 0n, output: 0n, reasoning: 0n };

/** The tokens of a unit's first `count` calls (all of them: prefix, new input, output, reasoning). */
function firstCalls(shape: WorkloadShape, capped: boolean, count: number): CallTokens {
  return count === 0 ? NO_TOKENS : unitTokens(shape, capped, count);
}

/** Tokens one call sends: call `k` (from 1). Prompts never shrink from one call to the next. */
function promptOf(shape: WorkloadShape, capped: boolean, k: number): bigint {
  const upTo = firstCalls(shape, capped, k);
  const before = firstCalls(shape, capped, k - 1);
  return upTo.prefix + upTo.fresh - before.prefix - before.fresh;
}

/** The first call of `count` whose prompt is longer than `above` tokens; count + 1 when none is. */
function firstCallAbove(shape: WorkloadShape, capped: boolean, count: number, above: number): number {
  let low = 1;
  let high = count + 1;
  const threshold = BigInt(above);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (promptOf(shape, capped, middle) > threshold) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * A unit of `count` calls split into runs by tier thresholds (ascending): calls up to the first
 * threshold at the standard prices, then each tier's calls. Empty runs are left out.
 */
export function splitIntoRuns(
  shape: WorkloadShape,
  capped: boolean,
  count: number,
  thresholds: readonly number[],
  hit: bigint,
  write: bigint,
): CallRun[] {
  const starts = [1, ...thresholds.map((above) => firstCallAbove(shape, capped, count, above)), count + 1];
  const runs: CallRun[] = [];
  for (let tier = -1; tier < thresholds.length; tier += 1) {
    const from = starts[tier + 1] as number;
    const to = (starts[tier + 2] as number) - 1;
    if (to < from) continue;
    const end = firstCalls(shape, capped, to);
    const start = firstCalls(shape, capped, from - 1);
    const tokens: CallTokens = {
      prefix: end.prefix - start.prefix,
      fresh: end.fresh - start.fresh,
      output: end.output - start.output,
      reasoning: end.reasoning - start.reasoning,
    };
    runs.push({ tier, calls: BigInt(to - from + 1), rates: callRates(tokens, hit, write) });
  }
  return runs;
}
