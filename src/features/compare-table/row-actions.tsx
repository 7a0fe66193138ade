import { memo, useId } from 'react';
import { type Route, routeName } from '../../domain/rates/route';
import { useCalculator } from '../../store/calculator-context';
import { selectActiveRouteId } from '../../store/selectors';

/**
 * Make the row the breakdown's route, or pin it for side-by-side comparison. Memoised: a slider step
 * gives every row new figures but the same route, so the buttons re-render only when they change.
 */
export const RowActions = memo(function RowActions({ route }: { readonly route: Route }) {
  const id = useId();
  const isActive = useCalculator((state) => selectActiveRouteId(state) === route.id);
  const isPinned = useCalculator((state) => state.pinnedRouteIds.includes(route.id));
  const selectRoute = useCalculator((state) => state.selectRoute);
  const togglePinned = useCalculator((state) => state.togglePinned);
  const name = routeName(route);
  return (
    <div className="row-actions">
      <button
        type="button"
        className="small-button"
        aria-pressed={isActive}
        onClick={() => selectRoute(route.id)}
      >
        Use <span className="visually-hidden">{name}</span>
      </button>
      <span className="row-actions__pin">
        <input id={id} type="checkbox" checked={isPinned} onChange={() => togglePinned(route.id)} />
        <label htmlFor={id}>
          Pin <span className="visually-hidden">{name}</span>
        </label>
      </span>
    </div>
  );
});
