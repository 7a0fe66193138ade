import { memo, useId, useMemo } from 'react';
import { Bar, BarChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TornadoChart as TornadoData } from '../../domain/charts/tornado-chart';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { numberTick } from './number-tick';
import { type LegendItem, svgSafeId } from './series-styles';

export const TORNADO_CHART_TITLE = 'What drives the bill';

const MARGIN = { top: 8, right: 24, bottom: 4, left: 8 } as const;
const TICK = { fontSize: 12 } as const;
const heightOf = (bars: number) => 60 + 34 * bars;

/** One bar per input recharts draws, from the chart's data. */
function tornadoRows(data: TornadoData) {
  return data.bars.map((bar) => ({
    ...bar,
    title: bar.label,
    texts: { down: bar.downText, up: bar.upText },
  }));
}

/** The change in monthly cost when each input moves ±20 %, largest first (a tornado chart). */
export const TornadoChart = memo(function TornadoChart({
  data,
  scenario,
}: {
  readonly data: TornadoData;
  readonly scenario: string;
}) {
  const prefix = svgSafeId(useId());
  const rows = useMemo(() => tornadoRows(data), [data]);
  const height = heightOf(rows.length);
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const legend = useMemo(
    (): LegendItem[] => [
      { label: 'Input 20% lower', swatch: { kind: 'fill', fill: `url(#${prefix}-down)` } },
      { label: 'Input 20% higher', swatch: { kind: 'fill', fill: `url(#${prefix}-up)` } },
    ],
    [prefix],
  );
  return (
    <ChartFrame
      title={TORNADO_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="what-drives-the-bill"
      legend={legend}
      tables={[{ caption: `Data: ${TORNADO_CHART_TITLE}`, table: data.table }]}
      plotHeight={height}
    >
      <BarChart
        layout="vertical"
        data={rows}
        stackOffset="sign"
        responsive
        style={style}
        margin={MARGIN}
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
        <XAxis type="number" tickFormatter={formatAxisDollars} tick={numberTick} />
        <YAxis type="category" dataKey="label" width={180} tick={TICK} />
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
});
