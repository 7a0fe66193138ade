import type { CacheRateChart } from '../../domain/charts/cache-rate-chart';
import { placeLabels, rowsNeeded } from '../../domain/charts/label-placement';
import type { PlotGeometry } from './line-plot';

/** A numbered badge is a 16 px circle; "Now" is about 28 px wide; they keep 4 px apart. */
const BADGE_RADIUS = 8;
const NOW_WIDTH = 28;
const GAP = 4;
/** Each row of badges takes this much of the chart's top margin. */
const ROW_HEIGHT = 2 * BADGE_RADIUS + 6;
/** The narrowest plot the rows are planned for (a 390 px phone's is about 250 px). */
const PLANNED_ROW_WIDTH = 240;

function markerSizes(flips: number): number[] {
  return [NOW_WIDTH, ...new Array<number>(flips).fill(2 * BADGE_RADIUS)];
}

/** The top margin the cache-rate chart leaves for "Now" and the badges: one row each they need. */
export function markerRowsHeight(flips: number): number {
  return rowsNeeded(markerSizes(flips), GAP, PLANNED_ROW_WIDTH) * ROW_HEIGHT + 4;
}

/**
 * Where rankings flip, on the cache-rate chart: a dot where the lines cross (once per place), and a
 * numbered badge for each flip above the plot, joined to its dot by a dashed leader. The badges and
 * the "Now" label are dealt out over as many rows as they need (rowsNeeded), and moved apart within
 * each row (placeLabels), so none overlaps another.
 */
export function CrossoverMarkers({
  data,
  geometry,
}: {
  readonly data: CacheRateChart;
  readonly geometry: PlotGeometry;
}) {
  const plot = geometry.box;
  const at = (x: number, y: number) => {
    const px = geometry.x(x);
    const py = geometry.y(y);
    return px === null || py === null ? null : { px, py };
  };
  const nowX = geometry.x(data.current) ?? plot.x;
  const flips = data.crossovers.flatMap((crossover, index) => {
    const point = at(crossover.x, crossover.y);
    return point ? [{ number: index + 1, key: crossover.label, ...point }] : [];
  });
  const sizes = markerSizes(flips.length);
  const wishes = [nowX, ...flips.map((flip) => flip.px)];
  const rows = rowsNeeded(sizes, GAP, PLANNED_ROW_WIDTH);
  const room = { gap: GAP, min: plot.x - BADGE_RADIUS, max: plot.x + plot.width + BADGE_RADIUS };
  // Item i (0 is "Now") goes to row i mod rows; each row is placed on its own.
  const centres = new Array<number>(sizes.length).fill(0);
  for (let row = 0; row < rows; row += 1) {
    const members = sizes.map((_, index) => index).filter((index) => index % rows === row);
    const placed = placeLabels(
      members.map((index) => ({ at: wishes[index] as number, size: sizes[index] as number })),
      room,
    );
    members.forEach((index, position) => {
      centres[index] = placed[position] as number;
    });
  }
  const rowYOf = (index: number) => plot.y - ROW_HEIGHT / 2 - 2 - (index % rows) * ROW_HEIGHT;
  const nowCentre = centres[0] ?? nowX;
  const rowY = rowYOf(0);
  return (
    <g className="crossover-markers">
      <text
        className="now-label"
        x={nowCentre}
        y={rowY + 4}
        textAnchor="middle"
        fontSize={12}
        fill="var(--text)"
      >
        Now
      </text>
      {data.crossingPoints.map((point) => {
        const place = at(point.x, point.y);
        return place ? (
          <circle
            key={`${point.x}:${point.y}`}
            className="crossover-point"
            cx={place.px}
            cy={place.py}
            r={4}
            fill="var(--surface)"
            stroke="var(--text)"
            strokeWidth={2}
          />
        ) : null;
      })}
      {flips.map((flip, index) => {
        const cx = centres[index + 1] as number;
        const cy = rowYOf(index + 1);
        return (
          <g key={flip.key} className="crossover-marker">
            <line
              x1={cx}
              y1={cy + BADGE_RADIUS}
              x2={flip.px}
              y2={flip.py - 4}
              stroke="var(--text)"
              strokeWidth={1}
              strokeDasharray="2 3"
            />
            <circle
              cx={cx}
              cy={cy}
              r={BADGE_RADIUS}
              fill="var(--surface)"
              stroke="var(--text)"
              strokeWidth={1.5}
            />
            <text x={cx} y={cy + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--text)">
              {flip.number}
            </text>
          </g>
        );
      })}
    </g>
  );
}
