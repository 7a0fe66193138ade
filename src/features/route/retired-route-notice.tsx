import { type Route, routeName } from '../../domain/rates/route';
import { retiredRouteNotice } from '../../domain/rates/route-lifecycle';

interface RetiredRouteNoticeProps {
  readonly routes: readonly Route[];
  readonly route: Route;
  readonly onSwitch: (routeId: string) => void;
}

/**
 * For a scenario or link on a route that is no longer served: it keeps its prices, says since when,
 * and offers the successor's route in one click (nothing when the route is not retired).
 */
export function RetiredRouteNotice({ routes, route, onSwitch }: RetiredRouteNoticeProps) {
  const notice = retiredRouteNotice(routes, route);
  if (notice === null) return null;
  const { successor } = notice;
  const since = notice.retiredOn === null ? 'is retired' : `was retired on ${notice.retiredOn}`;
  return (
    <section className="notice" aria-label="Retired route">
      <p>
        {routeName(route)} {since}: it is no longer served. The figures use its last published prices.
        {successor === null ? ' The rate sheet sells no successor for it.' : null}
      </p>
      {successor === null ? null : (
        <button type="button" className="small-button" onClick={() => onSwitch(successor.id)}>
          Switch to {routeName(successor)}
        </button>
      )}
    </section>
  );
}
