/**
 * The parts of a share link beyond endpoints and prices:
 * - `cr`: the routes the user added or imported, as a rate sheet in the app's own schema (JSON), read
 *   back by the same validating reader as an imported file; a bad route is dropped and reported.
 * - `bx`: the billing extras as typed (JSON), each field checked for its type and length; a field that
 *   cannot be read keeps its default and is reported. readBillingExtras validates the values later,
 *   exactly as when the user types them.
 */

import { type BillingExtrasInput, DEFAULT_BILLING_EXTRAS_INPUT } from '../billing/extras-input';
import { isCalendarDate } from '../calendar-date';
import { readRateSheet, toRateSheetDocument } from '../rates/import/rate-sheet-import';
import type { Route } from '../rates/route';
import type { Scenario } from '../scenario/scenario';

const MAX_TEXT = 40;
const MAX_PROVIDERS = 200;
const MAX_CUSTOM_ROUTES = 5_000;
/**
 * A link holds at most this many added routes: all of them when there are no more, otherwise those the
 * scenario uses (an endpoint's route, a pinned route, a route with typed prices). A large imported
 * sheet travels as a rate-sheet file instead, so links stay short and fast to write.
 */
export const MAX_LINKED_CUSTOM_ROUTES = 20;

export interface LinkedCustomRoutes {
  readonly routes: readonly Route[];
  /** How many added routes the link leaves out. */
  readonly leftOut: number;
}

export function customRoutesForLink(
  scenario: Pick<Scenario, 'customRoutes' | 'endpoints' | 'pinnedRouteIds' | 'priceOverrides'>,
): LinkedCustomRoutes {
  const { customRoutes } = scenario;
  if (customRoutes.length <= MAX_LINKED_CUSTOM_ROUTES) return { routes: customRoutes, leftOut: 0 };
  const used = new Set([
    ...scenario.endpoints.map((endpoint) => endpoint.routeId),
    ...scenario.pinnedRouteIds,
    ...Object.keys(scenario.priceOverrides),
  ]);
  const routes = customRoutes.filter((route) => used.has(route.id)).slice(0, MAX_LINKED_CUSTOM_ROUTES);
  return { routes, leftOut: customRoutes.length - routes.length };
}

const encoded = new WeakMap<readonly Route[], string>();

/** The added routes as a rate sheet in JSON; the same list is encoded once. */
export function encodeCustomRoutes(routes: readonly Route[]): string | null {
  if (routes.length === 0) return null;
  const cached = encoded.get(routes);
  if (cached !== undefined) return cached;
  const text = JSON.stringify(toRateSheetDocument(routes));
  encoded.set(routes, text);
  return text;
}

export function decodeCustomRoutes(text: string | undefined): { routes: Route[]; problems: string[] } {
  if (text === undefined) return { routes: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { routes: [], problems: ['Ignored the added routes: they are not readable.'] };
  }
  const result = readRateSheet(value);
  const routes = result.routes.slice(0, MAX_CUSTOM_ROUTES);
  const skipped = result.problems.filter((problem) => !problem.imported && problem.position !== null);
  return {
    routes,
    problems:
      skipped.length === 0 ? [] : [`Ignored ${skipped.length} of the added routes: they are not readable.`],
  };
}

function sameExtras(a: BillingExtrasInput, b: BillingExtrasInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function encodeBillingExtras(extras: BillingExtrasInput): string | null {
  return sameExtras(extras, DEFAULT_BILLING_EXTRAS_INPUT) ? null : JSON.stringify(extras);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const shortText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/** A record of provider name → short text; anything else is dropped. */
function textRecord(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value).slice(0, MAX_PROVIDERS);
  if (!entries.every(([key, text]) => key.length <= 200 && shortText(text))) return null;
  return Object.fromEntries(entries) as Record<string, string>;
}

export function decodeBillingExtras(text: string | undefined): {
  extras: BillingExtrasInput;
  problems: string[];
} {
  const defaults = DEFAULT_BILLING_EXTRAS_INPUT;
  if (text === undefined) return { extras: defaults, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (!isRecord(value))
    return { extras: defaults, problems: ['Ignored the billing extras: they are not readable.'] };
  const problems: string[] = [];
  const pick = <T>(key: keyof BillingExtrasInput, read: (raw: unknown) => T | null, fallback: T): T => {
    if (!(key in value)) return fallback;
    const reading = read(value[key]);
    if (reading === null) problems.push(`Ignored the unreadable billing extra “${key}”.`);
    return reading ?? fallback;
  };
  const bool = (raw: unknown) => (typeof raw === 'boolean' ? raw : null);
  const currency = (raw: unknown) => {
    if (raw === null) return { value: null };
    if (!isRecord(raw) || !shortText(raw.code) || !shortText(raw.perUsd) || !shortText(raw.date)) return null;
    const date = raw.date.trim();
    if (date !== '' && !isCalendarDate(date)) {
      problems.push(
        `Ignored the exchange rate's date “${raw.date}”: it is not a calendar date (YYYY-MM-DD).`,
      );
      return { value: { code: raw.code, perUsd: raw.perUsd, date: '' } };
    }
    return { value: { code: raw.code, perUsd: raw.perUsd, date: raw.date } };
  };
  return {
    extras: {
      platformFeePercent: pick('platformFeePercent', textRecord, defaults.platformFeePercent),
      taxEnabled: pick('taxEnabled', bool, defaults.taxEnabled),
      taxPercent: pick('taxPercent', (raw) => (shortText(raw) ? raw : null), defaults.taxPercent),
      currency: pick('currency', currency, { value: defaults.currency }).value,
      minimumRechargeUsd: pick('minimumRechargeUsd', textRecord, defaults.minimumRechargeUsd),
      promotionalCreditUsd: pick(
        'promotionalCreditUsd',
        (raw) => (shortText(raw) ? raw : null),
        defaults.promotionalCreditUsd,
      ),
      includePromotionalCredit: pick('includePromotionalCredit', bool, defaults.includePromotionalCredit),
    },
    problems,
  };
}
