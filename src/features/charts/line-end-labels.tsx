import { type ChartRoute, chartLabelLines } from '../../domain/charts/chart-routes';
import { placeLabels } from '../../domain/charts/label-placement';
import type { PlotGeometry } from './line-plot';
import { ACTIVE_LINE_WIDTH, routeColor, routeDash } from './series-styles';

/** Label text is 11 px; a line of it takes 13 px; labels keep 4 px apart. */
const FONT_SIZE = 11;
const LINE_HEIGHT = 13;
const GAP = 4;
/** The leader from a line's end to its label. */
const LEAD = 12;
/** A generous average width of a character at 11 px, and of a bold one, so labels are never clipped. */
const CHAR_WIDTH = 6;
const BOLD_CHAR_WIDTH = 6.8;

export interface LineEnd {
  readonly route: ChartRoute;
  /** The plotted value at the line's right end; null when it is not drawn (a zero on a log axis). */
  readonly value: number | null;
}

/** The right margin the labels need beside the plot: the leader and their longest line. */
export function lineEndLabelsWidth(routes: readonly ChartRoute[]): number {
  const widths = routes.flatMap((route) =>
    chartLabelLines(route, routes).map((line) => line.length * (route.active ? BOLD_CHAR_WIDTH : CHAR_WIDTH)),
  );
  return Math.ceil(LEAD + 4 + Math.max(0, ...widths));
}

/**
 * Each line's name written at its right end, so no one has to match colours with a legend: the
 * labels are moved apart (placeLabels) so none overlaps another, each joined to its line's end by a
 * short leader in the line's colour and dash. Your route's label says so first, in bold.
 */
export function LineEndLabels({
  ends,
  geometry,
}: {
  readonly ends: readonly LineEnd[];
  readonly geometry: PlotGeometry;
}) {
  const plot = geometry.box;
  const drawn = ends.flatMap((end) => {
    const y = end.value === null ? null : geometry.y(end.value);
    const lines = chartLabelLines(
      end.route,
      ends.map((other) => other.route),
    );
    return y === null || !Number.isFinite(y) ? [] : [{ route: end.route, y, lines }];
  });
  const centres = placeLabels(
    drawn.map((end) => ({ at: end.y, size: end.lines.length * LINE_HEIGHT })),
    { gap: GAP, min: plot.y, max: plot.y + plot.height },
  );
  const x = plot.x + plot.width;
  return (
    <g className="line-end-labels">
      {drawn.map((end, index) => {
        const centre = centres[index] as number;
        const top = centre - (end.lines.length * LINE_HEIGHT) / 2;
        const { active } = end.route;
        return (
          <g
            key={end.route.key}
            className={active ? 'line-end-label line-end-label--active' : 'line-end-label'}
          >
            <polyline
              points={`${x},${end.y} ${x + LEAD / 2},${centre} ${x + LEAD - 2},${centre}`}
              fill="none"
              stroke={routeColor(end.route.index)}
              strokeDasharray={routeDash(end.route.index) ? '2 2' : undefined}
              strokeWidth={active ? ACTIVE_LINE_WIDTH / 2 : 1.5}
            />
            <text
              className="line-end-label__text"
              x={x + LEAD}
              y={top}
              fontSize={FONT_SIZE}
              fontWeight={active ? 700 : 400}
              fill="var(--text)"
            >
              {end.lines.map((line, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines never reorder.
                <tspan key={row} x={x + LEAD} y={top + (row + 1) * LINE_HEIGHT - 3}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
