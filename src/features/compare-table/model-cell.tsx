import { PriceReferences } from '../../components/price-references';
import { RouteSwatch } from '../../components/route-swatch';
import type { ComparisonRow } from '../../domain/compare';
import { describeFitProblem } from '../../domain/fit';
import { providerLabel } from '../../domain/rates';
import { useChartSeries } from './chart-series-context';

/** The model name with what sets the row apart: cheapest, not fitting, custom or disputed price. */
export function ModelCell({ row }: { readonly row: ComparisonRow }) {
  const series = useChartSeries(row.route.id);
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
      {row.rank === 1 ? <span className="badge badge--good">Cheapest</span> : null}
      {row.isCustomPrice ? <span className="badge">custom price</span> : null}
      {row.fitProblems.length > 0 ? (
        <span className="badge badge--bad">
          Does not fit: {row.fitProblems.map(describeFitProblem).join(' ')}
        </span>
      ) : null}
      {row.route.disagrees ? <PriceReferences route={row.route} compact /> : null}
    </div>
  );
}
