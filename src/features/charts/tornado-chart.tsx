import { useId } from 'react';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TornadoChart as TornadoData } from '../../domain/charts/tornado-chart';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { type LegendItem, svgSafeId } from './series-styles';

export const TORNADO_CHART_TITLE = 'What drives the bill';

/** The change in monthly cost when each input moves ±20 %, largest first (a tornado chart). */
export function TornadoChart({ data, scenario }: { readonly data: TornadoData; readonly scenario: string }) {
  const prefix = svgSafeId(useId());
  const rows = data.bars.map((bar) => ({
    ...bar,
    title: bar.label,
    texts: { down: bar.downText, up: bar.upText },
  }));
  const legend: LegendItem[] = [
    { label: 'Input 20% lower', swatch: { kind: 'fill', fill: `url(#${prefix}-down)` } },
    { label: 'Input 20% higher', swatch: { kind: 'fill', fill: `url(#${prefix}-up)` } },
  ];
  return (
    <ChartFrame
      title={TORNADO_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="what-drives-the-bill"
      legend={legend}
      tables={[{ caption: `Data: ${TORNADO_CHART_TITLE}`, table: data.table }]}
    >
      <BarChart
        layout="vertical"
        data={rows}
        stackOffset="sign"
        responsive
        style={{ width: '100%', height: 60 + 34 * rows.length }}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        title={TORNADO_CHART_TITLE}
        desc={data.caption}
      >
        <defs>
          <pattern id={`${prefix}-down`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="var(--tornado-down)" />
          </pattern>
          <pattern
            id={`${prefix}-up`}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="var(--tornado-up)" />
            <rect width="3" height="8" fill="var(--surface)" />
          </pattern>
        </defs>
        <XAxis type="number" tickFormatter={formatAxisDollars} />
        <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} />
        <Tooltip content={ChartTooltip} isAnimationActive={false} />
        <ReferenceLine x={0} stroke="var(--text)" />
        <Bar
          dataKey="down"
          name="20% lower"
          stackId="change"
          fill={`url(#${prefix}-down)`}
          isAnimationActive={false}
        />
        <Bar
          dataKey="up"
          name="20% higher"
          stackId="change"
          fill={`url(#${prefix}-up)`}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}
