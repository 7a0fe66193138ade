import { type PlotAxis, placeTicks } from '../../domain/charts/plot-geometry';
import type { PlotGeometry } from './line-plot';

/** The length of a tick mark, outside the plot. */
const TICK_LENGTH = 6;
const GRID = { stroke: 'var(--border)', strokeDasharray: '2 4' } as const;

export interface AxesProps {
  readonly xAxis: PlotAxis;
  readonly yAxis: PlotAxis;
  readonly formatX: (value: number) => string;
  readonly formatY: (value: number) => string;
  readonly geometry: PlotGeometry;
}

/** The grid at every tick, and both axes: a line, a mark and a label per tick. */
export function PlotAxes({ xAxis, yAxis, formatX, formatY, geometry }: AxesProps) {
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
            <line
              className="line-plot__axis-line"
              x1={tick.at}
              x2={tick.at}
              y1={bottom}
              y2={bottom + TICK_LENGTH}
            />
            <text
              className="line-plot__tick-label"
              x={tick.at}
              y={bottom + TICK_LENGTH + 2}
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
            <line
              className="line-plot__axis-line"
              x1={box.x - TICK_LENGTH}
              x2={box.x}
              y1={tick.at}
              y2={tick.at}
            />
            <text
              className="line-plot__tick-label"
              x={box.x - TICK_LENGTH - 2}
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

/** Half a pixel either side of the plot still counts as inside it (rounding). */
const EDGE = 0.5;

/** A vertical line at `x` across the plot, with an optional label at its top; none outside the plot. */
export function MarkerLine({
  x,
  label,
  geometry,
}: {
  readonly x: number;
  readonly label?: string;
  readonly geometry: PlotGeometry;
}) {
  const at = geometry.x(x);
  const { box } = geometry;
  if (at === null || at < box.x - EDGE || at > box.x + box.width + EDGE) return null;
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
