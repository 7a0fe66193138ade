import './charts.css';
import { memo } from 'react';
import { Card } from '../../components/ui/card';
import { CacheRateChart } from './cache-rate-chart';
import { RouteSplitChart } from './route-split-chart';
import { SplitChart } from './split-chart';
import { TornadoChart } from './tornado-chart';
import { type ChartsData, useChartsData } from './use-charts-data';
import { VolumeChart } from './volume-chart';

/**
 * The five charts: where the money goes, by route, by volume, by cache hit rate, and what drives it.
 * The data follows the store through deferred values; the memoised body re-renders only when that
 * data changes, so a slider step never waits for recharts.
 */
export function ChartsPanel() {
  return <ChartsBody data={useChartsData()} />;
}

const ChartsBody = memo(function ChartsBody({ data }: { readonly data: ChartsData }) {
  const routes = data.selection.routes;
  const count = routes.length === 1 ? '1 route' : `${routes.length} routes`;
  const cheapest = routes.length === 1 ? 'cheapest route' : `${routes.length} cheapest routes`;
  return (
    <Card title="Charts" className="charts">
      <p className="charts__intro">
        The first and last charts show {data.activeLabel}. The others compare{' '}
        {data.selection.source === 'pinned'
          ? `your ${count} pinned in the table.`
          : `the ${cheapest} that fit, among those the table shows; pin routes in the table to choose.`}
      </p>
      <div className="charts__grid">
        <SplitChart data={data.split} scenario={data.scenario} />
        <TornadoChart data={data.tornado} scenario={data.scenario} />
        {routes.length > 0 ? (
          <>
            <RouteSplitChart data={data.routeSplit} scenario={data.scenario} />
            <VolumeChart data={data.volume} routes={routes} scenario={data.scenario} />
            <CacheRateChart data={data.cacheRate} routes={routes} scenario={data.scenario} />
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
