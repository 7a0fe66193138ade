import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { CacheRateChart } from '../../domain/charts/cache-rate-chart';
import { placeLabels } from '../../domain/charts/label-placement';

/** A numbered badge is a 16 px circle; "Now" is about 28 px wide; they keep 4 px apart. */
const BADGE_RADIUS = 8;
const NOW_WIDTH = 28;
const GAP = 4;
/** The badges' row sits this far above the plot, in the chart's top margin. */
export const MARKER_ROW_HEIGHT = 2 * BADGE_RADIUS + 10;

/**
 * Where rankings flip, on the cache-rate chart: a dot where the lines cross (once per place), and a
 * numbered badge for each flip on a row above the plot, joined to its dot by a dashed leader. The
 * badges and the "Now" label share that row and are moved apart (placeLabels), so none overlaps.
 */
export function CrossoverMarkers({ data }: { readonly data: CacheRateChart }) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;
  const at = (x: number, y: number) => {
    const px = xScale(x);
    const py = yScale(y);
    return px === undefined || py === undefined ? null : { px, py };
  };
  const nowX = xScale(data.current) ?? plot.x;
  const flips = data.crossovers.flatMap((crossover, index) => {
    const point = at(crossover.x, crossover.y);
    return point ? [{ number: index + 1, key: crossover.label, ...point }] : [];
  });
  const [nowCentre, ...badgeCentres] = placeLabels(
    [{ at: nowX, size: NOW_WIDTH }, ...flips.map((flip) => ({ at: flip.px, size: 2 * BADGE_RADIUS }))],
    { gap: GAP, min: plot.x - BADGE_RADIUS, max: plot.x + plot.width + BADGE_RADIUS },
  );
  const rowY = plot.y - MARKER_ROW_HEIGHT / 2 - 2;
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
        const cx = badgeCentres[index] as number;
        return (
          <g key={flip.key} className="crossover-marker">
            <line
              x1={cx}
              y1={rowY + BADGE_RADIUS}
              x2={flip.px}
              y2={flip.py - 4}
              stroke="var(--text)"
              strokeWidth={1}
              strokeDasharray="2 3"
            />
            <circle
              cx={cx}
              cy={rowY}
              r={BADGE_RADIUS}
              fill="var(--surface)"
              stroke="var(--text)"
              strokeWidth={1.5}
            />
            <text x={cx} y={rowY + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--text)">
              {flip.number}
            </text>
          </g>
        );
      })}
    </g>
  );
}
