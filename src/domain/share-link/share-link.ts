/**
 * The share-link codec: a scenario as a short, readable, versioned string for the URL fragment, and
 * back. The rules, in words:
 * - `v` is the format version; older versions are migrated step by step (MIGRATIONS); a link from a
 *   newer version is read as far as this version understands it.
 * - Fields equal to the defaults are left out; keys are short and always written in the same order.
 * - Endpoints are written as share-link-endpoints.ts describes: endpoint 1 with plain keys (a version-1
 *   link is a one-endpoint scenario), endpoint j with keys prefixed "j.".
 * - The prices in force of every endpoint's route travel with the link (`p`, `2.p`, …), so the link
 *   reproduces its figures even after the bundled sheet changes; `pc` says which of them the user typed.
 *   Prices that differ from today's sheet and were not typed are reported as price changes.
 * - Decoding never throws: every field is read on its own, checked against its range and type, and
 *   replaced by its default when unreadable; each thing ignored is reported in plain words.
 */

import { formatPricePerMillion } from '../money/format-money';
import { readQuantity } from '../money/quantity';
import {
  MAX_PRICE_MICROS,
  PRICE_KIND_LABELS,
  PRICE_KINDS,
  type PriceKind,
  type PriceOverrides,
  type PriceText,
  parsePrice,
  priceToText,
} from '../rates/prices';
import { type Route, routeName } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { DEFAULT_ROUTE_FILTER } from '../rates/route-filter';
import { describeJoin, joinAddedRoutes, mergeRoutes } from '../rates/route-merge';
import type { Endpoint } from '../scenario/endpoint';
import { BUDGET_RANGE } from '../scenario/monthly-budget';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario/scenario';
import { DEFAULT_TABLE_SORT } from '../scenario/view';
import { wellFormed } from '../text';
import {
  decodeEndpoint,
  encodeEndpoint,
  endpointPrefix,
  endpointsPresent,
  readEndpointCount,
} from './link-endpoints';
import {
  customRoutesForLink,
  decodeBillingExtras,
  decodeCustomRoutes,
  encodeBillingExtras,
  encodeCustomRoutes,
} from './link-extras';

const SHARE_LINK_VERSION = 2;
/** Links longer than this are not read at all (a scenario file is the way to move large scenarios). */
export const MAX_LINK_LENGTH = 8_000;
/** Above this, the app offers a scenario file instead of a link: chat apps cut longer messages. */
export const COMFORTABLE_LINK_LENGTH = 2_000;
const MAX_QUERY_LENGTH = 100;
const MAX_LISTED_PROBLEMS = 12;

/** Old route ids that were renamed: an old link opens the route it meant, never a different one. */
const ROUTE_ALIASES: Readonly<Record<string, string>> = {};

/** Steps from version n to n + 1, each a pure function of the link's fields. */
const MIGRATIONS: Readonly<Record<number, (fields: Map<string, string[]>) => Map<string, string[]>>> = {
  // v1 → v2: a version-1 link's route, workload and prices are endpoint 1's plain keys, unchanged.
  1: (fields) => fields,
};

const KIND_LETTERS: Readonly<Record<PriceKind, string>> = { input: 'i', cachedInput: 'c', output: 'o' };
const NO_PRICE = '-';

/**
 * Only what a fragment cannot hold is escaped; ids and prices stay readable. The value is made
 * well-formed first, so encoding never throws (encodeURIComponent refuses a lone surrogate).
 */
function escapeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%40/g, '@').replace(/%2C/g, ',').replace(/%7E/g, '~');
}

function priceField(price: PriceText | null | undefined): string {
  return price === undefined ? '' : price === null ? NO_PRICE : price;
}

export interface LinkContext {
  /** Every route the link's ids may name. */
  readonly routes: readonly Route[];
  /**
   * The bundled sheet, when `routes` also holds the user's own routes (a file opened in a session):
   * only these routes keep their identity against the link's added routes; an added route with the id
   * of one of the user's routes updates it. Defaults to `routes`.
   */
  readonly sheetRoutes?: readonly Route[];
}

export interface EncodeOptions {
  /** Every added route, however many (scenario files and local storage); links carry at most 20. */
  readonly allCustomRoutes?: boolean;
}

/**
 * The routes whose prices travel with an endpoint: each endpoint's route, the first time it appears.
 * When reading, an endpoint whose linked route is unknown carries nothing (`found` false).
 */
function carriedRoutes(endpoints: readonly Endpoint[], found?: readonly boolean[]): Map<number, string> {
  const carried = new Map<number, string>();
  const seen = new Set<string>();
  endpoints.forEach((endpoint, index) => {
    if (found && !found[index]) return;
    if (seen.has(endpoint.routeId)) return;
    seen.add(endpoint.routeId);
    carried.set(index + 1, endpoint.routeId);
  });
  return carried;
}

export function encodeScenario(
  scenario: Scenario,
  context: LinkContext,
  options: EncodeOptions = {},
): string {
  const pairs: [string, string][] = [['v', String(SHARE_LINK_VERSION)]];
  const routes = mergeRoutes(context.routes, scenario.customRoutes);
  const { endpoints } = scenario;
  if (endpoints.length > 1) pairs.push(['ne', String(endpoints.length)]);
  const selected = endpoints.findIndex((endpoint) => endpoint.id === scenario.selectedEndpointId) + 1;
  if (selected > 1) pairs.push(['sel', String(selected)]);
  const carried = carriedRoutes(endpoints);
  endpoints.forEach((endpoint, index) => {
    const position = index + 1;
    pairs.push(...encodeEndpoint(endpoint, position));
    const route =
      carried.get(position) === endpoint.routeId ? findRoute(routes, endpoint.routeId) : undefined;
    if (!route) return;
    const prefix = endpointPrefix(position);
    const overrides = scenario.priceOverrides[route.id] ?? {};
    const inForce = PRICE_KINDS.map((kind) =>
      overrides[kind] !== undefined ? (overrides[kind] ?? null) : route.prices[kind],
    );
    pairs.push([`${prefix}p`, inForce.map(priceField).join(',')]);
    const custom = PRICE_KINDS.filter((kind) => overrides[kind] !== undefined).map(
      (kind) => KIND_LETTERS[kind],
    );
    if (custom.length > 0) pairs.push([`${prefix}pc`, custom.join('')]);
  });
  const carriedIds = new Set(carried.values());
  for (const [routeId, overrides] of Object.entries(scenario.priceOverrides)) {
    if (carriedIds.has(routeId)) continue;
    pairs.push(['x', [routeId, ...PRICE_KINDS.map((kind) => priceField(overrides[kind]))].join('~')]);
  }
  for (const routeId of scenario.pinnedRouteIds) pairs.push(['pin', routeId]);
  const { routeFilter, tableSort } = scenario;
  if (routeFilter.query !== DEFAULT_ROUTE_FILTER.query) pairs.push(['q', routeFilter.query]);
  if (routeFilter.family !== DEFAULT_ROUTE_FILTER.family) pairs.push(['f', routeFilter.family]);
  if (routeFilter.includeComparison) pairs.push(['cmp', '1']);
  if (routeFilter.includeRetired) pairs.push(['ret', '1']);
  if (
    tableSort.columnId !== DEFAULT_TABLE_SORT.columnId ||
    tableSort.descending !== DEFAULT_TABLE_SORT.descending
  ) {
    pairs.push(['s', `${tableSort.descending ? '-' : ''}${tableSort.columnId}`]);
  }
  if (scenario.monthlyBudgetUsd !== null) pairs.push(['bud', String(scenario.monthlyBudgetUsd)]);
  const customRoutes = encodeCustomRoutes(
    options.allCustomRoutes ? scenario.customRoutes : customRoutesForLink(scenario).routes,
  );
  if (customRoutes !== null) pairs.push(['cr', customRoutes]);
  const billingExtras = encodeBillingExtras(scenario.billingExtras);
  if (billingExtras !== null) pairs.push(['bx', billingExtras]);
  return pairs.map(([key, value]) => `${key}=${escapeValue(value)}`).join('&');
}

/** A price of the link's route that differs from today's sheet. */
export interface PriceChange {
  readonly routeId: string;
  readonly kind: PriceKind;
  readonly inLink: PriceText | null;
  readonly today: PriceText | null;
}

export interface DecodedScenario {
  readonly scenario: Scenario;
  /** What was ignored, in plain words (text only, never markup). */
  readonly problems: readonly string[];
  readonly priceChanges: readonly PriceChange[];
  /** True when the text held anything that looked like a scenario. */
  readonly found: boolean;
}

function readFields(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const separator = part.indexOf('=');
    const key = separator === -1 ? part : part.slice(0, separator);
    const raw = separator === -1 ? '' : part.slice(separator + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      value = raw;
    }
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

/** A value shown in a message: shortened, and only ever rendered as text. */
function quote(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
}

function unreadablePrice(kind: PriceKind, text: string): string {
  return `Ignored the unreadable ${PRICE_KIND_LABELS[kind].toLowerCase()} price ${quote(text)}.`;
}

function readLinkPrice(text: string | undefined): PriceText | null | undefined {
  if (text === undefined || text === '') return undefined;
  if (text === NO_PRICE) return null;
  const parsed = parsePrice(text);
  if (parsed === null || parsed > MAX_PRICE_MICROS) return undefined;
  return priceToText(parsed);
}

function samePrice(a: PriceText | null, b: PriceText | null): boolean {
  return a === null || b === null ? a === b : parsePrice(a) === parsePrice(b);
}

export function decodeScenario(
  input: string,
  context: LinkContext,
  maxLength: number = MAX_LINK_LENGTH,
): DecodedScenario {
  const problems: string[] = [];
  // Text from a link, a file or storage may hold lone surrogates: every name read from it is well-formed.
  const text = wellFormed(input).replace(/^[#?]/, '').trim();
  if (text === '') return { scenario: DEFAULT_SCENARIO, problems, priceChanges: [], found: false };
  if (text.length > maxLength) {
    return {
      scenario: DEFAULT_SCENARIO,
      problems: [
        `The link is too long to read (${text.length} characters); the calculator opened with its defaults.`,
      ],
      priceChanges: [],
      found: true,
    };
  }
  let fields = readFields(text);

  const versionText = fields.get('v')?.[0];
  const version =
    versionText !== undefined && /^\d{1,3}$/.test(versionText) ? Number(versionText) : undefined;
  if (version === undefined) {
    problems.push('The link has no readable format version; it was read as the current version.');
  } else if (version > SHARE_LINK_VERSION) {
    problems.push(
      `The link was made by a newer version of the calculator (format ${version}); some parts may be missing.`,
    );
  } else {
    for (let step = Math.max(1, version); step < SHARE_LINK_VERSION; step += 1) {
      fields = MIGRATIONS[step]?.(fields) ?? fields;
    }
  }
  const first = (key: string) => fields.get(key)?.[0];

  // Routes the user added: they join the sheet before anything refers to them.
  // A route with a bundled route's id becomes the user's own; the bundled route stays as the sheet has it,
  // so the link's `p` prices for it read as prices from this link (priceChanges).
  const custom = decodeCustomRoutes(first('cr'));
  problems.push(...custom.problems);
  const join = joinAddedRoutes(context.sheetRoutes ?? context.routes, [], custom.routes);
  problems.push(...describeJoin(join));
  const customRoutes = join.customRoutes;
  const routes = customRoutes.length === 0 ? context.routes : mergeRoutes(context.routes, customRoutes);
  const knows = (routeId: string): string | undefined => {
    const id = ROUTE_ALIASES[routeId] ?? routeId;
    return findRoute(routes, id) ? id : undefined;
  };

  // Endpoints
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

  // Prices: each endpoint's route's prices in force, then other routes' overrides.
  const priceOverrides: Record<string, PriceOverrides> = {};
  const priceChanges: PriceChange[] = [];
  const carried = carriedRoutes(endpoints, routesFound);
  for (const [position, routeId] of carried) {
    const prefix = endpointPrefix(position);
    const route = findRoute(routes, routeId);
    const linkedPrices = first(`${prefix}p`);
    if (!route || linkedPrices === undefined) continue;
    const parts = linkedPrices.split(',');
    const custom = first(`${prefix}pc`) ?? '';
    const overrides: Record<string, PriceText | null> = {};
    PRICE_KINDS.forEach((kind, index) => {
      const price = readLinkPrice(parts[index]);
      if (price === undefined) {
        if (parts[index]) problems.push(unreadablePrice(kind, parts[index] ?? ''));
        return;
      }
      if (price === null && kind !== 'cachedInput') return;
      const today = route.prices[kind];
      if (custom.includes(KIND_LETTERS[kind])) {
        overrides[kind] = price;
      } else if (!samePrice(price, today)) {
        overrides[kind] = price;
        priceChanges.push({ routeId: route.id, kind, inLink: price, today });
      }
    });
    if (Object.keys(overrides).length > 0) priceOverrides[route.id] = overrides;
  }
  const pricedRoutes = new Set(
    [...carried]
      .filter(([position]) => first(`${endpointPrefix(position)}p`) !== undefined)
      .map(([, id]) => id),
  );
  for (const entry of (fields.get('x') ?? []).slice(0, routes.length)) {
    const [id = '', ...prices] = entry.split('~');
    const known = knows(id);
    if (!known) {
      problems.push(`Ignored custom prices for ${quote(id)}, which is not in this rate sheet.`);
      continue;
    }
    if (pricedRoutes.has(known)) continue; // `p` already says this route's prices
    const overrides: Record<string, PriceText | null> = {};
    PRICE_KINDS.forEach((kind, index) => {
      const price = readLinkPrice(prices[index]);
      if (price !== undefined && (price !== null || kind === 'cachedInput')) overrides[kind] = price;
      else if (prices[index]) problems.push(unreadablePrice(kind, prices[index] ?? ''));
    });
    if (Object.keys(overrides).length > 0) priceOverrides[known] = overrides;
  }

  // Table view
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

  let monthlyBudgetUsd: number | null = null;
  const budgetText = first('bud');
  if (budgetText !== undefined) {
    const reading = readQuantity(budgetText, BUDGET_RANGE);
    if (reading.ok) monthlyBudgetUsd = reading.value;
    else problems.push(`Ignored ${quote(budgetText)} for the monthly budget: ${reading.message}`);
  }

  const billing = decodeBillingExtras(first('bx'));
  problems.push(...billing.problems);

  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  if (problems.length > MAX_LISTED_PROBLEMS)
    listed.push(`…and ${problems.length - MAX_LISTED_PROBLEMS} more.`);
  return {
    scenario: {
      endpoints,
      selectedEndpointId: selected.id,
      priceOverrides,
      pinnedRouteIds,
      routeFilter: {
        query: (first('q') ?? '').slice(0, MAX_QUERY_LENGTH),
        family: family !== undefined && families.has(family) ? family : DEFAULT_ROUTE_FILTER.family,
        includeComparison: first('cmp') === '1',
        includeRetired: first('ret') === '1',
      },
      tableSort: sortMatch
        ? { columnId: sortMatch[2] as string, descending: sortMatch[1] === '-' }
        : DEFAULT_SCENARIO.tableSort,
      monthlyBudgetUsd,
      customRoutes,
      billingExtras: billing.extras,
    },
    problems: listed,
    priceChanges,
    found: true,
  };
}

/** "Kimi K2.6 via Moonshot AI: Output price $4.00 in the link, $3.50 in today's sheet." */
export function describePriceChange(change: PriceChange, routes: readonly Route[]): string {
  const route = findRoute(routes, change.routeId);
  const name = route ? routeName(route) : change.routeId;
  const show = (price: PriceText | null) => {
    const parsed = price === null ? null : parsePrice(price);
    return parsed === null ? 'none' : formatPricePerMillion(parsed);
  };
  return `${name}: ${PRICE_KIND_LABELS[change.kind]} price ${show(change.inLink)} in the link, ${show(change.today)} in today's sheet.`;
}

/** The routes whose prices a link changed, each once, in order, with the sheet's source of its prices. */
export function routesWithPriceChanges(
  changes: readonly PriceChange[],
  routes: readonly Route[],
): { readonly routeId: string; readonly name: string; readonly sheetSource: Route['source'] | null }[] {
  const ids = [...new Set(changes.map((change) => change.routeId))];
  return ids.map((routeId) => {
    const route = findRoute(routes, routeId);
    return { routeId, name: route ? routeName(route) : routeId, sheetSource: route?.source ?? null };
  });
}

/** Scenario files hold the same encoding as links, so they migrate and validate the same way. */
const SCENARIO_FILE_FORMAT = 'kimi-cost-calculator-scenario';
/**
 * The longest scenario file (and saved scenario) read: room for the most added routes a scenario holds
 * (5,000). Export refuses nothing it could not import again: every file it writes is shorter.
 */
export const MAX_SCENARIO_FILE_LENGTH = 20_000_000;
/** A compressed link may inflate to this many characters (link-compression.ts caps the bytes too). */
export const MAX_EXPANDED_LINK_LENGTH = 200_000;

/** The scenario as a file, or null when it would be longer than a file may be. */
export function encodeScenarioFile(scenario: Scenario, context: LinkContext): string | null {
  const encoded = encodeScenario(scenario, context, { allCustomRoutes: true });
  const file = `${JSON.stringify({ format: SCENARIO_FILE_FORMAT, scenario: encoded }, null, 2)}\n`;
  return file.length > MAX_SCENARIO_FILE_LENGTH ? null : file;
}

export function decodeScenarioFile(text: string, context: LinkContext): DecodedScenario {
  const refuse = (problem: string): DecodedScenario => ({
    scenario: DEFAULT_SCENARIO,
    problems: [problem],
    priceChanges: [],
    found: false,
  });
  if (text.length > MAX_SCENARIO_FILE_LENGTH) return refuse('The file is too large to be a scenario file.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('The file is not a scenario file (it is not JSON).');
  }
  const record = parsed as { format?: unknown; scenario?: unknown } | null;
  if (record?.format !== SCENARIO_FILE_FORMAT || typeof record.scenario !== 'string') {
    return refuse('The file is not a scenario file from this calculator.');
  }
  return decodeScenario(record.scenario, context, MAX_SCENARIO_FILE_LENGTH);
}
