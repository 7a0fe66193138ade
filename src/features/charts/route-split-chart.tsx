import { useId } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import { EXTRAS_LABEL, type RouteSplitChart as RouteSplitData } from '../../domain/charts/route-split-chart';
import { COST_PART_ORDER } from '../../domain/charts/split-chart';
import { COST_PART_LABELS } from '../../domain/cost/bill';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
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

/** Monthly cost of each compared route, stacked by cost part. */
export function RouteSplitChart({
  data,
  scenario,
}: {
  readonly data: RouteSplitData;
  readonly scenario: string;
}) {
  const prefix = svgSafeId(useId());
  const rows = data.bars.map((bar) => ({ ...bar, title: `${bar.label}: ${bar.texts.total}` }));
  const segments: { key: string; label: string }[] = [
    ...COST_PART_ORDER.map((key) => ({ key, label: COST_PART_LABELS[key] })),
    ...(data.hasExtras ? [{ key: 'extras', label: EXTRAS_LABEL }] : []),
  ];
  const legend: LegendItem[] = segments.map(({ key, label }) => ({
    label,
    swatch: { kind: 'fill', fill: `url(#${prefix}-${key})` },
  }));
  const longest = Math.max(0, ...data.bars.flatMap((bar) => bar.lines).map((line) => line.length));
  const tickWidth = Math.min(220, Math.ceil(12 + longest * TICK_CHAR_WIDTH));
  return (
    <ChartFrame
      title={ROUTE_SPLIT_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-by-route"
      legend={legend}
      tables={[{ caption: `Data: ${ROUTE_SPLIT_CHART_TITLE}`, table: data.table }]}
    >
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height: 60 + 50 * rows.length }}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        title={ROUTE_SPLIT_CHART_TITLE}
        desc={data.caption}
      >
        <PartPatterns idPrefix={prefix} />
        <XAxis type="number" tickFormatter={formatAxisDollars} />
        <YAxis
          type="category"
          dataKey="label"
          width={tickWidth}
          tick={(props: YAxisTickContentProps) => <RouteTick {...props} bars={data.bars} />}
        />
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
}
