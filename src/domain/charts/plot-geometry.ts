/**
 * Where a line chart's marks go on screen: the plot's box inside the drawing, each axis's scale from
 * values to pixels, the ticks' places, and each series as one SVG path with its dots. Pure numbers, so
 * the app draws a line chart as plain SVG (features/charts/line-plot.tsx) with no chart library's
 * store to update: a chart redraw is one React render of a few hundred elements.
 */
import type { AxisTicks } from './chart-scale';

export type AxisKind = 'log' | 'linear';

/** An axis as drawn: its kind, its domain (log: both bounds > 0) and where its ticks go. */
export interface PlotAxis extends AxisTicks {
  readonly kind: AxisKind;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface PlotBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room under the plot for the horizontal axis's tick marks and labels. */
export const X_AXIS_HEIGHT = 30;

/**
 * The plot's box in a `width` × `height` drawing: inside the margin, right of the vertical axis's
 * labels (`yAxisWidth`) and above the horizontal axis's. Never negative, so a tiny drawing plots nothing
 * rather than something inside out.
 */
export function plotBox(width: number, height: number, margin: Margin, yAxisWidth: number): PlotBox {
  const x = margin.left + yAxisWidth;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, width - x - margin.right),
    height: Math.max(0, height - y - margin.bottom - X_AXIS_HEIGHT),
  };
}

/**
 * The pixel of a value on an axis drawn from `from` (the domain's low end) to `to`: linear in the value,
 * or in its logarithm on a log axis. Null for a value the axis cannot place (≤ 0 on a log axis, not
 * finite). A value outside the domain is placed outside the range: nothing clips it, so the axes
 * (logAxis, linearAxis) are built to hold every value the chart plots.
 */
export function axisScale(axis: PlotAxis, from: number, to: number): (value: number) => number | null {
  const [low, high] = axis.domain;
  if (axis.kind === 'log') {
    const logLow = Math.log10(low);
    const span = Math.log10(high) - logLow;
    return (value) => {
      if (!(value > 0) || !Number.isFinite(value)) return null;
      return span > 0 ? from + ((Math.log10(value) - logLow) / span) * (to - from) : from;
    };
  }
  const span = high - low;
  return (value) => {
    if (!Number.isFinite(value)) return null;
    return span > 0 ? from + ((value - low) / span) * (to - from) : from;
  };
}

export interface PlacedTick {
  readonly value: number;
  /** Its place along the axis, in pixels. */
  readonly at: number;
}

/** The ticks of an axis at their places; ticks the axis cannot place are left out. */
export function placeTicks(axis: PlotAxis, scale: (value: number) => number | null): PlacedTick[] {
  return axis.ticks.flatMap((value) => {
    const at = scale(value);
    return at === null ? [] : [{ value, at }];
  });
}

export interface PlotPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * An SVG path through the points in order, rounded to a hundredth of a pixel; a missing point (null)
 * breaks the line, as a value a log axis cannot show leaves a gap. "" when there is nothing to draw.
 */
export function linePath(points: readonly (PlotPoint | null)[]): string {
  const parts: string[] = [];
  let drawing = false;
  for (const point of points) {
    if (point === null) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(point.x)},${round(point.y)}`);
    drawing = true;
  }
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The index of the place nearest `at` (the first of equals); -1 when there is none. */
export function nearestIndex(places: readonly number[], at: number): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  places.forEach((place, index) => {
    const distance = Math.abs(place - at);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
