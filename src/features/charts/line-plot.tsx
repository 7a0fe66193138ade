import {
  type KeyboardEvent,
  memo,
  type PointerEvent,
  type ReactNode,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  axisScale,
  type Margin,
  nearestIndex,
  type PlotAxis,
  type PlotBox,
  plotBox,
} from '../../domain/charts/plot-geometry';
import type { SeriesPoint } from '../../domain/charts/plot-values';
import { useElementWidth } from '../../lib/use-element-width';
import { TooltipCard, type TooltipEntry, type TooltipRow } from './chart-tooltip';
import { MarkerLine, PlotAxes } from './plot-axes';
import { PickedRow, SeriesLine, seriesPoints } from './plot-series';

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

/** How far left or right of the plot the pointer still picks the nearest row. */
const POINTER_SLACK = 6;
/** The gap between the cursor and the tooltip, and the least room the tooltip keeps to the edge. */
const TOOLTIP_GAP = 12;
const TOOLTIP_EDGE = 4;

/**
 * A line chart drawn as plain SVG from the domain's geometry (plot-geometry.ts): grid, both axes,
 * a path and dots per series, a marker line, and a tooltip with the domain's exact texts for the row
 * nearest the pointer (or the finger), or picked with ← and → once the drawing has focus. One React
 * render redraws it, and no chart library's store runs after the commit, so a redraw is one short
 * task; moving the tooltip redraws only the cursor, the picked row's dots and the tooltip.
 */
export function LinePlot(props: LinePlotProps) {
  const { title, desc, height, margin, yAxisWidth, xAxis, yAxis, rows, series } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const [active, setActive] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');
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
  /** The rows the axis can place, in order: the only ones the tooltip can show. */
  const placed = useMemo(() => rowXs.flatMap((x, index) => (Number.isFinite(x) ? [index] : [])), [rowXs]);
  const shown = active !== null && placed.includes(active) ? active : null;

  const pick = (event: PointerEvent<SVGSVGElement>) => {
    const at = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const inside = at >= box.x - POINTER_SLACK && at <= box.x + box.width + POINTER_SLACK;
    const nearest = inside ? nearestIndex(rowXs, at) : -1;
    setActive(nearest === -1 ? null : nearest);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'Escape') setActive(null);
    if ((event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') || placed.length === 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const from = shown === null ? (step === 1 ? -1 : placed.length) : placed.indexOf(shown);
    const next = placed[Math.min(placed.length - 1, Math.max(0, from + step))] as number;
    setActive(next);
    setSpoken(describeRow(rows[next] as PlotRow, series));
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
          onPointerMove={pick}
          onPointerDown={pick}
          // A finger lifts off as it taps: the tooltip stays until the drawing loses focus.
          onPointerLeave={(event) => (event.pointerType === 'mouse' ? setActive(null) : undefined)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          <title>{title}</title>
          <desc>{desc}</desc>
          <PlotLayers
            geometry={geometry}
            xAxis={xAxis}
            yAxis={yAxis}
            formatX={props.formatX}
            formatY={props.formatY}
            rows={rows}
            series={series}
            marker={props.marker}
            overlay={props.overlay}
          />
          {shown === null ? null : (
            <PickedRow
              x={rowXs[shown] as number}
              row={rows[shown] as PlotRow}
              series={series}
              geometry={geometry}
            />
          )}
        </svg>
      ) : null}
      {shown === null ? null : (
        <div
          className="line-plot__tooltip"
          style={tooltipPlace(rowXs[shown] as number, box, width)}
          aria-hidden
        >
          <TooltipCard row={rows[shown] as PlotRow} entries={series} />
        </div>
      )}
      {/* Always there, so a screen reader hears each row ← and → pick (a live region must exist first). */}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}

/** A row as one sentence: its title, then each series' name and exact amount. */
function describeRow(row: PlotRow, series: readonly LineSeries[]): string {
  return `${row.title}: ${series.map((line) => `${line.name} ${row.texts[line.key] ?? ''}`).join(', ')}`;
}

/** Right of the cursor, or left of it past the plot's middle, at the plot's top; never past the edge. */
function tooltipPlace(x: number, box: PlotBox, width: number) {
  if (x > box.x + box.width / 2)
    return { right: width - x + TOOLTIP_GAP, top: box.y, maxWidth: x - TOOLTIP_GAP - TOOLTIP_EDGE };
  return { left: x + TOOLTIP_GAP, top: box.y, maxWidth: width - x - TOOLTIP_GAP - TOOLTIP_EDGE };
}

type LayersProps = Pick<
  LinePlotProps,
  'xAxis' | 'yAxis' | 'formatX' | 'formatY' | 'rows' | 'series' | 'marker' | 'overlay'
> & { readonly geometry: PlotGeometry };

/** Everything but the picked row: memoised, so moving the tooltip does not redraw it. */
const PlotLayers = memo(function PlotLayers(props: LayersProps) {
  const { geometry, rows, series, marker, overlay } = props;
  return (
    <>
      <PlotAxes
        xAxis={props.xAxis}
        yAxis={props.yAxis}
        formatX={props.formatX}
        formatY={props.formatY}
        geometry={geometry}
      />
      {marker === undefined ? null : <MarkerLine {...marker} geometry={geometry} />}
      {series.map((line) => (
        <SeriesLine key={line.key} line={line} points={seriesPoints(line, rows, geometry)} />
      ))}
      {overlay?.(geometry)}
    </>
  );
});
