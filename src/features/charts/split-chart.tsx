import { useId } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SplitChart as SplitChartData } from '../../domain/charts/split-chart';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { PartPatterns } from './part-patterns';
import { type LegendItem, partFill, svgSafeId } from './series-styles';

export const SPLIT_CHART_TITLE = 'Where the money goes';

/** The active route's bill as one stacked bar: input, cached input and output, with amounts and shares. */
export function SplitChart({ data, scenario }: { readonly data: SplitChartData; readonly scenario: string }) {
  const prefix = svgSafeId(useId());
  const row = {
    title: `Monthly bill: ${data.total}`,
    texts: Object.fromEntries(data.segments.map((s) => [s.key, `${s.amount} (${s.share})`])),
    ...Object.fromEntries(data.segments.map((s) => [s.key, s.dollars])),
  };
  const legend: LegendItem[] = data.segments.map((s) => ({
    label: `${s.label}: ${s.amount} (${s.share}), ${s.tokensText}`,
    swatch: { kind: 'fill', fill: partFill(prefix, s.key) },
  }));
  return (
    <ChartFrame
      title={SPLIT_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="where-the-money-goes"
      legend={legend}
      tables={[{ caption: `Data: ${SPLIT_CHART_TITLE}`, table: data.table }]}
    >
      <BarChart
        layout="vertical"
        data={[row]}
        responsive
        style={{ width: '100%', height: 110 }}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        title={SPLIT_CHART_TITLE}
        desc={data.caption}
      >
        <PartPatterns idPrefix={prefix} />
        <XAxis type="number" tickFormatter={formatAxisDollars} />
        <YAxis type="category" dataKey="title" hide />
        <Tooltip content={ChartTooltip} cursor={false} isAnimationActive={false} />
        {data.segments.map((segment) => (
          <Bar
            key={segment.key}
            dataKey={segment.key}
            name={segment.label}
            stackId="bill"
            fill={partFill(prefix, segment.key)}
            stroke="var(--surface)"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
