/**
 * Putting added routes (custom or imported) into a rate sheet. The rules, in words:
 * - an added route whose id is already in the sheet replaces that route, in its place;
 * - the other added routes follow the sheet, in their own order;
 * - when several added routes share an id, the last one wins.
 *
 * Bundled routes keep their identity (joinAddedRoutes): the user's routes never carry a sheet
 * route's id, so a link, a file or an import cannot change a bundled route's prices or source.
 * - An added route with a sheet route's id that says nothing new (same model, provider, variant,
 *   prices and limits) is not added again: it is "unchanged".
 * - Any other added route with a sheet route's id becomes a route of the user's own under the id
 *   `custom-<id>` (with -2, -3, … when the batch holds it twice), and is reported as renamed.
 * - An added route with the id of one of the user's routes updates that route (an edit, a re-import).
 * The user's own explicit edits of a bundled route's prices are price overrides, never added routes.
 */

import { idAllocator } from './import/rate-sheet-entries';
import { samePrices } from './provenance';
import { type Route, routeName } from './route';

/** The namespace of routes the user adds or imports: no bundled id starts with it. */
export const USER_ROUTE_PREFIX = 'custom-';

export function mergeRoutes(base: readonly Route[], added: readonly Route[]): Route[] {
  if (added.length === 0) return [...base];
  const byId = new Map(added.map((route) => [route.id, route]));
  const merged = base.map((route) => byId.get(route.id) ?? route);
  const inBase = new Set(base.map((route) => route.id));
  for (const route of byId.values()) if (!inBase.has(route.id)) merged.push(route);
  return merged;
}

export interface RenamedRoute {
  /** The sheet route's id the added route had. */
  readonly from: string;
  /** Its own id now. */
  readonly to: string;
}

export interface RouteJoin {
  /** The user's routes after the join: the current ones, updated and extended. */
  readonly customRoutes: Route[];
  /** The incoming routes as they joined (renamed where needed; unchanged ones left out). */
  readonly joined: Route[];
  /** How many joined routes replace one of the user's routes with the same id. */
  readonly updated: number;
  readonly renamed: readonly RenamedRoute[];
  /** Incoming routes equal to the sheet route of their id: not added again. */
  readonly unchanged: number;
}

/** True when the added route says exactly what the sheet's route says about what is billed. */
function sameAsSheet(added: Route, sheet: Route): boolean {
  return (
    added.modelName === sheet.modelName &&
    added.providerName === sheet.providerName &&
    added.variant === sheet.variant &&
    added.contextWindow === sheet.contextWindow &&
    added.maxOutput === sheet.maxOutput &&
    samePrices(added.prices, sheet.prices)
  );
}

/**
 * Joins incoming routes (a link's, a file's, an import's, the form's) to the user's routes, keeping
 * every sheet route as the sheet has it (the rules above). Never changes its arguments.
 */
export function joinAddedRoutes(
  sheet: readonly Route[],
  current: readonly Route[],
  incoming: readonly Route[],
): RouteJoin {
  const sheetById = new Map(sheet.map((route) => [route.id, route]));
  const currentIds = new Set(current.map((route) => route.id));
  const incomingIds = incoming.map((route) => route.id);
  // Renamed ids avoid the sheet and the batch's own ids; the user's routes they may update.
  const claim = idAllocator([...sheetById.keys(), ...incomingIds.filter((id) => !sheetById.has(id))]);
  const joined: Route[] = [];
  const renamed: RenamedRoute[] = [];
  let unchanged = 0;
  for (const route of incoming) {
    const bundled = sheetById.get(route.id);
    if (!bundled) {
      joined.push(route);
      continue;
    }
    if (sameAsSheet(route, bundled)) {
      unchanged += 1;
      continue;
    }
    const id = claim(`${USER_ROUTE_PREFIX}${route.id}`);
    renamed.push({ from: route.id, to: id });
    joined.push({ ...route, id });
  }
  const updated = new Set(joined.filter((route) => currentIds.has(route.id)).map((route) => route.id)).size;
  return {
    customRoutes: joined.length === 0 ? [...current] : mergeRoutes(current, joined),
    joined,
    updated,
    renamed,
    unchanged,
  };
}

/**
 * The join in plain words, one line per renamed route and one for the unchanged ones: "“Kimi K2.6 via
 * Moonshot AI” has the id of a route in the rate sheet (kimi-k2.6@moonshot-ai), so it was added as a
 * route of your own (custom-kimi-k2.6@moonshot-ai); the sheet's route keeps its prices and source."
 */
export function describeJoin(join: RouteJoin): string[] {
  const byId = new Map(join.joined.map((route) => [route.id, route]));
  const lines = join.renamed.map(({ from, to }) => {
    const route = byId.get(to);
    const name = route ? `“${routeName(route)}”` : 'A route';
    return `${name} has the id of a route in the rate sheet (${from}), so it was added as a route of your own (${to}); the sheet's route keeps its prices and source.`;
  });
  if (join.unchanged > 0)
    lines.push(
      join.unchanged === 1
        ? '1 route is the same as the rate sheet’s route with its id, so it was not added again.'
        : `${join.unchanged.toLocaleString('en-US')} routes are the same as the rate sheet’s routes with their ids, so they were not added again.`,
    );
  return lines;
}
