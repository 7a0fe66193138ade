import { CartesianGrid, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRoute } from '../../domain/charts/chart-routes';
import type { VolumeChart as VolumeData } from '../../domain/charts/volume-chart';
import { formatAxisCount, formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { routeLegend, routeLines } from './route-lines';

export const VOLUME_CHART_TITLE = 'Cost versus monthly volume';

interface VolumeChartProps {
  readonly data: VolumeData;
  readonly routes: readonly ChartRoute[];
  readonly scenario: string;
}

/** Monthly cost of each route as the request volume grows, on logarithmic axes; today's volume marked. */
export function VolumeChart({ data, routes, scenario }: VolumeChartProps) {
  const rows = data.points.map((point) => ({ ...point, title: `${point.xText} requests a month` }));
  const { xAxis, yAxis } = data;
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
          style={{ width: '100%', aspectRatio: 1.8, maxHeight: 360 }}
          margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
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
            width={72}
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
        </LineChart>
      )}
    </ChartFrame>
  );
}
