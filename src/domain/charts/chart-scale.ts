/**
 * Scales for chart axes that hold whatever figures a scenario produces. A chart library given a zero,
 * negative or non-finite bound on a log axis loops or throws, so every bound is settled here first:
 * - A log axis plots only positive finite values: zero, negatives, NaN and ±Infinity are left out, and
 *   with nothing left there is no axis (the chart says there is nothing to plot).
 * - Its domain runs from the power of ten at or below the smallest value to the one at or above the
 *   largest, always spans at least one decade (equal bounds widen one decade up), and stays within
 *   10^-300 … 10^300, where every power of ten is an ordinary float.
 * - It has at most MAX_LOG_TICKS ticks, all powers of ten: one per decade, or every k-th decade (the
 *   last decade always marked) when the values span more.
 * - A value placed on any axis is finite: beyond ±MAX_PLOT it is held at ±MAX_PLOT; NaN is no value.
 */

export const MAX_LOG_TICKS = 13;
export const LOG_EXPONENT_RANGE = { min: -300, max: 300 } as const;
/** Far beyond any bill (10^23 $ at every maximum), far below the float limit. */
export const MAX_PLOT = 1e200;

export interface LogAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** 10^exponent as the nearest float (10 ** -5 is not; the literal 1e-5 is). */
function decade(exponent: number): number {
  return Number(`1e${exponent}`);
}

function clampExponent(exponent: number): number {
  return Math.min(LOG_EXPONENT_RANGE.max, Math.max(LOG_EXPONENT_RANGE.min, exponent));
}

/** The exponent of the power of ten at or below `value` (> 0), corrected for log10's rounding. */
function floorExponent(value: number): number {
  let exponent = Math.floor(Math.log10(value));
  if (decade(exponent) > value) exponent -= 1;
  else if (decade(exponent + 1) <= value) exponent += 1;
  return exponent;
}

/** The exponent of the power of ten at or above `value` (> 0). */
function ceilExponent(value: number): number {
  const below = floorExponent(value);
  return decade(below) === value ? below : below + 1;
}

export function logAxis(values: Iterable<number>): LogAxis | null {
  let smallest = Number.POSITIVE_INFINITY;
  let largest = 0;
  for (const value of values) {
    if (!(value > 0) || !Number.isFinite(value)) continue;
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  if (largest === 0) return null;
  let low = clampExponent(floorExponent(smallest));
  let high = clampExponent(ceilExponent(largest));
  if (high === low) {
    if (high < LOG_EXPONENT_RANGE.max) high += 1;
    else low -= 1;
  }
  const step = Math.ceil((high - low) / (MAX_LOG_TICKS - 1));
  const ticks: number[] = [];
  for (let exponent = low; exponent < high; exponent += step) ticks.push(decade(exponent));
  ticks.push(decade(high));
  return { domain: [decade(low), decade(high)], ticks };
}

/** A value to place on an axis: finite, within ±MAX_PLOT; null for NaN. */
export function plotNumber(value: number): number | null {
  if (Number.isNaN(value)) return null;
  return Math.min(MAX_PLOT, Math.max(-MAX_PLOT, value));
}
