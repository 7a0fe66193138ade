import { PriceReferences } from '../../components/price-references';
import { RouteSwatch } from '../../components/route-swatch';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import { isCheapestKnownFit } from '../../domain/compare/rank-routes';
import { providerLabel } from '../../domain/rates/route';
import { describeFitProblem } from '../../domain/workload/fit';
import { describeUnpublishedLimits, MAY_NOT_FIT } from '../../domain/workload/known-fit';
import { useChartSeries } from './chart-series-context';
import { useRowState } from './row-state-context';

/**
 * The model name with what sets the row apart: your route (the selected endpoint's; said in words, not
 * only by the row's colour, and whether the filters leave it out), cheapest, retired (shown only when asked for), not fitting or not known to fit, a route the user added or
 * imported (never the rate sheet's, whatever it is called), custom or disputed price.
 */
export function ModelCell({ row }: { readonly row: ComparisonRow }) {
  const series = useChartSeries(row.route.id);
  const rowState = useRowState();
  const added = rowState.userRouteIds.has(row.route.id);
  const own = rowState.activeRouteId === row.route.id;
  return (
    <div className="model-cell">
      <span className="model-cell__name">
        <span className="swatch" data-family={row.route.family} aria-hidden="true" />
        {row.route.modelName}
      </span>
      <span className="model-cell__provider">{providerLabel(row.route)}</span>
      {series !== undefined ? (
        <RouteSwatch index={series} label="Drawn with this line in the charts" />
      ) : null}
      {own ? (
        <span className="badge badge--own">
          Your route{row.outsideFilters ? ' (outside these filters, not ranked)' : ''}
        </span>
      ) : null}
      {isCheapestKnownFit(row) ? <span className="badge badge--good">Cheapest</span> : null}
      {row.route.lifecycle.status === 'retired' ? (
        <span className="badge badge--bad">
          {row.route.lifecycle.date === null ? 'Retired' : `Retired ${row.route.lifecycle.date}`}
        </span>
      ) : null}
      {added ? <span className="badge">added route</span> : null}
      {row.isCustomPrice ? <span className="badge">custom price</span> : null}
      {row.fitProblems.length > 0 ? (
        <span className="badge badge--bad">
          Does not fit: {row.fitProblems.map(describeFitProblem).join(' ')}
        </span>
      ) : null}
      {row.fit === 'may-not-fit' ? (
        <span className="badge">
          {MAY_NOT_FIT}: {describeUnpublishedLimits(row.unpublishedLimits)}
        </span>
      ) : null}
      {row.route.disagrees ? <PriceReferences route={row.route} compact /> : null}
    </div>
  );
}
