import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { CacheRateChart as CacheRateData } from '../../domain/charts/cache-rate-chart';
import type { ChartRoute } from '../../domain/charts/chart-routes';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { ChartTooltip } from './chart-tooltip';
import { CrossoverMarkers, markerRowsHeight } from './crossover-markers';
import { numberTick } from './number-tick';
import { routeLegend, routeLines } from './route-lines';

export const CACHE_RATE_CHART_TITLE = 'Cost versus cache hit rate';
const PERCENT_TICKS = [0, 20, 40, 60, 80, 100];
const PERCENT_DOMAIN = [0, 100];
const formatPercent = (value: number) => `${value}%`;

/** One point per cache hit rate recharts draws, from the chart's data. */
function cacheRateRows(data: CacheRateData) {
  return data.points.map((point) => ({ ...point, title: `${point.xText} cache hits` }));
}

interface CacheRateChartProps {
  readonly data: CacheRateData;
  readonly routes: readonly ChartRoute[];
  readonly scenario: string;
}

/** Monthly cost of each route from 0 % to 100 % cache hits; numbered markers where rankings flip. */
export const CacheRateChart = memo(function CacheRateChart({ data, routes, scenario }: CacheRateChartProps) {
  const rows = useMemo(() => cacheRateRows(data), [data]);
  const legend = useMemo(() => routeLegend(routes), [routes]);
  const lines = useMemo(() => routeLines(routes), [routes]);
  const markerRows = markerRowsHeight(data.crossovers.length);
  const height = 300 + markerRows;
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const margin = useMemo(() => ({ top: markerRows + 6, right: 24, bottom: 8, left: 8 }), [markerRows]);
  const tables = useMemo(
    () => [
      { caption: `Data: ${CACHE_RATE_CHART_TITLE}`, table: data.table },
      { caption: 'Where rankings flip', table: data.crossoverTable },
    ],
    [data],
  );
  return (
    <ChartFrame
      title={CACHE_RATE_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-versus-cache-hit-rate"
      legend={legend}
      tables={tables}
      plotHeight={height}
      notes={
        data.crossovers.length > 0 ? (
          <ol className="chart__crossovers" aria-label="Where rankings flip">
            {data.crossovers.map((crossover) => (
              <li key={crossover.label}>{crossover.label}</li>
            ))}
          </ol>
        ) : null
      }
    >
      <LineChart
        data={rows}
        responsive
        style={style}
        margin={margin}
        title={CACHE_RATE_CHART_TITLE}
        desc={data.caption}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
        <XAxis
          dataKey="x"
          type="number"
          domain={PERCENT_DOMAIN}
          ticks={PERCENT_TICKS}
          tickFormatter={formatPercent}
          tick={numberTick}
        />
        <YAxis type="number" tickFormatter={formatAxisDollars} tick={numberTick} width={72} />
        <Tooltip content={ChartTooltip} isAnimationActive={false} />
        <ReferenceLine x={data.current} stroke="var(--text)" strokeWidth={1.5} />
        {lines}
        <CrossoverMarkers data={data} />
      </LineChart>
    </ChartFrame>
  );
});
