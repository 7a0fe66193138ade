import { type KeyboardEvent, type PointerEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import {
  axisScale,
  linePath,
  type Margin,
  nearestIndex,
  type PlotAxis,
  type PlotBox,
  placeTicks,
  plotBox,
} from '../../domain/charts/plot-geometry';
import type { SeriesPoint } from '../../domain/charts/plot-values';
import { useElementWidth } from '../../lib/use-element-width';
import { TooltipCard, type TooltipEntry, type TooltipRow } from './chart-tooltip';

/** One line: a series key of the rows' values, drawn in its colour and dash, with a dot per row. */
export interface LineSeries extends TooltipEntry {
  readonly color: string;
  readonly dash?: string;
  readonly width: number;
  readonly dotRadius: number;
  readonly className: string;
}

/** Where the plot is, and where a value goes on each axis: what a chart draws over its lines. */
export interface PlotGeometry {
  readonly box: PlotBox;
  readonly x: (value: number) => number | null;
  readonly y: (value: number) => number | null;
}

export type PlotRow = SeriesPoint & TooltipRow;

interface LinePlotProps {
  /** The drawing's name and description, for whoever cannot see it. */
  readonly title: string;
  readonly desc: string;
  readonly height: number;
  readonly margin: Margin;
  /** Room left of the plot for the vertical axis's labels. */
  readonly yAxisWidth: number;
  readonly xAxis: PlotAxis;
  readonly yAxis: PlotAxis;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly rows: readonly PlotRow[];
  /** The lines, drawn in this order (the last on top); the tooltip lists them in it too. */
  readonly series: readonly LineSeries[];
  /** A vertical line at this x (today's value), with an optional label at its top. */
  readonly marker?: { readonly x: number; readonly label?: string };
  /** Drawn over the lines: labels and markers placed from the plot's geometry. */
  readonly overlay?: (geometry: PlotGeometry) => ReactNode;
}

const TICK = 6;
const GRID = { stroke: 'var(--border)', strokeDasharray: '2 4' } as const;

/**
 * A line chart drawn as plain SVG from the domain's geometry (plot-geometry.ts): grid, both axes,
 * a path and dots per series, a marker line, and a tooltip with the domain's exact texts for the row
 * nearest the pointer, or picked with ← and → once the drawing has focus. One React render redraws it;
 * no chart library's store runs after the commit, so a redraw is one short task.
 */
export function LinePlot(props: LinePlotProps) {
  const { title, desc, height, margin, yAxisWidth, xAxis, yAxis, rows, series } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const [active, setActive] = useState<number | null>(null);
  const geometry = useMemo((): PlotGeometry => {
    const box = plotBox(width, height, margin, yAxisWidth);
    return {
      box,
      x: axisScale(xAxis, box.x, box.x + box.width),
      y: axisScale(yAxis, box.y + box.height, box.y),
    };
  }, [width, height, margin, yAxisWidth, xAxis, yAxis]);
  const { box } = geometry;
  const rowXs = useMemo(() => rows.map((row) => geometry.x(row.x) ?? Number.NaN), [rows, geometry]);
  const shown = active !== null && active < rows.length ? active : null;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const left = event.currentTarget.getBoundingClientRect().left;
    const at = event.clientX - left;
    const inside = at >= box.x - TICK && at <= box.x + box.width + TICK;
    setActive(inside ? nearestIndex(rowXs, at) : null);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') setActive(null);
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const from = shown ?? (step === 1 ? -1 : rows.length);
    setActive(Math.min(rows.length - 1, Math.max(0, from + step)));
  };

  return (
    <div ref={wrapRef} className="line-plot" style={{ height }}>
      {width > 0 ? (
        <svg
          className="chart-surface"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="application"
          aria-label={title}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: ← and → pick the row the tooltip shows, as recharts' own charts do.
          tabIndex={0}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          <title>{title}</title>
          <desc>{desc}</desc>
          <PlotAxes {...props} geometry={geometry} />
          {props.marker === undefined ? null : <MarkerLine {...props.marker} geometry={geometry} />}
          {shown === null ? null : (
            <line
              className="line-plot__cursor"
              x1={rowXs[shown]}
              x2={rowXs[shown]}
              y1={box.y}
              y2={box.y + box.height}
              stroke="var(--muted)"
            />
          )}
          {series.map((line) => (
            <SeriesLine key={line.key} line={line} rows={rows} geometry={geometry} active={shown} />
          ))}
          {props.overlay?.(geometry)}
        </svg>
      ) : null}
      {shown === null ? null : (
        <div
          className="line-plot__tooltip"
          style={tooltipPlace(rowXs[shown] ?? 0, box, width)}
          aria-live="polite"
        >
          <TooltipCard row={rows[shown] as PlotRow} entries={series} />
        </div>
      )}
    </div>
  );
}

/** Right of the cursor, or left of it past the plot's middle, at the plot's top. */
function tooltipPlace(x: number, box: PlotBox, width: number) {
  const right = x > box.x + box.width / 2;
  return right ? { right: width - x + 12, top: box.y } : { left: x + 12, top: box.y };
}

function PlotAxes({
  xAxis,
  yAxis,
  formatX,
  formatY,
  geometry,
}: LinePlotProps & { readonly geometry: PlotGeometry }) {
  const { box } = geometry;
  const xTicks = placeTicks(xAxis, geometry.x);
  const yTicks = placeTicks(yAxis, geometry.y);
  const bottom = box.y + box.height;
  return (
    <>
      <g className="line-plot__grid" {...GRID}>
        {yTicks.map((tick) => (
          <line key={tick.value} x1={box.x} x2={box.x + box.width} y1={tick.at} y2={tick.at} />
        ))}
        {xTicks.map((tick) => (
          <line key={tick.value} x1={tick.at} x2={tick.at} y1={box.y} y2={bottom} />
        ))}
      </g>
      <g className="line-plot__axis line-plot__axis--x">
        <line className="line-plot__axis-line" x1={box.x} x2={box.x + box.width} y1={bottom} y2={bottom} />
        {xTicks.map((tick) => (
          <g key={tick.value} className="line-plot__tick">
            <line className="line-plot__axis-line" x1={tick.at} x2={tick.at} y1={bottom} y2={bottom + TICK} />
            <text
              className="line-plot__tick-label"
              x={tick.at}
              y={bottom + TICK + 2}
              dy="0.71em"
              textAnchor="middle"
            >
              {formatX(tick.value)}
            </text>
          </g>
        ))}
      </g>
      <g className="line-plot__axis line-plot__axis--y">
        <line className="line-plot__axis-line" x1={box.x} x2={box.x} y1={box.y} y2={bottom} />
        {yTicks.map((tick) => (
          <g key={tick.value} className="line-plot__tick">
            <line className="line-plot__axis-line" x1={box.x - TICK} x2={box.x} y1={tick.at} y2={tick.at} />
            <text
              className="line-plot__tick-label"
              x={box.x - TICK - 2}
              y={tick.at}
              dy="0.355em"
              textAnchor="end"
            >
              {formatY(tick.value)}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}

function MarkerLine({
  x,
  label,
  geometry,
}: {
  readonly x: number;
  readonly label?: string;
  readonly geometry: PlotGeometry;
}) {
  const at = geometry.x(x);
  if (at === null) return null;
  const { box } = geometry;
  return (
    <g className="line-plot__marker">
      <line x1={at} x2={at} y1={box.y} y2={box.y + box.height} stroke="var(--text)" strokeWidth={1.5} />
      {label === undefined ? null : (
        <text x={at + 5} y={box.y + 5} dy="0.71em" fill="var(--text)" fontSize={12}>
          {label}
        </text>
      )}
    </g>
  );
}

function SeriesLine({
  line,
  rows,
  geometry,
  active,
}: {
  readonly line: LineSeries;
  readonly rows: readonly PlotRow[];
  readonly geometry: PlotGeometry;
  readonly active: number | null;
}) {
  const points = rows.map((row) => {
    const value = row.values[line.key];
    const x = geometry.x(row.x);
    const y = value === null || value === undefined ? null : geometry.y(value);
    return x === null || y === null ? null : { x, y };
  });
  return (
    <g className={line.className}>
      <path
        d={linePath(points)}
        fill="none"
        stroke={line.color}
        strokeWidth={line.width}
        strokeDasharray={line.dash || undefined}
      />
      <g className="chart-line__dots">
        {points.map((point, index) =>
          point === null ? null : (
            <circle
              // biome-ignore lint/suspicious/noArrayIndexKey: a row's place in the series is its identity.
              key={index}
              className="chart-line__dot"
              cx={point.x}
              cy={point.y}
              r={index === active ? line.dotRadius + 2 : line.dotRadius}
              fill={line.color}
              stroke={index === active ? 'var(--surface)' : 'none'}
            />
          ),
        )}
      </g>
    </g>
  );
}
