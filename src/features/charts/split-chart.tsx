import { memo, useId, useMemo } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { SplitChart as SplitChartData } from '../../domain/charts/split-chart';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { numberTick } from './number-tick';
import { PartPatterns } from './part-patterns';
import { type LegendItem, partFill, svgSafeId } from './series-styles';

export const SPLIT_CHART_TITLE = 'Where the money goes';

const HEIGHT = 110;
const STYLE = { width: '100%', height: HEIGHT } as const;
const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 } as const;

/** The one stacked bar recharts draws, from the chart's data. */
function splitRows(data: SplitChartData) {
  return [
    {
      title: `Monthly bill: ${data.total}`,
      texts: Object.fromEntries(data.segments.map((s) => [s.key, `${s.amount} (${s.share})`])),
      ...Object.fromEntries(data.segments.map((s) => [s.key, s.dollars])),
    },
  ];
}

/** The active route's bill as one stacked bar: input, cached input and output, with amounts and shares. */
export const SplitChart = memo(function SplitChart({
  data,
  scenario,
}: {
  readonly data: SplitChartData;
  readonly scenario: string;
}) {
  const prefix = svgSafeId(useId());
  const rows = useMemo(() => splitRows(data), [data]);
  const legend = useMemo(
    (): LegendItem[] =>
      data.segments.map((s) => ({
        label: `${s.label}: ${s.amount} (${s.share}), ${s.tokensText}`,
        swatch: { kind: 'fill', fill: partFill(prefix, s.key) },
      })),
    [data, prefix],
  );
  return (
    <ChartFrame
      title={SPLIT_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="where-the-money-goes"
      legend={legend}
      tables={[{ caption: `Data: ${SPLIT_CHART_TITLE}`, table: data.table }]}
      plotHeight={HEIGHT}
    >
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={STYLE}
        margin={MARGIN}
        title={SPLIT_CHART_TITLE}
        desc={data.caption}
      >
        <PartPatterns idPrefix={prefix} />
        <XAxis type="number" tickFormatter={formatAxisDollars} tick={numberTick} />
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
});
