import { memo, useId } from 'react';
import { type Route, routeName } from '../../domain/rates/route';
import { useRowState } from './row-state-context';

/**
 * Make the row the breakdown's route, or pin it for side-by-side comparison. Memoised: a slider step
 * gives every row new figures but the same route, so the buttons re-render only when they change. The
 * table's one subscription gives the active and pinned routes (row-state-context.ts).
 */
export const RowActions = memo(function RowActions({ route }: { readonly route: Route }) {
  const id = useId();
  const { activeRouteId, pinnedRouteIds, selectRoute, togglePinned } = useRowState();
  const isActive = activeRouteId === route.id;
  const isPinned = pinnedRouteIds.has(route.id);
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
