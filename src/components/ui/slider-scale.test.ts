import { describe, expect, it } from 'vitest';
import {
  LOG_SLIDER_STEPS,
  logPositionFromValue,
  logValueFromPosition,
  roundToTwoSignificant,
  type SliderRange,
} from './slider-scale';

/** The requests and token ranges of the workload fields, written out. */
const REQUESTS: SliderRange = { min: 0, max: 1_000_000_000_000, maxDecimals: 0, sliderScale: 'log' };
const TOKENS: SliderRange = { min: 0, max: 10_000_000, maxDecimals: 0, sliderScale: 'log' };

const POSITIONS = Array.from({ length: LOG_SLIDER_STEPS + 1 }, (_, position) => position);

// The ranges of the workload's log sliders (requests per month, tokens per request), and one more.
const LOG_RANGES = [
  ['requests (0 to 10^12)', REQUESTS],
  ['tokens (0 to 10^7)', TOKENS],
  ['a range that does not start at 0 (50 to 5,000)', { min: 50, max: 5000 }],
] as const;

/** True when `value` has at most two significant digits: 0, 7, 87, 1200, 3,400,000. */
function isRound(value: number): boolean {
  if (value < 100) return Number.isInteger(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Number.isInteger(value / magnitude);
}

describe('roundToTwoSignificant', () => {
  // Rule: below 100 a value rounds to a whole number; from 100 up it keeps two significant digits.
  it.each([
    [0, 0],
    [0.4, 0],
    [87, 87],
    [99.6, 100],
    [1234, 1200],
    [1250, 1300],
    [995, 1000],
    [123_456_789, 120_000_000],
    [999_999_999_999, 1_000_000_000_000],
  ])('%d → %d', (value, expected) => {
    expect(roundToTwoSignificant(value)).toBe(expected);
  });
});

describe.each(LOG_RANGES)('the logarithmic slider over %s', (_name, range) => {
  it('maps the ends of the track to the ends of the range, and back', () => {
    expect(logValueFromPosition(0, range)).toBe(range.min);
    expect(logValueFromPosition(LOG_SLIDER_STEPS, range)).toBe(range.max);
    expect(logPositionFromValue(range.min, range)).toBe(0);
    expect(logPositionFromValue(range.max, range)).toBe(LOG_SLIDER_STEPS);
  });

  it('keeps positions on the track for values outside the range', () => {
    expect(logPositionFromValue(range.min - 10, range)).toBe(0);
    expect(logPositionFromValue(range.max * 10, range)).toBe(LOG_SLIDER_STEPS);
  });

  it('lands on round numbers inside the range at every position', () => {
    for (const position of POSITIONS) {
      const value = logValueFromPosition(position, range);
      expect(value).toBeGreaterThanOrEqual(range.min);
      expect(value).toBeLessThanOrEqual(range.max);
      expect(isRound(value) || value === range.max, `position ${position} gives ${value}`).toBe(true);
    }
  });

  it('never goes down as the thumb moves right', () => {
    for (const position of POSITIONS.slice(1)) {
      expect(logValueFromPosition(position, range)).toBeGreaterThanOrEqual(
        logValueFromPosition(position - 1, range),
      );
    }
  });

  it('round-trips every value it produces to that value or a neighbouring round value', () => {
    // Rule: value → position → value may move to the next round number (positions are coarser than
    // two significant digits in places, e.g. 10,000 → 9,900), but never by more than 2%.
    for (const position of POSITIONS) {
      const value = logValueFromPosition(position, range);
      const back = logValueFromPosition(logPositionFromValue(value, range), range);
      expect(Math.abs(back - value), `value ${value} came back as ${back}`).toBeLessThanOrEqual(
        Math.max(1, value * 0.02),
      );
    }
  });

  it('round-trips every position to within a few positions of itself, above the crowded low end', () => {
    // Where two significant digits are coarser than a position (near the minimum, just above each
    // power of ten) several positions share a value, which comes back at the position nearest its
    // exact logarithm, a few positions away.
    for (const position of POSITIONS.filter((p) => logValueFromPosition(p, range) - range.min >= 100)) {
      const back = logPositionFromValue(logValueFromPosition(position, range), range);
      expect(Math.abs(back - position), `position ${position}`).toBeLessThanOrEqual(8);
    }
  });
});

describe('the requests slider (0 to 10^12)', () => {
  const range = REQUESTS;

  it.each([1_000, 2_000, 100_000, 1_000_000, 20_000_000, 1_000_000_000])(
    'puts %d where the slider gives it back',
    (value) => {
      expect(logValueFromPosition(logPositionFromValue(value, range), range)).toBe(value);
    },
  );

  // The nearest position can produce a neighbouring round value (10,000 → 333 → 9,900), so the
  // mapping prefers the neighbouring position that gives the value back.
  it('puts every value the slider produces where the slider gives it back', () => {
    for (const position of POSITIONS) {
      const value = logValueFromPosition(position, range);
      expect(logValueFromPosition(logPositionFromValue(value, range), range), `value ${value}`).toBe(value);
    }
  });
});
