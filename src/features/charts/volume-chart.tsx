import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { VolumeChart as VolumeData } from '../../domain/charts/volume-chart';
import { formatAxisCount, formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { type LineEnd, LineEndLabels, lineEndLabelsWidth } from './line-end-labels';
import { numberTick } from './number-tick';
import { routeLegend, routeLines } from './route-lines';

export const VOLUME_CHART_TITLE = 'Cost versus monthly volume';

const HEIGHT = 320;
const STYLE = { width: '100%', height: HEIGHT } as const;
const NOW_LABEL = { value: 'Now', position: 'insideTopLeft', fill: 'var(--text)', fontSize: 12 } as const;

/** One point per volume recharts draws, from the chart's data. */
function volumeRows(data: VolumeData) {
  return data.points.map((point) => ({ ...point, title: `${point.xText} requests a month` }));
}

interface VolumeChartProps {
  readonly data: VolumeData;
  readonly scenario: string;
}

/**
 * Monthly cost of your route and the cheapest others as the request volume grows, on logarithmic
 * axes, each line named at its end; today's volume marked.
 */
export const VolumeChart = memo(function VolumeChart({ data, scenario }: VolumeChartProps) {
  const rows = useMemo(() => volumeRows(data), [data]);
  const { xAxis, yAxis, routes } = data;
  const ends = useMemo((): LineEnd[] => {
    const last = data.points.at(-1);
    return data.routes.map((route) => ({ route, value: last?.values[route.key] ?? null }));
  }, [data]);
  const legend = useMemo(() => routeLegend(routes), [routes]);
  const lines = useMemo(() => routeLines(routes), [routes]);
  const margin = useMemo(
    () => ({ top: 16, right: lineEndLabelsWidth(routes), bottom: 8, left: 0 }),
    [routes],
  );
  return (
    <ChartFrame
      title={VOLUME_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-versus-volume"
      legend={legend}
      tables={[{ caption: `Data: ${VOLUME_CHART_TITLE}`, table: data.table }]}
      plotHeight={yAxis === null ? undefined : HEIGHT}
    >
      {yAxis === null ? (
        <p className="chart__empty">Nothing to plot: every cost here is $0.00.</p>
      ) : (
        <LineChart
          data={rows}
          responsive
          style={STYLE}
          margin={margin}
          title={VOLUME_CHART_TITLE}
          desc={data.caption}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
          <XAxis
            dataKey="x"
            type="number"
            scale="log"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            tickFormatter={formatAxisCount}
            tick={numberTick}
            allowDataOverflow
          />
          <YAxis
            type="number"
            scale="log"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={formatAxisDollars}
            tick={numberTick}
            width={64}
            allowDataOverflow
          />
          <Tooltip content={ChartTooltip} isAnimationActive={false} />
          {data.current === null ? null : (
            <ReferenceLine x={data.current} stroke="var(--text)" strokeWidth={1.5} label={NOW_LABEL} />
          )}
          {lines}
          <LineEndLabels ends={ends} />
        </LineChart>
      )}
    </ChartFrame>
  );
});
