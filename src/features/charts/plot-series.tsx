import { linePath, type PlotPoint } from '../../domain/charts/plot-geometry';
import type { LineSeries, PlotGeometry, PlotRow } from './line-plot';

/** Where a row's value of a series goes; null where the axes cannot place it. */
function rowPoint(line: LineSeries, row: PlotRow, geometry: PlotGeometry): PlotPoint | null {
  const value = row.values[line.key];
  const x = geometry.x(row.x);
  const y = value === null || value === undefined ? null : geometry.y(value);
  return x === null || y === null ? null : { x, y };
}

/** Where each row's value of a series goes, in order (rowPoint). */
export function seriesPoints(line: LineSeries, rows: readonly PlotRow[], geometry: PlotGeometry) {
  return rows.map((row) => rowPoint(line, row, geometry));
}

/** A series' path and its dots. */
export function SeriesLine({
  line,
  points,
}: {
  readonly line: LineSeries;
  readonly points: readonly (PlotPoint | null)[];
}) {
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
              r={line.dotRadius}
              fill={line.color}
            />
          ),
        )}
      </g>
    </g>
  );
}

/** The cursor at the picked row, and each series' dot there drawn larger, ringed. */
export function PickedRow({
  x,
  row,
  series,
  geometry,
}: {
  readonly x: number;
  readonly row: PlotRow;
  readonly series: readonly LineSeries[];
  readonly geometry: PlotGeometry;
}) {
  const { box } = geometry;
  return (
    <g className="line-plot__picked">
      <line
        className="line-plot__cursor"
        x1={x}
        x2={x}
        y1={box.y}
        y2={box.y + box.height}
        stroke="var(--muted)"
      />
      {series.map((line) => {
        const point = rowPoint(line, row, geometry);
        return point === null ? null : (
          <circle
            key={line.key}
            className="line-plot__picked-dot"
            cx={point.x}
            cy={point.y}
            r={line.dotRadius + 2}
            fill={line.color}
            stroke="var(--surface)"
          />
        );
      })}
    </g>
  );
}
