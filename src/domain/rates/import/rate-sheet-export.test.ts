import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../../data/rate-sheet';
import { sheetOf } from '../../../testing/rate-sheet-samples';
import { type PriceTexts, parsePrice, priceToText } from '../prices';
import { plainText } from '../provenance';
import type { Route } from '../route';
import { exportRateSheet, importRateSheetText, readRateSheet } from './rate-sheet-import';

/** Prices as the importer stores them: "4.00" → "4". */
const canonical = (prices: PriceTexts): PriceTexts => ({
  input: priceToText(parsePrice(prices.input)!),
  cachedInput: prices.cachedInput === null ? null : priceToText(parsePrice(prices.cachedInput)!),
  output: priceToText(parsePrice(prices.output)!),
});
const canonicalRoute = (route: Route): Route => ({
  ...route,
  prices: canonical(route.prices),
  references: route.references.map((reference) => ({ ...reference, prices: canonical(reference.prices) })),
});

describe('exportRateSheet', () => {
  it('round-trips the bundled sheet (prices in canonical form)', () => {
    const result = importRateSheetText(exportRateSheet(BUNDLED_ROUTES));
    expect(result.problems).toEqual([]);
    expect(result.routes).toEqual(BUNDLED_ROUTES.map(canonicalRoute));
  });

  it('round-trips any route the importer produces', () => {
    // Texts the importer keeps as they are (already plain text, within the limits).
    const text = (limit: number) =>
      fc.string({ minLength: 1, maxLength: limit }).filter((value) => plainText(value, 200).text === value);
    const price = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(priceToText);
    const prices = fc.record({ input: price, cachedInput: fc.option(price), output: price });
    const source = fc.record({
      label: text(30),
      url: fc.constantFrom(null, 'https://example.com/prices?x=1'),
      date: fc.constantFrom('2026', '2026-02', '2024-02-29'),
      dateMeaning: text(30),
    });
    const entry = fc.record({
      group: fc.constantFrom('kimi' as const, 'comparison' as const),
      family: text(20),
      modelId: text(20),
      model: text(40),
      provider: text(40),
      variant: fc.option(text(10)),
      providerModelId: text(40),
      prices,
      contextWindow: fc.option(fc.integer({ min: 1, max: 100_000_000 })),
      maxOutput: fc.option(fc.integer({ min: 1, max: 100_000_000 })),
      source,
      note: fc.constantFrom('', 'a note'),
      references: fc.array(fc.record({ prices, source, note: fc.constantFrom('', 'ref') }), { maxLength: 3 }),
      disagrees: fc.boolean(),
      speed: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (drafts) => {
        const routes = readRateSheet(
          sheetOf(...drafts.map((draft, index) => ({ ...draft, id: `r${index}` }))),
        ).routes;
        const reread = importRateSheetText(exportRateSheet(routes));
        expect(reread.problems).toEqual([]);
        expect(reread.routes).toEqual(routes);
      }),
      { numRuns: 300 },
    );
  });
});
