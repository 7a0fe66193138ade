import { memo, useCallback, useMemo } from 'react';
import type { CacheRateChart as CacheRateData } from '../../domain/charts/cache-rate-chart';
import type { ChartRoute } from '../../domain/charts/chart-routes';
import type { PlotAxis } from '../../domain/charts/plot-geometry';
import { formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { CrossoverMarkers, markerRowsHeight } from './crossover-markers';
import { LinePlot, type PlotGeometry } from './line-plot';
import { routeLegend, routeLines } from './route-lines';

export const CACHE_RATE_CHART_TITLE = 'Cost versus cache hit rate';
const PERCENT_AXIS: PlotAxis = { kind: 'linear', domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };
const Y_AXIS_WIDTH = 72;
const formatPercent = (value: number) => `${value}%`;

/** One point per cache hit rate the chart draws, from the chart's data. */
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
  const yAxis = useMemo((): PlotAxis => ({ kind: 'linear', ...data.yAxis }), [data]);
  const marker = useMemo(() => ({ x: data.current }), [data]);
  const overlay = useCallback(
    (geometry: PlotGeometry) => <CrossoverMarkers data={data} geometry={geometry} />,
    [data],
  );
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
      <LinePlot
        title={CACHE_RATE_CHART_TITLE}
        desc={data.caption}
        height={height}
        margin={margin}
        yAxisWidth={Y_AXIS_WIDTH}
        xAxis={PERCENT_AXIS}
        yAxis={yAxis}
        formatX={formatPercent}
        formatY={formatAxisDollars}
        rows={rows}
        series={lines}
        marker={marker}
        overlay={overlay}
      />
    </ChartFrame>
  );
});
