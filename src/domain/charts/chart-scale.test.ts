import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_EXPONENT_RANGE, linearAxis, logAxis, MAX_LOG_TICKS, MAX_PLOT, plotNumber } from './chart-scale';

describe('logAxis', () => {
  // Rule: the domain runs from the power of ten at or below the smallest value to the one at or above
  // the largest, with one tick per decade.
  it.each([
    [
      [100, 1_000_000],
      [100, 1_000_000],
      [100, 1_000, 10_000, 100_000, 1_000_000],
    ],
    [
      [0.04, 4],
      [0.01, 10],
      [0.01, 0.1, 1, 10],
    ],
    [
      [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
      [1, 1000],
      [1, 10, 100, 1000],
    ],
    [
      [0.000_07, 0.000_3],
      [0.000_01, 0.001],
      [0.000_01, 0.0001, 0.001],
    ],
  ])('ordinary values %j: domain %j, ticks %j', (values, domain, ticks) => {
    expect(logAxis(values)).toEqual({ domain, ticks });
  });

  // Rule: tiny values get the decade that holds them; a value that rounds to 0 as a float is no value.
  it.each([
    [
      [1e-8, 3e-8],
      [1e-8, 1e-7],
    ],
    [
      [1e-10, 1],
      [1e-10, 1],
    ],
    [
      [Number.MIN_VALUE, 1],
      [1e-300, 1],
    ],
  ])('tiny values %j: domain %j', (values, domain) => {
    expect(logAxis(values)?.domain).toEqual(domain);
  });

  // Rule: zero, negative and non-finite values are left out; with none left there is no axis.
  it.each([
    [
      [0, 0.5, 3],
      [0.1, 10],
    ],
    [
      [-5, 0.5, 3],
      [0.1, 10],
    ],
    [
      [Number.NaN, 0.5, Number.POSITIVE_INFINITY, 3],
      [0.1, 10],
    ],
  ])('%j keeps only the positive finite values: domain %j', (values, domain) => {
    expect(logAxis(values)?.domain).toEqual(domain);
  });
  it.each([
    [[]],
    [[0]],
    [[0, 0, 0]],
    [[-1, -0.5]],
    [[Number.NaN]],
    [[Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
  ])('%j has nothing to plot', (values) => {
    expect(logAxis(values)).toBeNull();
  });

  // Rule: equal low and high (or one value) widen to a one-decade domain, one decade up.
  it.each([
    [
      [3, 3],
      [1, 10],
    ],
    [[1000], [1000, 10_000]],
    [[1e300], [1e299, 1e300]],
  ])('equal values %j: domain %j', (values, domain) => {
    expect(logAxis(values)?.domain).toEqual(domain);
  });

  // Rule: huge spans keep at most 13 ticks, every k-th decade, the last decade always marked, and the
  // domain stays within 10^-300 … 10^300.
  it.each([
    [[1, 1e12], [1, 1e12], 13],
    [[1, 1e13], [1, 1e13], 8],
    [[1e-8, 1e23], [1e-8, 1e23], 12],
    [[Number.MIN_VALUE, Number.MAX_VALUE], [1e-300, 1e300], 13],
  ])('huge span %j: domain %j with %i ticks', (values, domain, count) => {
    const axis = logAxis(values);
    expect(axis?.domain).toEqual(domain);
    expect(axis?.ticks).toHaveLength(count);
    expect(axis?.ticks.at(0)).toBe(domain[0]);
    expect(axis?.ticks.at(-1)).toBe(domain[1]);
  });

  it('for any numbers at all, gives a positive finite domain that holds every tick, at most 13 of them', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { maxLength: 20 }), (values) => {
        const axis = logAxis(values);
        const positive = values.filter((value) => value > 0 && Number.isFinite(value));
        if (positive.length === 0) return axis === null;
        if (axis === null) return false;
        const [low, high] = axis.domain;
        return (
          low > 0 &&
          Number.isFinite(high) &&
          low < high &&
          low >= Number(`1e${LOG_EXPONENT_RANGE.min}`) &&
          high <= Number(`1e${LOG_EXPONENT_RANGE.max}`) &&
          axis.ticks.length >= 2 &&
          axis.ticks.length <= MAX_LOG_TICKS &&
          axis.ticks.every((tick) => tick >= low && tick <= high)
        );
      }),
    );
  });

  it('holds every value it keeps, within the exponent range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-290, max: 1e290, noNaN: true }), { minLength: 1 }),
        (values) => {
          const axis = logAxis(values);
          const [low, high] = axis?.domain ?? [Number.NaN, Number.NaN];
          return values.every((value) => value >= low && value <= high);
        },
      ),
    );
  });
});

describe('plotNumber', () => {
  // Rule: a value placed on an axis is finite, held at ±1e200; NaN is no value; others pass unchanged.
  it.each([
    [3.9, 3.9],
    [0, 0],
    [-0.5, -0.5],
    [1e-12, 1e-12],
    [1e250, MAX_PLOT],
    [Number.POSITIVE_INFINITY, MAX_PLOT],
    [Number.NEGATIVE_INFINITY, -MAX_PLOT],
    [Number.NaN, null],
  ])('plotNumber(%s) = %s', (value, plotted) => expect(plotNumber(value)).toBe(plotted));
});

describe('linearAxis', () => {
  // Rule: from 0 to a round top at or above the largest value, in round steps (1, 2, 2.5 or 5 × 10^k).
  it.each([
    [[93], [0, 25, 50, 75, 100]],
    [[4], [0, 1, 2, 3, 4]],
    [[5], [0, 2, 4, 6]],
    [[0.3], [0, 0.1, 0.2, 0.3]],
    [
      [39, 34.26, 12],
      [0, 10, 20, 30, 40],
    ],
    [[123_456], [0, 50_000, 100_000, 150_000]],
    [[1e-7], [0, 2.5e-8, 5e-8, 7.5e-8, 1e-7]],
  ])('values %j: ticks %j', (values, ticks) => {
    expect(linearAxis(values)).toEqual({ domain: [0, ticks.at(-1)], ticks });
  });

  it('still gives an axis for a top too small for round steps (10^-323)', () => {
    expect(linearAxis([Number.MIN_VALUE])).toEqual({
      domain: [0, Number.MIN_VALUE],
      ticks: [0, Number.MIN_VALUE],
    });
  });

  it('runs from 0 to 1 with nothing above 0, and leaves out negative and non-finite values', () => {
    for (const values of [[], [0], [-5, 0], [Number.NaN, Number.POSITIVE_INFINITY]])
      expect(linearAxis(values)).toEqual({ domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(linearAxis([-5, 3, Number.NaN])).toEqual(linearAxis([3]));
  });

  it('always covers the largest value in at most five evenly spaced round ticks (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: MAX_PLOT, noNaN: true }), (largest) => {
        const { domain, ticks } = linearAxis([largest]);
        const step = ticks[1] as number;
        const even = ticks.every((tick, index) => Math.abs(tick - index * step) <= step * 1e-9);
        // Round: two significant digits at most, with no float artefact (0.30000000000000004).
        const round = ticks.every((tick) => Number(tick.toPrecision(2)) === tick);
        const mantissa = Number(step.toExponential().split('e')[0]);
        return (
          domain[1] >= largest &&
          domain[1] < largest * 2.6 &&
          ticks.length <= 5 &&
          ticks.length >= 3 &&
          even &&
          round &&
          [1, 2, 2.5, 5].includes(mantissa)
        );
      }),
    );
  });
});
