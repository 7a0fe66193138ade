/**
 * Scales for chart axes that hold whatever figures a scenario produces: log axes (logAxis) and linear
 * axes from 0 (linearAxis). A chart library given a zero,
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

/** An axis's domain and the values it marks with ticks. */
export interface AxisTicks {
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

export function logAxis(values: Iterable<number>): AxisTicks | null {
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

/** The most ticks a linear axis has. */
export const LINEAR_TICKS = 5;

/** Tick steps are 1, 2, 2.5 or 5 times a power of ten, written as tenths: 10, 20, 25, 50 (and 100). */
const STEP_TENTHS = [10, 20, 25, 50, 100] as const;

/**
 * A linear axis from 0 up to a round value at or above the largest of `values`, with LINEAR_TICKS
 * ticks or a few fewer at round steps (0, 25, 50, 75, 100 for a top of 93). Negative, NaN and infinite
 * values are left out; with nothing above 0 the axis runs from 0 to 1. Ticks are read from decimal
 * text ("2.5e-7"), so none carries a float artefact (0.30000000000000004).
 */
export function linearAxis(values: Iterable<number>): AxisTicks {
  let largest = 0;
  for (const value of values) if (Number.isFinite(value) && value > largest) largest = value;
  const top = Math.min(largest, MAX_PLOT);
  if (top === 0) return { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] };
  const rough = top / (LINEAR_TICKS - 1);
  // The step in tenths of a power of ten: rough = tenths × 10^(exponent - 1).
  let exponent = floorExponent(rough);
  let tenths = STEP_TENTHS.find((candidate) => Number(`${candidate}e${exponent - 1}`) >= rough) ?? 100;
  if (tenths === 100) {
    tenths = 10;
    exponent += 1;
  }
  const tick = (count: number) => Number(`${count * tenths}e${exponent - 1}`);
  // A step below the smallest float (a top near 10^-323) is 0: the axis is then just 0 and the top.
  if (!(tick(1) > 0)) return { domain: [0, top], ticks: [0, top] };
  const ticks: number[] = [0];
  for (let count = 1; count < LINEAR_TICKS && tick(count - 1) < top; count += 1) ticks.push(tick(count));
  return { domain: [0, ticks[ticks.length - 1] as number], ticks };
}
