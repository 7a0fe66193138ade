/**
 * A share link read back into a scenario. The rules, in words:
 * - Decoding never throws: every field is read on its own, checked against its range and type, and
 *   replaced by its default when unreadable; each thing ignored is reported in plain words, at most
 *   MAX_LISTED_PROBLEMS of them and a count of the rest.
 * - Routes the user added join the sheet before anything refers to them; a route with a bundled
 *   route's id becomes the user's own, and the bundled route stays as the sheet has it.
 * - Prices that differ from today's sheet and were not typed are reported as price changes.
 */
import { readQuantity } from '../money/quantity';
import type { Route } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { DEFAULT_ROUTE_FILTER } from '../rates/route-filter';
import { describeJoin, joinAddedRoutes, mergeRoutes } from '../rates/route-merge';
import type { Endpoint } from '../scenario/endpoint';
import { BUDGET_RANGE } from '../scenario/monthly-budget';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario';
import { wellFormed } from '../text';
import { decodePrices, type LinkedEndpoints } from './decode-prices';
import { decodeEndpoint, endpointsPresent, readEndpointCount } from './link-endpoints';
import { decodeBillingExtras, decodeCustomRoutes } from './link-extras';
import {
  type FirstField,
  type LinkContext,
  type LinkFields,
  MAX_LINK_LENGTH,
  MAX_LISTED_PROBLEMS,
  MAX_QUERY_LENGTH,
  MIGRATIONS,
  quote,
  ROUTE_ALIASES,
  readFields,
  SHARE_LINK_VERSION,
} from './link-format';
import type { PriceChange } from './price-change';

export interface DecodedScenario {
  readonly scenario: Scenario;
  /** What was ignored, in plain words (text only, never markup). */
  readonly problems: readonly string[];
  readonly priceChanges: readonly PriceChange[];
  /** True when the text held anything that looked like a scenario. */
  readonly found: boolean;
}

/** A part of the link read back, with what it ignored. */
interface Reading<T> {
  readonly value: T;
  readonly problems: readonly string[];
}

/** The fields migrated to this version, as far as the link's version allows. */
function decodeVersion(read: LinkFields): Reading<LinkFields> {
  let fields = read;
  const versionText = fields.get('v')?.[0];
  const version =
    versionText !== undefined && /^\d{1,3}$/.test(versionText) ? Number(versionText) : undefined;
  if (version === undefined)
    return {
      value: fields,
      problems: ['The link has no readable format version; it was read as the current version.'],
    };
  if (version > SHARE_LINK_VERSION) {
    const problem = `The link was made by a newer version of the calculator (format ${version}); some parts may be missing.`;
    return { value: fields, problems: [problem] };
  }
  for (let step = Math.max(1, version); step < SHARE_LINK_VERSION; step += 1) {
    fields = MIGRATIONS[step]?.(fields) ?? fields;
  }
  return { value: fields, problems: [] };
}

/** The routes the user added (`cr`), joined to the sheet; and every route the link may name. */
function decodeRoutes(
  first: FirstField,
  context: LinkContext,
): Reading<{ customRoutes: Route[]; routes: readonly Route[] }> {
  const custom = decodeCustomRoutes(first('cr'));
  const join = joinAddedRoutes(context.sheetRoutes ?? context.routes, [], custom.routes);
  const customRoutes = join.customRoutes;
  const routes = customRoutes.length === 0 ? context.routes : mergeRoutes(context.routes, customRoutes);
  return { value: { customRoutes, routes }, problems: [...custom.problems, ...describeJoin(join)] };
}

/** The endpoints (`ne`, each endpoint's keys) and the selected one (`sel`). */
function decodeEndpoints(
  first: FirstField,
  fields: LinkFields,
  knows: (routeId: string) => string | undefined,
): Reading<LinkedEndpoints & { selected: Endpoint }> {
  const problems: string[] = [];
  const count = readEndpointCount(first('ne'), quote, endpointsPresent(fields.keys()));
  if (count.problem) problems.push(count.problem);
  const strayKeys = [...fields.keys()].filter((key) => {
    const match = /^(\d+)\./.exec(key);
    return match !== null && (Number(match[1]) < 2 || Number(match[1]) > count.count);
  });
  if (strayKeys.length > 0)
    problems.push(
      `Ignored ${strayKeys.length === 1 ? 'the setting' : `${strayKeys.length} settings`} of endpoints the link does not have: ${quote(strayKeys.slice(0, 5).join(', '))}.`,
    );
  const endpoints: Endpoint[] = [];
  const routesFound: boolean[] = [];
  for (let position = 1; position <= count.count; position += 1) {
    const reading = decodeEndpoint(first, position, knows, quote);
    endpoints.push(reading.endpoint);
    routesFound.push(reading.routeFound);
    problems.push(...reading.problems);
  }
  const selectedText = first('sel');
  const selectedPosition =
    selectedText !== undefined && /^\d{1,3}$/.test(selectedText) ? Number(selectedText) : Number.NaN;
  const selectedFound = selectedPosition >= 1 && selectedPosition <= endpoints.length;
  if (selectedText !== undefined && !selectedFound)
    problems.push(
      `Ignored the selected endpoint ${quote(selectedText)}, which the link does not have; endpoint 1 is selected.`,
    );
  const selected = (selectedFound ? endpoints[selectedPosition - 1] : endpoints[0]) as Endpoint;
  return { value: { endpoints, routesFound, selected }, problems };
}

/** The table view: pins (`pin`), the filter (`q`, `f`, `cmp`, `ret`, `sm`) and the sort (`s`). */
function decodeView(
  first: FirstField,
  fields: LinkFields,
  routes: readonly Route[],
  knows: (routeId: string) => string | undefined,
): Reading<Pick<Scenario, 'pinnedRouteIds' | 'routeFilter' | 'tableSort'>> {
  const problems: string[] = [];
  const pinnedRouteIds: string[] = [];
  for (const id of (fields.get('pin') ?? []).slice(0, routes.length)) {
    const known = knows(id);
    if (known && !pinnedRouteIds.includes(known)) pinnedRouteIds.push(known);
    else if (!known) problems.push(`Ignored the pinned route ${quote(id)}, which is not in this rate sheet.`);
  }
  const families = new Set(routes.map((candidate) => candidate.family));
  const family = first('f');
  if (family !== undefined && !families.has(family))
    problems.push(`Ignored the unknown model version ${quote(family)}.`);
  const sort = first('s');
  const sortMatch = sort === undefined ? null : /^(-?)([a-zA-Z]{1,30})$/.exec(sort);
  if (sort !== undefined && !sortMatch) problems.push(`Ignored the unreadable table sort ${quote(sort)}.`);
  const routeFilter = {
    query: (first('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    family: family !== undefined && families.has(family) ? family : DEFAULT_ROUTE_FILTER.family,
    includeComparison: first('cmp') === '1',
    includeRetired: first('ret') === '1',
    sameModel: first('sm') === '1',
  };
  const tableSort = sortMatch
    ? { columnId: sortMatch[2] as string, descending: sortMatch[1] === '-' }
    : DEFAULT_SCENARIO.tableSort;
  return { value: { pinnedRouteIds, routeFilter, tableSort }, problems };
}

/** The monthly budget (`bud`), or null. */
function decodeBudget(first: FirstField): Reading<number | null> {
  const budgetText = first('bud');
  if (budgetText === undefined) return { value: null, problems: [] };
  const reading = readQuantity(budgetText, BUDGET_RANGE);
  if (reading.ok) return { value: reading.value, problems: [] };
  return {
    value: null,
    problems: [`Ignored ${quote(budgetText)} for the monthly budget: ${reading.message}`],
  };
}

/** At most MAX_LISTED_PROBLEMS problems, and how many more there were. */
function listProblems(problems: readonly string[]): string[] {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > MAX_LISTED_PROBLEMS)
    listed.push(`…and ${problems.length - MAX_LISTED_PROBLEMS} more.`);
  return listed;
}

export function decodeScenario(
  input: string,
  context: LinkContext,
  maxLength: number = MAX_LINK_LENGTH,
): DecodedScenario {
  // Text from a link, a file or storage may hold lone surrogates: every name read from it is well-formed.
  const text = wellFormed(input).replace(/^[#?]/, '').trim();
  if (text === '') return { scenario: DEFAULT_SCENARIO, problems: [], priceChanges: [], found: false };
  if (text.length > maxLength) {
    const problem = `The link is too long to read (${text.length} characters); the calculator opened with its defaults.`;
    return { scenario: DEFAULT_SCENARIO, problems: [problem], priceChanges: [], found: true };
  }
  const version = decodeVersion(readFields(text));
  const fields = version.value;
  const first: FirstField = (key) => fields.get(key)?.[0];
  const added = decodeRoutes(first, context);
  const { customRoutes, routes } = added.value;
  const knows = (routeId: string): string | undefined => {
    const id = ROUTE_ALIASES[routeId] ?? routeId;
    return findRoute(routes, id) ? id : undefined;
  };
  const linked = decodeEndpoints(first, fields, knows);
  const prices = decodePrices(first, fields, linked.value, routes, knows);
  const view = decodeView(first, fields, routes, knows);
  const budget = decodeBudget(first);
  const billing = decodeBillingExtras(first('bx'));
  const problems = [version, added, linked, prices, view, budget, billing].flatMap((part) => part.problems);
  return {
    scenario: {
      endpoints: linked.value.endpoints,
      selectedEndpointId: linked.value.selected.id,
      priceOverrides: prices.priceOverrides,
      ...view.value,
      monthlyBudgetUsd: budget.value,
      customRoutes,
      billingExtras: billing.extras,
    },
    problems: listProblems(problems),
    priceChanges: prices.priceChanges,
    found: true,
  };
}
