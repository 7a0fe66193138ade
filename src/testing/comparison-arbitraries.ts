/**
 * fast-check generators for the comparison table's inputs: a sheet drawn from the bundled one (real
 * tariffs: tiers, batch rules, tool fees), with copies that tie on price and on name, limits that make
 * routes fit, not fit or not publish a limit, some measured speeds, price overrides, one to three
 * endpoints, and billing extras or none.
 */
import fc from 'fast-check';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import {
  type BillingExtras,
  DEFAULT_BILLING_EXTRAS_INPUT,
  readBillingExtras,
} from '../domain/billing/extras-input';
import type { BillInputs } from '../domain/cost/bill-scenario';
import type { PriceOverrides } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import {
  DEFAULT_AGENT_CHAIN_SHAPE,
  DEFAULT_CONVERSATION_SHAPE,
  DEFAULT_REQUEST_SHAPE,
} from '../domain/workload/shape-kinds';
import { anyShape } from './arbitraries';
import { billInputsOf } from './builders';

export interface ComparisonInputs {
  readonly routes: readonly Route[];
  readonly scenario: BillInputs;
  readonly extras: BillingExtras | null;
}

const anyLimit = fc.constantFrom<number | null | 'sheet'>('sheet', 'sheet', null, 1_000, 8_192, 262_144);
const anyOverride: fc.Arbitrary<PriceOverrides | null> = fc.constantFrom(
  null,
  null,
  null,
  { input: '0.5' },
  { output: '0' },
  { cachedInput: null },
  { input: '2', cachedInput: '0.01', output: '9.5' },
);

const anySheetRoute = fc.record({
  base: fc.constantFrom(...BUNDLED_ROUTES),
  /** A copy of a sheet route with its own id: the same prices (a tie) under the same or another name. */
  renamed: fc.boolean(),
  contextWindow: anyLimit,
  maxOutput: anyLimit,
  speed: fc.option(fc.constantFrom(40, 90, 90, 250), { nil: null }),
  override: anyOverride,
});

/** Ordinary shapes fit most routes; the generated ones (up to 10M tokens a call) fit few. */
const anyEndpointShape = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(DEFAULT_REQUEST_SHAPE, DEFAULT_CONVERSATION_SHAPE, DEFAULT_AGENT_CHAIN_SHAPE),
  },
  { weight: 1, arbitrary: anyShape },
);

const anyExtras: fc.Arbitrary<BillingExtras | null> = fc.constantFrom(
  null,
  readBillingExtras({
    ...DEFAULT_BILLING_EXTRAS_INPUT,
    platformFeePercent: { 'Moonshot AI': '5.5', OpenRouter: '5' },
    taxEnabled: true,
    taxPercent: '20',
  }).extras,
  readBillingExtras({
    ...DEFAULT_BILLING_EXTRAS_INPUT,
    currency: { code: 'EUR', perUsd: '0.9137', date: '2026-11-30' },
  }).extras,
);

export const anyComparisonInputs: fc.Arbitrary<ComparisonInputs> = fc
  .record({
    items: fc.array(anySheetRoute, { maxLength: 70, size: 'medium' }),
    shapes: fc.array(anyEndpointShape, { minLength: 1, maxLength: 3 }),
    extras: anyExtras,
  })
  .map(({ items, shapes, extras }) => {
    const overrides: Record<string, PriceOverrides> = {};
    const routes = items.map((item, index): Route => {
      const { base } = item;
      const route: Route = {
        ...base,
        id: `${base.id}#${index}`,
        providerName: item.renamed ? `${base.providerName} ${index % 3}` : base.providerName,
        contextWindow: item.contextWindow === 'sheet' ? base.contextWindow : item.contextWindow,
        maxOutput: item.maxOutput === 'sheet' ? base.maxOutput : item.maxOutput,
        speed:
          item.speed === null
            ? base.speed
            : { outputTokensPerSecond: item.speed, timeToFirstTokenSeconds: 0.5, source: base.source },
      };
      if (item.override) overrides[route.id] = item.override;
      return route;
    });
    return { routes, scenario: billInputsOf(shapes, overrides), extras };
  });
