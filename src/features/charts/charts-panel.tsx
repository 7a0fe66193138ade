import './charts.css';
import { memo } from 'react';
import { Card } from '../../components/ui/card';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { ChartsData } from '../../domain/charts/charts-data';
import { type ChartTitles, describeCharts } from '../../domain/charts/charts-intro';
import { useInTurn } from '../../lib/use-in-turn';
import { CACHE_RATE_CHART_TITLE, CacheRateChart } from './cache-rate-chart';
import { ROUTE_SPLIT_CHART_TITLE, RouteSplitChart } from './route-split-chart';
import { SPLIT_CHART_TITLE, SplitChart } from './split-chart';
import { TORNADO_CHART_TITLE, TornadoChart } from './tornado-chart';
import { useChartsData } from './use-charts-data';
import { VOLUME_CHART_TITLE, VolumeChart } from './volume-chart';

/**
 * The five charts: where the money goes, by route, by volume, by cache hit rate, and what drives it.
 * The data follows the store's settled inputs (use-charts-data.ts): a slider step does not redraw the
 * charts; the memoised body, and each memoised chart, re-render only when their own data changes.
 * Settled data reaches the charts one at a time, top to bottom, each in a task of its own (recharts
 * redraws a chart synchronously from its own store: five at once were one long task that held up
 * the next key or drag).
 */
export function ChartsPanel() {
  return <ChartsBody data={useChartsData()} />;
}

/** Each chart is contained on its own: one that fails leaves the others drawn. */
const chartName = (title: string) => `The chart “${title}”`;

/** The charts in the order they are drawn, as the intro names them. */
const TITLES: ChartTitles = {
  split: SPLIT_CHART_TITLE,
  tornado: TORNADO_CHART_TITLE,
  routeSplit: ROUTE_SPLIT_CHART_TITLE,
  volume: VOLUME_CHART_TITLE,
  cacheRate: CACHE_RATE_CHART_TITLE,
};

const ChartsBody = memo(function ChartsBody({ data }: { readonly data: ChartsData }) {
  const parts = useInTurn(data, 5);
  const part = (index: number) => parts[index] ?? data;
  const [split, tornado, routeSplit, volume, cacheRate] = [part(0), part(1), part(2), part(3), part(4)];
  const routes = data.selection.routes;
  const intro = describeCharts(
    {
      selection: data.selection,
      activeLabel: data.activeLabel,
      volumeOthers: data.volume.routes.filter((route) => !route.active).length,
    },
    TITLES,
  );
  // A route chart whose turn has not come yet may still hold a moment with no route to compare.
  const hasRoutes = (part: ChartsData) => part.selection.routes.length > 0;
  return (
    <Card title="Charts" className="charts">
      <p className="charts__intro">{intro}</p>
      <div className="charts__grid">
        <ErrorBoundary name={chartName(SPLIT_CHART_TITLE)}>
          <SplitChart data={split.split} scenario={split.scenario} />
        </ErrorBoundary>
        <ErrorBoundary name={chartName(TORNADO_CHART_TITLE)}>
          <TornadoChart data={tornado.tornado} scenario={tornado.scenario} />
        </ErrorBoundary>
        {routes.length > 0 ? (
          <>
            <ErrorBoundary name={chartName(ROUTE_SPLIT_CHART_TITLE)}>
              {hasRoutes(routeSplit) ? (
                <RouteSplitChart data={routeSplit.routeSplit} scenario={routeSplit.scenario} />
              ) : null}
            </ErrorBoundary>
            <ErrorBoundary name={chartName(VOLUME_CHART_TITLE)}>
              {hasRoutes(volume) ? <VolumeChart data={volume.volume} scenario={volume.scenario} /> : null}
            </ErrorBoundary>
            <ErrorBoundary name={chartName(CACHE_RATE_CHART_TITLE)}>
              {hasRoutes(cacheRate) ? (
                <CacheRateChart
                  data={cacheRate.cacheRate}
                  routes={cacheRate.selection.routes}
                  scenario={cacheRate.scenario}
                />
              ) : null}
            </ErrorBoundary>
          </>
        ) : (
          <p className="charts__empty">
            No route the table shows can hold this workload, so there is nothing to compare.
          </p>
        )}
      </div>
    </Card>
  );
});
