/**
 * What e2e specs may know about the bundled rate sheet without hard-coding it: third-party routes and
 * prices change with every refresh (`npm run prices`), so specs either use Moonshot's own prices
 * (pinned by src/data/rate-sheet.test.ts), pick their routes from the bundled data here, or import a
 * fixture sheet of their own through the UI (importSheet).
 */
import type { Page } from '@playwright/test';
import { BUNDLED_ROUTES } from '../src/data/rate-sheet';
import { parsePrice } from '../src/domain/rates/prices';
import type { Route } from '../src/domain/rates/route';
import { DEFAULT_ROUTE_FILTER, filterRoutes } from '../src/domain/rates/route-filter';
import { expect } from './fixtures';

export { BUNDLED_ROUTES };

/** The routes the comparison table lists before any filter is touched. */
export const DEFAULT_TABLE_ROUTES: readonly Route[] = filterRoutes(BUNDLED_ROUTES, DEFAULT_ROUTE_FILTER);

/** The bundled routes of a model with no endpoint variant. */
export const plainRoutesOf = (modelId: string): Route[] =>
  BUNDLED_ROUTES.filter((route) => route.modelId === modelId && route.variant === null);

/** The first route that satisfies `test`; fails loudly when the sheet has none (the spec needs a new pick). */
export function pickRoute(what: string, test: (route: Route) => boolean): Route {
  const route = BUNDLED_ROUTES.find(test);
  if (!route) throw new Error(`The bundled sheet has no ${what}; choose another route for this spec.`);
  return route;
}

/**
 * The routes that cost least a request for `input` / `output` tokens and no cache hits, among those
 * known to fit (input + output within a published context window, output within a published max
 * output; a route that does not publish a limit the request needs may not fit and is left out), with
 * that cost in 10⁻¹² $ (tokens × micro-dollars per 1M).
 */
export function cheapestFitting(
  routes: readonly Route[],
  input: number,
  output: number,
): { routes: Route[]; costPerRequest: bigint } {
  const fits = (route: Route) =>
    route.contextWindow !== null &&
    input + output <= route.contextWindow &&
    (output === 0 || (route.maxOutput !== null && output <= route.maxOutput));
  const cost = (route: Route) =>
    BigInt(input) * (parsePrice(route.prices.input) as bigint) +
    BigInt(output) * (parsePrice(route.prices.output) as bigint);
  const fitting = routes.filter(fits);
  const [least = 0n] = fitting.map(cost).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { routes: fitting.filter((route) => cost(route) === least), costPerRequest: least };
}

/** Imports a rate sheet in the app's own schema through "Import and export prices", and waits for the report. */
export async function importSheet(page: Page, routes: readonly object[]): Promise<void> {
  const panel = page.getByRole('region', { name: 'Import and export prices' });
  const sheet = { schema: 'kimi-cost-calculator/rate-sheet', version: 1, routes };
  await panel.getByRole('textbox', { name: 'Paste rate sheet' }).fill(JSON.stringify(sheet));
  await panel.getByRole('button', { name: 'Import prices' }).click();
  await expect(panel.getByRole('status')).toContainText(
    `Imported ${routes.length} ${routes.length === 1 ? 'route' : 'routes'}`,
  );
}

/** A Kimi K2.6 route for a fixture sheet: a made-up host at the given prices (USD per 1M tokens). */
export function k26Route(
  provider: string,
  prices: { input: string; cachedInput: string | null; output: string },
  limits: { contextWindow?: number; maxOutput?: number } = {},
): object {
  return {
    model: 'Kimi K2.6',
    modelId: 'kimi-k2.6',
    family: 'K2.6',
    provider,
    prices,
    contextWindow: limits.contextWindow ?? 262_144,
    maxOutput: limits.maxOutput ?? 262_144,
    source: { label: `${provider} test price list`, date: '2026-11-01' },
  };
}
