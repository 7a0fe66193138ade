/**
 * The sentence above the charts: it names every chart shown, in the order shown, and says which
 * routes each one draws. The rules:
 * - the first two charts show the bill itself: your route (or each endpoint's own route);
 * - "Cost by route" and "Cost versus cache hit rate" draw every compared route: the pinned ones, or
 *   else the cheapest that fit among those the table shows; your route is added when it is not one
 *   of them, and is marked "Your route";
 * - "Cost versus monthly volume" draws your route and the cheapest few of the others.
 */
import type { ChartRouteSelection } from './chart-routes';

export interface ChartTitles {
  readonly split: string;
  readonly tornado: string;
  readonly routeSplit: string;
  readonly volume: string;
  readonly cacheRate: string;
}

export interface ChartsIntroInputs {
  readonly selection: ChartRouteSelection;
  /** Whom the bill charts show: a route's name, or the routes chosen for each endpoint. */
  readonly activeLabel: string;
  /** How many routes besides yours the volume chart draws. */
  readonly volumeOthers: number;
}

const quoted = (title: string) => `“${title}”`;
const routes = (count: number) => (count === 1 ? '1 route' : `${count} routes`);

export function describeCharts(inputs: ChartsIntroInputs, titles: ChartTitles): string {
  const { selection, activeLabel, volumeOthers } = inputs;
  const bill = `${quoted(titles.split)} and ${quoted(titles.tornado)} show your bill on ${activeLabel}.`;
  const others = selection.routes.length - (selection.activeAdded ? 1 : 0);
  const andYours = (compared: string) => (selection.activeAdded ? `${compared}, and your route` : compared);
  if (selection.routes.length === 0) return bill;
  if (selection.routes.length === 1) {
    return (
      `${bill} ${quoted(titles.routeSplit)}, ${quoted(titles.volume)} and ${quoted(titles.cacheRate)} ` +
      (selection.source === 'pinned'
        ? 'show your route alone: it is the only route pinned.'
        : 'show your route alone: no other route the table shows can hold this workload.')
    );
  }
  const compared =
    selection.source === 'pinned'
      ? selection.leftOut > 0
        ? `the first ${others} of the ${others + selection.leftOut} routes pinned in the table`
        : others === 1
          ? 'the route pinned in the table'
          : `your ${routes(others)} pinned in the table`
      : others === 1
        ? 'the cheapest route that fits, among those the table shows'
        : `the ${others} cheapest routes that fit, among those the table shows`;
  const cheapest =
    volumeOthers === 1 ? 'the cheapest of the others' : `the ${volumeOthers} cheapest of the others`;
  return (
    `${bill} ${quoted(titles.routeSplit)} compares ${andYours(compared)}, marked “Your route”; ` +
    `${quoted(titles.volume)} draws your route and ${cheapest}; ` +
    `${quoted(titles.cacheRate)} draws all the routes compared.` +
    (selection.source === 'pinned' ? '' : ' Pin routes in the table to choose which are compared.')
  );
}
