import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { aRoute, pricesOf } from '../../testing/builders';
import { prepareShape, priceShape } from '../cost/engine';
import { routeTariff } from '../cost/tariff';
import { toRoutePrices } from '../rates/prices';
import { DEFAULT_ROUTE_ID } from '../scenario/endpoint';
import { findFitProblems } from './fit';
import { findPreset, WORKLOAD_PRESETS } from './presets';
import { validateShape } from './shape-ranges';
import { largestCallAsWorkload } from './shape-tokens';

const K26_MOONSHOT = pricesOf('0.95', '0.16', '4.00');
/** Moonshot's K2.6 prices with its published $0.005 per $web_search call. */
const MOONSHOT_TARIFF = routeTariff(
  aRoute('moonshot', {}, { toolFees: [{ tool: '$web_search', usdPerCall: '0.005', source: 'test' }] }),
  K26_MOONSHOT,
);
const dollars = (text: string) => BigInt(text.replace('.', '')) * 10n ** 22n;

describe('workload presets', () => {
  it("are the seed's ten workloads, in its order, with unique ids", () => {
    expect(WORKLOAD_PRESETS.map((preset) => preset.name)).toEqual([
      'Classification and tagging',
      'Short chat responses',
      'High-reuse system prompt',
      'Retrieval with repeated context',
      'Automation pipeline with a fixed template',
      'Long-form generation',
      'Multi-turn support chat',
      'Agentic workflow',
      'Document-heavy analysis',
      'Verbose explanations',
    ]);
    const ids = WORKLOAD_PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findPreset(id)?.id).toBe(id);
    expect(findPreset('no-such-preset')).toBeUndefined();
  });

  it.each(WORKLOAD_PRESETS)('$name: explained in one sentence', ({ rationale }) => {
    expect(rationale).toMatch(/^[A-Z].{20,200}\.$/);
    expect(rationale.slice(0, -1)).not.toMatch(/\.\s/);
  });

  it.each(WORKLOAD_PRESETS)('$name: inside every documented range', ({ shape }) => {
    expect(validateShape(shape)).toEqual([]);
  });

  it.each(WORKLOAD_PRESETS)('$name: costs a finite, non-negative amount on every route', ({ shape }) => {
    for (const route of BUNDLED_ROUTES) {
      const bill = priceShape(prepareShape(shape), routeTariff(route, toRoutePrices(route.prices)));
      expect(bill.monthly >= 0n).toBe(true);
      expect(Object.values(bill.parts).every((part) => part >= 0n)).toBe(true);
    }
  });

  it.each(WORKLOAD_PRESETS)('$name: every call fits the default route', ({ shape }) => {
    const route = BUNDLED_ROUTES.find((candidate) => candidate.id === DEFAULT_ROUTE_ID);
    expect(route).toBeDefined();
    if (route) expect(findFitProblems(largestCallAsWorkload(shape), route)).toEqual([]);
  });

  // Rule: the presets cost what their shapes say, by hand at $0.95 / $0.16 / $4 per 1M tokens.
  it.each([
    // 50,000 × (800 × 0.95 + 150 × 4) / 1M = 50,000 × 0.00136
    { id: 'short-chat', monthly: '68.00' },
    // 200,000 × (450 × 0.95 + 10 × 4) / 1M
    { id: 'classification-tagging', monthly: '93.50' },
    // 6 turns: input 6 × 1,260 + 240 × 15 = 11,160; output 1,080 → 0.014922 × 20,000
    { id: 'multi-turn-support-chat', monthly: '298.44' },
    // 8 steps: input 8 × 4,000 + 1,750 × 28 = 81,000; output 2,000; 7 searches at Moonshot's
    // published $0.005 → 0.11995 × 3,000
    { id: 'agentic-workflow', monthly: '359.85' },
  ])('$id costs $monthly a month', ({ id, monthly }) => {
    const preset = findPreset(id);
    expect(preset).toBeDefined();
    if (preset)
      expect(priceShape(prepareShape(preset.shape), MOONSHOT_TARIFF).monthly).toBe(dollars(monthly));
  });
});
