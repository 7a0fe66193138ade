import { describe, expect, it } from 'vitest';
import { type PriceText, type PriceTexts, parsePrice, pricesDiffer } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import { findRoute, listModels } from '../domain/rates/route-catalog';
import { familyName, familyOf } from '../domain/rates/route-family';
import { successorRoute } from '../domain/rates/route-lifecycle';
import { DEFAULT_ROUTE_ID } from '../domain/scenario/endpoint';
import { ARTICLE_REFERENCES } from './article-references';
import { BUNDLED_ROUTES, RATE_SHEET_DATE } from './rate-sheet';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const [year, month = 1, day = 1] = text.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isPrice(text: PriceText | null): boolean {
  return text === null || parsePrice(text) !== null;
}

describe('the bundled rate sheet', () => {
  it('has unique route ids', () => {
    const ids = BUNDLED_ROUTES.map((route) => route.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds every price as a non-negative decimal with at most 6 decimals', () => {
    for (const route of BUNDLED_ROUTES) {
      for (const prices of [route.prices, ...route.references.map((reference) => reference.prices)]) {
        expect(isPrice(prices.input) && isPrice(prices.output) && isPrice(prices.cachedInput), route.id).toBe(
          true,
        );
        expect(prices.input).not.toBeNull();
      }
    }
  });

  it('gives every price a source and a valid date', () => {
    for (const route of BUNDLED_ROUTES) {
      for (const source of [route.source, ...route.references.map((reference) => reference.source)]) {
        expect(source.label.length, route.id).toBeGreaterThan(0);
        expect(isValidDate(source.date), `${route.id}: ${source.date}`).toBe(true);
        expect(source.dateMeaning.length).toBeGreaterThan(0);
        if (source.url !== null) expect(source.url, route.id).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives positive limits or none', () => {
    for (const route of BUNDLED_ROUTES) {
      for (const limit of [route.contextWindow, route.maxOutput]) {
        expect(limit === null || (Number.isInteger(limit) && limit > 0), route.id).toBe(true);
      }
    }
  });

  it('covers every Kimi generation and the comparison group', () => {
    const families = new Set(BUNDLED_ROUTES.map((route) => route.family));
    for (const family of ['K2', 'K2.5', 'K2.6', 'K2.7', 'K3', 'GPT', 'Claude', 'Gemini']) {
      expect(families.has(family), family).toBe(true);
    }
    expect(listModels(BUNDLED_ROUTES).map((model) => model.modelName)).toEqual(
      expect.arrayContaining(['Kimi K2 (0711)', 'Kimi K2 (0905)', 'Kimi K2 Turbo', 'Kimi K2 Thinking Turbo']),
    );
    const comparison = BUNDLED_ROUTES.filter((route) => route.group === 'comparison');
    expect(comparison.every((route) => !route.modelId.startsWith('kimi'))).toBe(true);
  });

  it('prices the default route like the seed article (K2.6 on Moonshot, $0.95 / $0.16 / $4.00)', () => {
    const route = findRoute(BUNDLED_ROUTES, DEFAULT_ROUTE_ID);
    expect(route?.prices).toEqual({ input: '0.95', cachedInput: '0.16', output: '4' });
  });

  it("carries the article's own figures as dated references, and flags the disagreement", () => {
    for (const [routeId, references] of Object.entries(ARTICLE_REFERENCES)) {
      const route = findRoute(BUNDLED_ROUTES, routeId);
      expect(route, routeId).toBeDefined();
      for (const reference of references) expect(route?.references).toContainEqual(reference);
    }
    const k26 = findRoute(BUNDLED_ROUTES, 'kimi-k2.6@moonshot-ai');
    expect(
      k26?.references.map((reference) => [reference.prices.input, reference.prices.output]),
    ).toContainEqual(['0.55', '2.65']);
    expect(k26?.disagrees).toBe(true);
  });

  // Rule: "Sources disagree" only when a reference gives other figures for the same route; a
  // regional price (a reference noted "Region: …") is another region's price, not a disagreement.
  it('flags a route as disagreeing exactly when a reference from its own region gives other figures', () => {
    for (const route of BUNDLED_ROUTES) {
      const differs = route.references.some(
        (reference) => !reference.note.startsWith('Region: ') && pricesDiffer(reference.prices, route.prices),
      );
      expect(route.disagrees, route.id).toBe(differs);
    }
  });

  it('has a sheet date that is the newest full date in it', () => {
    expect(isValidDate(RATE_SHEET_DATE)).toBe(true);
    expect(BUNDLED_ROUTES.every((route) => route.source.date <= RATE_SHEET_DATE)).toBe(true);
  });
});

/** Routes by model id × variant × provider: the sheet's real identity, whatever the ids say. */
const routeKey = (route: Route) => `${route.modelId}|${route.variant ?? ''}|${route.providerName}`;

/** Published figures as exact numbers ("4" = "4.00"). */
const asNumbers = (prices: PriceTexts) =>
  [prices.input, prices.cachedInput, prices.output].map((p) => p && parsePrice(p));

describe('the bundled rate sheet: December 2026 integrity', () => {
  it('has no two routes for the same model, variant and provider', () => {
    const keys = BUNDLED_ROUTES.map(routeKey);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  // kimi-prices.md §2, "Moonshot first-party prices (USD / 1M tokens)", transcribed: model id on
  // Moonshot's API, status, cache-hit input, input, cache write(s) 5 min / 1 h, output, context.
  const MOONSHOT_TABLE: [string, string, string, string, string[], string, number][] = [
    ['kimi-k3.1-pro-highspeed', 'active 2026-10-23', '0.2', '4', ['4', '8'], '20', 1_048_576],
    ['kimi-k3.1-pro', 'active 2026-10-23', '0.2', '2', ['2', '4'], '10', 1_048_576],
    ['kimi-k3', 'active', '0.3', '3', [], '15', 1_048_576],
    ['kimi-k2.7-code-highspeed', 'active', '0.38', '1.9', [], '8', 262_144],
    ['kimi-k2.7-code', 'active', '0.19', '0.95', [], '4', 262_144],
    ['kimi-k2.6', 'active', '0.16', '0.95', [], '4', 262_144],
    ['kimi-k2.5', 'unknown', '0.1', '0.6', [], '3', 262_144],
    ['kimi-k2-thinking-turbo', 'retired 2026-05-25', '0.15', '1.15', [], '8', 262_144],
    ['kimi-k2-thinking', 'retired 2026-05-25', '0.15', '0.6', [], '2.5', 262_144],
    ['kimi-k2-turbo-preview', 'retired 2026-05-25', '0.15', '1.15', [], '8', 262_144],
    ['kimi-k2-0905-preview', 'retired 2026-05-25', '0.15', '0.6', [], '2.5', 262_144],
    ['kimi-k2-0711-preview', 'retired 2026-05-25', '0.15', '0.6', [], '2.5', 131_072],
  ];
  const moonshot = BUNDLED_ROUTES.filter((route) => route.providerName === 'Moonshot AI');

  it.each(MOONSHOT_TABLE)(
    'Moonshot %s: %s, %s cached / %s in / writes %j / %s out, %d context',
    (apiId, status, cached, input, writes, output, context) => {
      const found = moonshot.filter((route) => route.providerModelId === apiId);
      expect(found, apiId).toHaveLength(1);
      const route = found[0] as Route;
      expect(asNumbers(route.prices)).toEqual(asNumbers({ input, cachedInput: cached, output }));
      expect(route.cacheWrites.map((write) => parsePrice(write.price))).toEqual(writes.map(parsePrice));
      if (writes.length === 2)
        expect(route.cacheWrites.map((write) => write.lifetimeMinutes)).toEqual([5, 60]);
      expect(route.contextWindow).toBe(context);
      const { lifecycle } = route;
      expect(lifecycle.date ? `${lifecycle.status} ${lifecycle.date}` : lifecycle.status).toBe(status);
    },
  );

  it('has every Moonshot Kimi route of the table, and no other', () => {
    const kimi = moonshot.filter((route) => route.group === 'kimi').map((route) => route.providerModelId);
    expect(kimi.sort()).toEqual(MOONSHOT_TABLE.map(([apiId]) => apiId).sort());
  });

  it('retires the Moonshot K2 series on 2026-05-25 with Kimi K2.6 on Moonshot as successor', () => {
    const k2 = moonshot.filter((route) => route.family === 'K2');
    expect(k2.length).toBeGreaterThan(0);
    for (const route of k2) {
      expect(route.lifecycle, route.id).toMatchObject({
        status: 'retired',
        date: '2026-05-25',
        successor: { modelId: 'kimi-k2.6', modelName: 'Kimi K2.6', routeId: 'kimi-k2.6@moonshot-ai' },
      });
      expect(route.lifecycle.source, route.id).toBeTruthy();
    }
  });

  it('sells Kimi K3.1 Pro on Moonshot at $2 / $0.20 cached / $10, writing the cache at $2 (5 min) or $4 (1 h)', () => {
    const route = findRoute(BUNDLED_ROUTES, 'kimi-k3.1-pro@moonshot-ai');
    expect(route?.prices).toEqual({ input: '2', cachedInput: '0.2', output: '10' });
    expect(route?.cacheWrites.map((write) => [write.price, write.lifetimeMinutes])).toEqual([
      ['2', 5],
      ['4', 60],
    ]);
    // Each figure says where it comes from: the record's cache-write field, and the note for 1 h.
    expect(route?.cacheWrites.map((write) => write.basis)).toEqual([
      expect.stringContaining('cacheWritePerM'),
      expect.stringContaining('1-hour cache write 4.00'),
    ]);
    expect(route?.lifecycle).toMatchObject({ status: 'active', date: '2026-10-23' });
  });

  it('bills Moonshot batch at 60 % and lists both official $web_search fees, where the data gives them', () => {
    const ruled = moonshot.filter((route) => route.batch !== null);
    expect(ruled.length).toBeGreaterThan(0);
    for (const route of ruled) expect(route.batch?.percentOfStandard, route.id).toBe('60');
    const k26 = findRoute(BUNDLED_ROUTES, 'kimi-k2.6@moonshot-ai');
    expect(k26?.toolFees.map((fee) => [fee.tool, fee.usdPerCall])).toEqual([
      ['$web_search', '0.005'],
      ['$web_search', '0.004'],
    ]);
  });

  it('keeps the default route: Kimi K2.6 on Moonshot, active', () => {
    expect(findRoute(BUNDLED_ROUTES, DEFAULT_ROUTE_ID)?.lifecycle.status).toBe('active');
  });

  it('derives every family from its model and gives each a human name', () => {
    for (const route of BUNDLED_ROUTES) {
      expect(route.family, route.id).toBe(familyOf(route.modelId, route.modelName));
      expect(route.group, route.id).toBe(route.modelId.startsWith('kimi') ? 'kimi' : 'comparison');
    }
    for (const family of new Set(BUNDLED_ROUTES.map((route) => route.family))) {
      expect(familyName(family), family).toMatch(/^[A-Z][\w.]*( [A-Z][\w.]*)*$/);
    }
  });

  it('dates every lifecycle, and resolves every successor the sheet sells to a route that is not retired', () => {
    for (const route of BUNDLED_ROUTES) {
      const { lifecycle } = route;
      if (lifecycle.date !== null) expect(isValidDate(lifecycle.date), route.id).toBe(true);
      if (lifecycle.status === 'unknown') expect(lifecycle.date, route.id).toBeNull();
      if (lifecycle.successor?.routeId) {
        const next = successorRoute(BUNDLED_ROUTES, route);
        expect(next?.id, route.id).toBe(lifecycle.successor.routeId);
        expect(next?.modelId, route.id).toBe(lifecycle.successor.modelId);
        expect(next?.lifecycle.status, route.id).not.toBe('retired');
      }
    }
  });

  it('holds cache writes, tiers and tool fees as exact prices with sources, in order', () => {
    for (const route of BUNDLED_ROUTES) {
      const writesInOrder = (writes: Route['cacheWrites']) => {
        for (const write of writes) {
          expect(isPrice(write.price), route.id).toBe(true);
          expect(write.source.label.length, route.id).toBeGreaterThan(0);
          expect(isValidDate(write.source.date), route.id).toBe(true);
          expect(write.basis.length, route.id).toBeGreaterThan(0);
        }
        const lifetimes = writes.map((write) => write.lifetimeMinutes ?? 0);
        expect(lifetimes, route.id).toEqual([...lifetimes].sort((a, b) => a - b));
      };
      writesInOrder(route.cacheWrites);
      const thresholds = route.longContextTiers.map((tier) => tier.aboveTokens);
      expect(thresholds, route.id).toEqual([...new Set(thresholds)].sort((a, b) => a - b));
      for (const tier of route.longContextTiers) {
        expect(Number.isInteger(tier.aboveTokens) && tier.aboveTokens > 0, route.id).toBe(true);
        expect(isPrice(tier.input) && isPrice(tier.cachedInput) && isPrice(tier.output), route.id).toBe(true);
        writesInOrder(tier.cacheWrites);
      }
      for (const fee of route.toolFees) {
        expect(isPrice(fee.usdPerCall) && fee.tool.length > 0 && fee.source.length > 0, route.id).toBe(true);
      }
      if (route.batch?.percentOfStandard) {
        expect(Number(route.batch.percentOfStandard), route.id).toBeLessThanOrEqual(100);
      }
    }
  });
});
