import './charts.css';
import { Card } from '../../components/ui/card';
import { CacheRateChart } from './cache-rate-chart';
import { RouteSplitChart } from './route-split-chart';
import { SplitChart } from './split-chart';
import { TornadoChart } from './tornado-chart';
import { useChartsData } from './use-charts-data';
import { VolumeChart } from './volume-chart';

/** The five charts: where the money goes, by route, by volume, by cache hit rate, and what drives it. */
export function ChartsPanel() {
  const data = useChartsData();
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
}
