import { describe, expect, it } from 'vitest';
import { type PriceText, parsePrice, pricesDiffer } from '../domain/rates/prices';
import { findRoute, listModels } from '../domain/rates/route-catalog';
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

  it('flags a route as disagreeing exactly when a reference differs, or the source data says so', () => {
    for (const route of BUNDLED_ROUTES) {
      const differs = route.references.some((reference) => pricesDiffer(reference.prices, route.prices));
      if (differs) expect(route.disagrees, route.id).toBe(true);
      if (route.disagrees && !differs) expect(route.notes, route.id).toMatch(/SOURCES DISAGREE/);
    }
  });

  it('has a sheet date that is the newest full date in it', () => {
    expect(isValidDate(RATE_SHEET_DATE)).toBe(true);
    expect(BUNDLED_ROUTES.every((route) => route.source.date <= RATE_SHEET_DATE)).toBe(true);
  });
});
