import { memo, useId } from 'react';
import { familyName } from '../../domain/rates/route-family';
import { listFamilies } from '../../domain/rates/route-filter';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute } from '../../store/use-active-route';
import { useRoutes } from '../../store/use-routes';

/**
 * Text, model-version, group and lifecycle filters for the comparison table (and so the charts and every
 * cheapest). Memoised: it reads only the filter, the routes and your route, so a slider step (which
 * re-renders the table around it) leaves it alone.
 */
export const ComparisonFilters = memo(function ComparisonFilters() {
  const id = useId();
  const routes = useRoutes();
  const filter = useCalculator((state) => state.routeFilter);
  const setRouteFilter = useCalculator((state) => state.setRouteFilter);
  const families = listFamilies(routes, filter.includeComparison);
  const ownModel = useActiveRoute().route.modelName;
  return (
    <div className="comparison__filters">
      <div className="select-field">
        <label htmlFor={`${id}-query`}>Filter routes</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filter.query}
          placeholder="model or provider"
          maxLength={100}
          onChange={(event) => setRouteFilter({ query: event.target.value })}
        />
      </div>
      <div className="select-field">
        <label htmlFor={`${id}-family`}>Model version</label>
        <select
          id={`${id}-family`}
          value={families.includes(filter.family) ? filter.family : 'all'}
          onChange={(event) => setRouteFilter({ family: event.target.value })}
        >
          <option value="all">All versions</option>
          {families.map((family) => (
            <option key={family} value={family}>
              {familyName(family)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-comparison`}
          type="checkbox"
          checked={filter.includeComparison}
          onChange={(event) => setRouteFilter({ includeComparison: event.target.checked })}
        />
        <label htmlFor={`${id}-comparison`}>Include GPT, Claude and Gemini for comparison</label>
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-retired`}
          type="checkbox"
          checked={filter.includeRetired}
          onChange={(event) => setRouteFilter({ includeRetired: event.target.checked })}
        />
        <label htmlFor={`${id}-retired`}>Include retired routes</label>
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-same-model`}
          type="checkbox"
          checked={filter.sameModel}
          aria-describedby={`${id}-same-model-hint`}
          onChange={(event) => setRouteFilter({ sameModel: event.target.checked })}
        />
        <label htmlFor={`${id}-same-model`}>Same model</label>
        <span id={`${id}-same-model-hint`} className="comparison__filter-hint">
          as your route: {ownModel}
        </span>
      </div>
    </div>
  );
});
