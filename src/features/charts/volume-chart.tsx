import { CartesianGrid, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { VolumeChart as VolumeData } from '../../domain/charts/volume-chart';
import { formatAxisCount, formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { type LineEnd, LineEndLabels, lineEndLabelsWidth } from './line-end-labels';
import { routeLegend, routeLines } from './route-lines';

export const VOLUME_CHART_TITLE = 'Cost versus monthly volume';

interface VolumeChartProps {
  readonly data: VolumeData;
  readonly scenario: string;
}

/**
 * Monthly cost of your route and the cheapest others as the request volume grows, on logarithmic
 * axes, each line named at its end; today's volume marked.
 */
export function VolumeChart({ data, scenario }: VolumeChartProps) {
  const rows = data.points.map((point) => ({ ...point, title: `${point.xText} requests a month` }));
  const { xAxis, yAxis, routes } = data;
  const last = data.points.at(-1);
  const ends: LineEnd[] = routes.map((route) => ({ route, value: last?.values[route.key] ?? null }));
  return (
    <ChartFrame
      title={VOLUME_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-versus-volume"
      legend={routeLegend(routes)}
      tables={[{ caption: `Data: ${VOLUME_CHART_TITLE}`, table: data.table }]}
    >
      {yAxis === null ? (
        <p className="chart__empty">Nothing to plot: every cost here is $0.00.</p>
      ) : (
        <LineChart
          data={rows}
          responsive
          style={{ width: '100%', height: 320 }}
          margin={{ top: 16, right: lineEndLabelsWidth(routes), bottom: 8, left: 0 }}
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
            allowDataOverflow
          />
          <YAxis
            type="number"
            scale="log"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={formatAxisDollars}
            width={64}
            allowDataOverflow
          />
          <Tooltip content={ChartTooltip} isAnimationActive={false} />
          {data.current === null ? null : (
            <ReferenceLine
              x={data.current}
              stroke="var(--text)"
              strokeWidth={1.5}
              label={{ value: 'Now', position: 'insideTopLeft', fill: 'var(--text)', fontSize: 12 }}
            />
          )}
          {routeLines(routes)}
          <LineEndLabels ends={ends} />
        </LineChart>
      )}
    </ChartFrame>
  );
}
