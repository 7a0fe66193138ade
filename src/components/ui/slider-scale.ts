/**
 * Mapping between a slider's position and a value. Ranges that span orders of magnitude (requests,
 * tokens) move logarithmically over LOG_SLIDER_STEPS positions and land on round numbers (two
 * significant digits); linear ranges use the value itself as the position.
 */
export const LOG_SLIDER_STEPS = 1000;

/** A slider's range: its ends, the decimals its field accepts, and how the track maps to values. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  /** Decimal places the field accepts: 0 for whole counts. */
  readonly maxDecimals: number;
  /** Ranges that span orders of magnitude move logarithmically. */
  readonly sliderScale: 'linear' | 'log';
}

/** The ends of a range: all the track mapping needs. */
type TrackRange = Pick<SliderRange, 'min' | 'max'>;

/** Rounds to two significant digits: 1234 → 1200, 87 → 87, 0 → 0. */
export function roundToTwoSignificant(value: number): number {
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function logPositionFromValue(value: number, range: TrackRange): number {
  const span = Math.log10(range.max - range.min + 1);
  const exact = (Math.log10(Math.max(0, value - range.min) + 1) / span) * LOG_SLIDER_STEPS;
  const nearest = Math.min(LOG_SLIDER_STEPS, Math.max(0, Math.round(exact)));
  // The nearest position can round to a neighbouring round value; prefer a neighbour that gives this one back.
  return (
    [nearest, nearest + 1, nearest - 1].find(
      (position) =>
        position >= 0 && position <= LOG_SLIDER_STEPS && logValueFromPosition(position, range) === value,
    ) ?? nearest
  );
}

export function logValueFromPosition(position: number, range: TrackRange): number {
  const span = Math.log10(range.max - range.min + 1);
  const raw = 10 ** ((position / LOG_SLIDER_STEPS) * span) - 1 + range.min;
  return Math.min(range.max, Math.max(range.min, roundToTwoSignificant(raw)));
}
