/**
 * Where a route is in its life: sold, shutting down, gone, or not known. The rules, in words:
 * - 'active': the cited source lists the route without a deprecation flag as of its date (not proof
 *   that it is served today); `date` is the release date when known.
 * - 'deprecated': a shutdown is announced; `date` is the shutdown date.
 * - 'retired': no longer served; `date` is the day it stopped.
 * - 'unknown': no source read establishes it. Every route a user adds, and every imported route
 *   that does not say, is 'unknown' (with no date, source or successor).
 * - The successor is the model its vendor recommends instead (by model id). The sheet resolves it
 *   to a route where it can: the route the user lands on when they pick that model (the same provider
 *   and variant, the same provider, the model's first-party Moonshot route, or its first route); a
 *   successor the sheet does not sell stays a model id with no route.
 */
import type { Route } from './route';
import { findRoute, routeForModelChange } from './route-catalog';

export type RouteStatus = 'active' | 'deprecated' | 'retired' | 'unknown';

export const ROUTE_STATUSES: readonly RouteStatus[] = ['active', 'deprecated', 'retired', 'unknown'];

export interface RouteSuccessor {
  /** The recommended model's id, as the vendor names it ("kimi-k2.6"). */
  readonly modelId: string;
  /** Its name in the sheet ("Kimi K2.6"); null when the sheet does not sell it. */
  readonly modelName: string | null;
  /** The route a user of this one would switch to; null when the sheet does not sell the model. */
  readonly routeId: string | null;
}

export interface RouteLifecycle {
  readonly status: RouteStatus;
  /** YYYY-MM-DD when the status took effect (see the rules above); null when not known. */
  readonly date: string | null;
  /** Where the status comes from (a link or a citation); null when not known. */
  readonly source: string | null;
  readonly successor: RouteSuccessor | null;
}

export const UNKNOWN_LIFECYCLE: RouteLifecycle = {
  status: 'unknown',
  date: null,
  source: null,
  successor: null,
};

export function isRouteStatus(value: unknown): value is RouteStatus {
  return typeof value === 'string' && (ROUTE_STATUSES as readonly string[]).includes(value);
}

/**
 * The successor resolved in a sheet: the route it names when that route is in `routes`, otherwise
 * the route a model change to the successor model would pick; null without a successor or when no
 * route sells it.
 */
export function successorRoute(routes: readonly Route[], route: Route): Route | null {
  const successor = route.lifecycle.successor;
  if (successor === null || successor.modelId === route.modelId) return null;
  const named = successor.routeId === null ? undefined : findRoute(routes, successor.routeId);
  return named ?? routeForModelChange(routes, route, successor.modelId) ?? null;
}

/** The successor with its name and route filled in from `routes` (what the generator stores). */
export function resolveSuccessor(routes: readonly Route[], route: Route): RouteSuccessor | null {
  const successor = route.lifecycle.successor;
  if (successor === null) return null;
  const target = successorRoute(routes, route);
  return target === null
    ? { modelId: successor.modelId, modelName: successor.modelName, routeId: null }
    : { modelId: successor.modelId, modelName: target.modelName, routeId: target.id };
}

/** The successor as a user reads it: the sheet's model name, else the vendor's model id. */
function successorText(successor: RouteSuccessor | null): string {
  return successor === null ? '' : ` — successor ${successor.modelName ?? successor.modelId}`;
}

/**
 * The route's life in words, for the Rates view; null for an active or unknown route. The rules:
 * - retired: "Retired on <date> — successor <model>" ("Retired" without a date; no successor part
 *   without one);
 * - deprecated: "Shuts down on <date>" while the date is after today, "Shut down on <date>" from that
 *   day on ("Shutdown announced" without a date), with the successor part as above.
 */
export function describeLifecycle(lifecycle: RouteLifecycle, today: string): string | null {
  const { status, date, successor } = lifecycle;
  if (status === 'retired')
    return `${date === null ? 'Retired' : `Retired on ${date}`}${successorText(successor)}`;
  if (status !== 'deprecated') return null;
  const when =
    date === null ? 'Shutdown announced' : date > today ? `Shuts down on ${date}` : `Shut down on ${date}`;
  return `${when}${successorText(successor)}`;
}

export interface RetiredRouteNotice {
  /** YYYY-MM-DD the route stopped being served; null when not known. */
  readonly retiredOn: string | null;
  /** The route to switch to in one click; null when the sheet sells no successor. */
  readonly successor: Route | null;
}

/**
 * What to tell a user whose scenario (or link) uses a retired route: it still opens with its prices,
 * and they are told when it was retired and offered its successor's route; null for any route that is
 * not retired.
 */
export function retiredRouteNotice(routes: readonly Route[], route: Route): RetiredRouteNotice | null {
  if (route.lifecycle.status !== 'retired') return null;
  return { retiredOn: route.lifecycle.date, successor: successorRoute(routes, route) };
}
