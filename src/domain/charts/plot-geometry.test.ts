import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axisScale,
  linePath,
  nearestIndex,
  type PlotAxis,
  placeTicks,
  plotBox,
  X_AXIS_HEIGHT,
} from './plot-geometry';

const LOG: PlotAxis = {
  kind: 'log',
  domain: [100, 1_000_000],
  ticks: [100, 1000, 10_000, 100_000, 1_000_000],
};
const LINEAR: PlotAxis = { kind: 'linear', domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };

describe('plotBox', () => {
  it('sits inside the margin, right of the vertical axis and above the horizontal one', () => {
    expect(plotBox(600, 320, { top: 16, right: 120, bottom: 8, left: 0 }, 64)).toEqual({
      x: 64,
      y: 16,
      width: 600 - 64 - 120,
      height: 320 - 16 - 8 - X_AXIS_HEIGHT,
    });
  });

  it('is empty, never inside out, in a drawing too small for its margins', () => {
    const box = plotBox(50, 20, { top: 16, right: 120, bottom: 8, left: 0 }, 64);
    expect(box.width).toBe(0);
    expect(box.height).toBe(0);
  });
});

describe('axisScale', () => {
  it('puts a log axis’s decades evenly between its ends', () => {
    const x = axisScale(LOG, 0, 400);
    expect([100, 1000, 10_000, 100_000, 1_000_000].map(x)).toEqual([0, 100, 200, 300, 400]);
  });

  it('runs a vertical axis upwards: the low end at the bottom', () => {
    const y = axisScale(LINEAR, 300, 100);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(100);
    expect(y(50)).toBe(200);
  });

  it('cannot place 0, a negative or a non-finite value on a log axis, nor a non-finite one on a linear axis', () => {
    const log = axisScale(LOG, 0, 400);
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(log(value)).toBeNull();
    const linear = axisScale(LINEAR, 0, 400);
    expect(linear(Number.NaN)).toBeNull();
    expect(linear(-10)).toBe(-40);
  });

  it('places every value of a one-point domain at the axis’s start', () => {
    expect(axisScale({ kind: 'linear', domain: [5, 5], ticks: [5] }, 10, 90)(5)).toBe(10);
    expect(axisScale({ kind: 'log', domain: [5, 5], ticks: [5] }, 10, 90)(7)).toBe(10);
  });

  it('keeps the order of values (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        (a, b) => {
          const x = axisScale(LOG, 0, 400);
          const [pa, pb] = [x(a) as number, x(b) as number];
          return a <= b ? pa <= pb : pa >= pb;
        },
      ),
    );
  });
});

describe('placeTicks', () => {
  it('places each tick the axis can show, and leaves out the rest', () => {
    const axis: PlotAxis = { kind: 'log', domain: [1, 100], ticks: [0, 1, 10, 100] };
    expect(placeTicks(axis, axisScale(axis, 0, 200))).toEqual([
      { value: 1, at: 0 },
      { value: 10, at: 100 },
      { value: 100, at: 200 },
    ]);
    expect(placeTicks(LINEAR, axisScale(LINEAR, 0, 500)).map((tick) => tick.at)).toEqual([
      0, 100, 200, 300, 400, 500,
    ]);
  });
});

describe('linePath', () => {
  it('draws one path through the points, to a hundredth of a pixel', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 1.23456, y: 20.005 },
        { x: 3, y: 4 },
      ]),
    ).toBe('M0,10L1.23,20.01L3,4');
  });

  it('breaks the line where a point is missing, and is empty with nothing to draw', () => {
    expect(linePath([{ x: 0, y: 0 }, null, { x: 2, y: 2 }, { x: 3, y: 3 }])).toBe('M0,0M2,2L3,3');
    expect(linePath([null, null])).toBe('');
    expect(linePath([])).toBe('');
  });
});

describe('nearestIndex', () => {
  it('finds the place nearest the pointer, the first of equals, and none in an empty list', () => {
    expect(nearestIndex([0, 100, 200], 140)).toBe(1);
    expect(nearestIndex([0, 100, 200], 160)).toBe(2);
    expect(nearestIndex([0, 100, 200], 50)).toBe(0);
    expect(nearestIndex([0, 100, 200], -500)).toBe(0);
    expect(nearestIndex([], 10)).toBe(-1);
  });

  it('skips places that are not numbers (a row the axis cannot place)', () => {
    expect(nearestIndex([Number.NaN, 100, 200], 0)).toBe(1);
  });
});
