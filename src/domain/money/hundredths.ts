/**
 * Percentages as exact integers: hundredths of a percent, so 12.5 % is 1250n and 100 % is 10,000n.
 * Every percentage the app accepts has at most 2 decimals, so it is exact at this scale.
 */
import { divideRounded } from './money';

/** Hundredths of a percent in a whole: 100 % = 10,000. */
export const WHOLE = 10_000n;

/** 12.5 % → 1250n. Exact for percentages with at most 2 decimals (all the engine accepts). */
export function percentToHundredths(percent: number): bigint {
  return BigInt(Math.round(percent * 100));
}

/** part ÷ whole in hundredths of a percent, rounded half up: 1 of 3 → 3333n (both ≥ 0, whole > 0). */
export function hundredthsOf(part: bigint, whole: bigint): bigint {
  return divideRounded(part * WHOLE, whole);
}
