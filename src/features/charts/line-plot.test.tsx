import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlotAxis } from '../../domain/charts/plot-geometry';
import { LinePlot, type LineSeries, type PlotGeometry, type PlotRow } from './line-plot';

const WIDTH = 500;
const X_AXIS: PlotAxis = { kind: 'log', domain: [100, 10_000], ticks: [100, 1000, 10_000] };
const Y_AXIS: PlotAxis = { kind: 'log', domain: [0.1, 100], ticks: [0.1, 1, 10, 100] };

const rows: PlotRow[] = [100, 1000, 10_000].map((x, index) => ({
  x,
  xText: String(x),
  title: `${x} requests a month`,
  values: { a: [0.2, 2, 20][index] ?? null, b: [null, 0.5, 5][index] ?? null },
  texts: { a: ['$0.20', '$2.00', '$20.00'][index] ?? '', b: ['$0.00', '$0.50', '$5.00'][index] ?? '' },
}));

const series: LineSeries[] = [
  { key: 'b', name: 'Route B', color: 'red', width: 2, dotRadius: 2.5, className: 'chart-line' },
  {
    key: 'a',
    name: 'Route A (your route)',
    color: 'blue',
    width: 4,
    dotRadius: 3.5,
    className: 'chart-line',
  },
];

function plot(
  overlay?: (geometry: PlotGeometry) => React.ReactNode,
  { plotted = rows, marker = 1000 }: { plotted?: PlotRow[]; marker?: number } = {},
) {
  return render(
    <LinePlot
      title="Cost versus monthly volume"
      desc="At 1,000 requests a month these routes cost $0.50 to $2.00."
      height={300}
      margin={{ top: 10, right: 20, bottom: 8, left: 0 }}
      yAxisWidth={60}
      xAxis={X_AXIS}
      yAxis={Y_AXIS}
      formatX={(value) => `${value}×`}
      formatY={(value) => `$${value}`}
      rows={plotted}
      series={series}
      marker={{ x: marker, label: 'Now' }}
      overlay={overlay}
    />,
  );
}

const surface = () => screen.getByRole('application', { name: 'Cost versus monthly volume' });
const tooltip = () => document.querySelector('.line-plot__tooltip .chart-tooltip');

describe('LinePlot', () => {
  beforeEach(() => {
    // jsdom lays nothing out: the drawing's box is WIDTH wide.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 300 }),
    );
    vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: WIDTH, height: 300 }),
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws a line per series with a dot per value it can place, and breaks where one is missing', () => {
    plot();
    const lines = document.querySelectorAll('.chart-line');
    expect(lines).toHaveLength(2);
    // Route B has no value at 100 requests: two dots, one unbroken path of two points.
    expect(lines[0]?.querySelectorAll('.chart-line__dot')).toHaveLength(2);
    expect(lines[1]?.querySelectorAll('.chart-line__dot')).toHaveLength(3);
    expect(lines[0]?.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(lines[1]?.querySelector('path')?.getAttribute('stroke')).toBe('blue');
  });

  it('writes each axis’s ticks with its formatter, and names the drawing by its title', () => {
    plot();
    const labels = (axis: string) =>
      [...document.querySelectorAll(`.line-plot__axis--${axis} .line-plot__tick-label`)].map(
        (node) => node.textContent,
      );
    expect(labels('x')).toEqual(['100×', '1000×', '10000×']);
    expect(labels('y')).toEqual(['$0.1', '$1', '$10', '$100']);
    expect(surface().querySelector('desc')?.textContent).toContain('$0.50 to $2.00');
    expect(screen.getByText('Now')).toBeTruthy();
  });

  it('places the first value at the plot’s left end and the last at its right end', () => {
    plot();
    const dots = [
      ...(document.querySelectorAll('.chart-line')[1]?.querySelectorAll('.chart-line__dot') ?? []),
    ];
    const xs = dots.map((dot) => Number(dot.getAttribute('cx')));
    // yAxisWidth 60, right margin 20: the plot runs from 60 to 480.
    expect(xs).toEqual([60, 270, 480]);
  });

  it('shows the exact texts of the row nearest the pointer, and hides them when the pointer leaves', () => {
    plot();
    fireEvent.pointerMove(surface(), { clientX: 300 });
    expect(tooltip()?.textContent).toBe('1000 requests a monthRoute B: $0.50Route A (your route): $2.00');
    fireEvent.pointerMove(surface(), { clientX: 470 });
    expect(tooltip()?.textContent).toContain('10000 requests a month');
    fireEvent.pointerLeave(surface(), { pointerType: 'mouse' });
    expect(tooltip()).toBeNull();
  });

  it('lets ← and → pick the row from the keyboard, and Escape put the tooltip away', () => {
    plot();
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    expect(tooltip()?.textContent).toContain('100 requests a month');
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    expect(tooltip()?.textContent).toContain('10000 requests a month');
    fireEvent.keyDown(surface(), { key: 'ArrowLeft' });
    expect(tooltip()?.textContent).toContain('1000 requests a month');
    fireEvent.keyDown(surface(), { key: 'Escape' });
    expect(tooltip()).toBeNull();
    expect(surface().getAttribute('tabindex')).toBe('0');
  });

  it('hands the overlay the plot’s geometry', () => {
    const seen: number[] = [];
    plot((geometry) => {
      seen.push(geometry.box.x, geometry.box.width, geometry.x(1000) ?? -1, geometry.y(100) ?? -1);
      return null;
    });
    expect(seen.slice(-4)).toEqual([60, 420, 270, 10]);
  });

  it('keeps a tapped row’s tooltip when the finger lifts, and puts it away when the drawing loses focus', () => {
    plot();
    fireEvent.pointerDown(surface(), { clientX: 300, pointerType: 'touch' });
    fireEvent.pointerLeave(surface(), { pointerType: 'touch' });
    expect(tooltip()?.textContent).toContain('1000 requests a month');
    fireEvent.blur(surface());
    expect(tooltip()).toBeNull();
  });

  it('keeps the tooltip inside the drawing on either side of the cursor', () => {
    plot();
    fireEvent.pointerMove(surface(), { clientX: 60 });
    const left = document.querySelector<HTMLElement>('.line-plot__tooltip');
    expect(left?.style.left).toBe('72px');
    expect(left?.style.maxWidth).toBe(`${WIDTH - 60 - 12 - 4}px`);
    fireEvent.pointerMove(surface(), { clientX: 480 });
    const right = document.querySelector<HTMLElement>('.line-plot__tooltip');
    expect(right?.style.right).toBe(`${WIDTH - 480 + 12}px`);
    expect(right?.style.maxWidth).toBe(`${480 - 12 - 4}px`);
  });

  it('says each row ← and → pick in a live region, and nothing for the pointer', () => {
    plot();
    const live = document.querySelector('[aria-live="polite"]');
    fireEvent.pointerMove(surface(), { clientX: 300 });
    expect(live?.textContent).toBe('');
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    // On from the row the pointer picked.
    expect(live?.textContent).toBe('10000 requests a month: Route B $5.00, Route A (your route) $20.00');
  });

  it('steps over a row the axis cannot place, and shows no tooltip with no row to show', () => {
    const unplaceable = { ...rows[0], x: 0, title: 'no requests' } as PlotRow;
    const { unmount } = plot(undefined, { plotted: [unplaceable, ...rows] });
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    expect(tooltip()?.textContent).toContain('100 requests a month');
    fireEvent.keyDown(surface(), { key: 'ArrowLeft' });
    expect(tooltip()?.textContent).toContain('100 requests a month');
    unmount();
    plot(undefined, { plotted: [] });
    fireEvent.keyDown(surface(), { key: 'ArrowRight' });
    fireEvent.pointerMove(surface(), { clientX: 300 });
    expect(tooltip()).toBeNull();
    expect(document.querySelectorAll('.chart-line__dot')).toHaveLength(0);
  });

  it('draws the marker where its value is, and none outside the axis', () => {
    const { unmount } = plot();
    expect(document.querySelector('.line-plot__marker line')?.getAttribute('x1')).toBe('270');
    unmount();
    plot(undefined, { marker: 50 });
    expect(document.querySelector('.line-plot__marker')).toBeNull();
  });

  it('draws nothing until its box has a width', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 0 }));
    plot();
    expect(screen.queryByRole('application')).toBeNull();
  });
});
