import { useId } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { EXTRAS_LABEL, type RouteSplitChart as RouteSplitData } from '../../domain/charts/route-split-chart';
import { COST_PART_ORDER } from '../../domain/charts/split-chart';
import { COST_PART_LABELS } from '../../domain/cost/bill';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { PartPatterns } from './part-patterns';
import { type LegendItem, svgSafeId } from './series-styles';

export const ROUTE_SPLIT_CHART_TITLE = 'Cost by route';

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
        style={{ width: '100%', height: 60 + 44 * rows.length }}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        title={ROUTE_SPLIT_CHART_TITLE}
        desc={data.caption}
      >
        <PartPatterns idPrefix={prefix} />
        <XAxis type="number" tickFormatter={formatAxisDollars} />
        <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} />
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
