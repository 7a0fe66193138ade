import { memo, useCallback, useId, useMemo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { EXTRAS_LABEL, type RouteSplitChart as RouteSplitData } from '../../domain/charts/route-split-chart';
import { COST_PART_ORDER } from '../../domain/charts/split-chart';
import { COST_PART_LABELS } from '../../domain/cost/bill';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { numberTick } from './number-tick';
import { PartPatterns } from './part-patterns';
import { type LegendItem, svgSafeId } from './series-styles';

export const ROUTE_SPLIT_CHART_TITLE = 'Cost by route';

const TICK_FONT_SIZE = 12;
const TICK_LINE_HEIGHT = 14;
/** A generous average character width at 12 px, bold included. */
const TICK_CHAR_WIDTH = 7;

/** A route's name beside its bar, a line or two; your route's in bold, headed "Your route". */
function RouteTick({
  x,
  y,
  payload,
  bars,
}: YAxisTickContentProps & { readonly bars: RouteSplitData['bars'] }) {
  const bar = bars[payload.index];
  if (!bar) return null;
  const { lines } = bar;
  const top = Number(y) - (lines.length * TICK_LINE_HEIGHT) / 2;
  return (
    <text
      className={bar.active ? 'route-tick route-tick--active' : 'route-tick'}
      x={Number(x)}
      y={top}
      textAnchor="end"
      fontSize={TICK_FONT_SIZE}
      fontWeight={bar.active ? 700 : 400}
      fill={bar.active ? 'var(--text)' : 'var(--muted)'}
    >
      {lines.map((line, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines never reorder.
        <tspan key={row} x={Number(x)} y={top + (row + 1) * TICK_LINE_HEIGHT - 3}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 } as const;
const heightOf = (bars: number) => 60 + 50 * bars;

/** One bar per route recharts draws, from the chart's data. */
function routeSplitRows(data: RouteSplitData) {
  return data.bars.map((bar) => ({ ...bar, title: `${bar.label}: ${bar.texts.total}` }));
}

/** The stacked parts: the cost parts, and the billing extras when there are any. */
function segmentsOf(hasExtras: boolean): { key: string; label: string }[] {
  return [
    ...COST_PART_ORDER.map((key) => ({ key, label: COST_PART_LABELS[key] })),
    ...(hasExtras ? [{ key: 'extras', label: EXTRAS_LABEL }] : []),
  ];
}

/** Monthly cost of each compared route, stacked by cost part. */
export const RouteSplitChart = memo(function RouteSplitChart({
  data,
  scenario,
}: {
  readonly data: RouteSplitData;
  readonly scenario: string;
}) {
  const prefix = svgSafeId(useId());
  const rows = useMemo(() => routeSplitRows(data), [data]);
  const segments = useMemo(() => segmentsOf(data.hasExtras), [data.hasExtras]);
  const legend = useMemo(
    (): LegendItem[] =>
      segments.map(({ key, label }) => ({ label, swatch: { kind: 'fill', fill: `url(#${prefix}-${key})` } })),
    [segments, prefix],
  );
  const longest = Math.max(0, ...data.bars.flatMap((bar) => bar.lines).map((line) => line.length));
  const tickWidth = Math.min(220, Math.ceil(12 + longest * TICK_CHAR_WIDTH));
  const height = heightOf(rows.length);
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const { bars } = data;
  const tick = useCallback((props: YAxisTickContentProps) => <RouteTick {...props} bars={bars} />, [bars]);
  return (
    <ChartFrame
      title={ROUTE_SPLIT_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-by-route"
      legend={legend}
      tables={[{ caption: `Data: ${ROUTE_SPLIT_CHART_TITLE}`, table: data.table }]}
      plotHeight={height}
    >
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={style}
        margin={MARGIN}
        title={ROUTE_SPLIT_CHART_TITLE}
        desc={data.caption}
      >
        <PartPatterns idPrefix={prefix} />
        <XAxis type="number" tickFormatter={formatAxisDollars} tick={numberTick} />
        <YAxis type="category" dataKey="label" width={tickWidth} tick={tick} />
        <Tooltip content={ChartTooltip} isAnimationActive={false} />
        {segments.map(({ key, label }) => (
          <Bar
            key={key}
            dataKey={key}
            name={label}
            stackId="route"
            fill={`url(#${prefix}-${key})`}
            stroke="var(--surface)"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
});
