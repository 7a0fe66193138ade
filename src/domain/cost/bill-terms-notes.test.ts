import { describe, expect, it } from 'vitest';
import { aRoute, billInputsOf } from '../../testing/builders';
import type { Route } from '../rates/route';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_REQUEST_SHAPE } from '../workload/shape-kinds';
import type { WorkloadShape } from '../workload/shapes';
import { billScenario } from './bill-scenario';
import { describeBillTerms } from './bill-terms-notes';

const source = { label: 'vendor page', url: null, date: '2026-10-25', dateMeaning: 'test' };
const K31 = aRoute(
  'Moonshot AI',
  { input: '2', cachedInput: '0.2', output: '10' },
  {
    modelName: 'Kimi K3.1 Pro',
    cacheWrites: [
      { price: '2', lifetimeMinutes: 5, source, basis: 'test' },
      { price: '4', lifetimeMinutes: 60, source, basis: 'test' },
    ],
    batch: { percentOfStandard: '60', note: 'Batch = 60 % of standard (batch page)' },
    toolFees: [
      { tool: '$web_search', usdPerCall: '0.005', source: 'tools page' },
      { tool: '$web_search', usdPerCall: '0.004', source: 'help centre' },
    ],
  },
);
const PLAIN = aRoute('Host', { input: '1', output: '4' });
const TIERED = aRoute(
  'Tiered',
  { input: '3', output: '15' },
  {
    longContextTiers: [
      { aboveTokens: 1_000, input: '6', cachedInput: null, output: '22.5', cacheWrites: [] },
    ],
  },
);
const terms = (shape: WorkloadShape, route: Route) =>
  describeBillTerms(billScenario(billInputsOf([shape]), [route], route));

describe('the sentences behind the bill', () => {
  // The default requests: 10,000 a month × 2,000 input tokens.
  // Rule: each term the bill used is said once, with its figure and its source; unused terms say nothing.
  it.each([
    { what: 'nothing special', shape: DEFAULT_REQUEST_SHAPE, route: K31, sentences: [] },
    {
      what: 'a 1-hour cache write',
      shape: { ...DEFAULT_REQUEST_SHAPE, cacheWriteRatePercent: 10, cacheWriteLifetimeMinutes: 60 },
      route: K31,
      sentences: [
        'Cache writes are billed at $4.00 per 1M tokens, the 1-hour write price of Kimi K3.1 Pro via Moonshot AI (vendor page, 2026-10-25).',
      ],
    },
    {
      what: 'a cache write with no write price',
      shape: { ...DEFAULT_REQUEST_SHAPE, cacheWriteRatePercent: 10 },
      route: PLAIN,
      sentences: [
        'Kimi K2.6 via Host publishes no cache-write price, so cache writes are billed at its input price.',
      ],
    },
    {
      what: 'long prompts',
      shape: DEFAULT_REQUEST_SHAPE,
      route: TIERED,
      sentences: [
        'Long-context prices of Kimi K2.6 via Tiered (prompts over 1,000 tokens) applied to 10,000 of 10,000 calls a month.',
      ],
    },
    {
      what: "the provider's batch rule",
      shape: { ...DEFAULT_REQUEST_SHAPE, batchSharePercent: 50 },
      route: K31,
      sentences: [
        "Batched traffic is billed at 60% of the standard prices, Moonshot AI's published rule: “Batch = 60 % of standard (batch page)”",
      ],
    },
    {
      what: 'no batch rule',
      shape: { ...DEFAULT_REQUEST_SHAPE, batchSharePercent: 50 },
      route: PLAIN,
      sentences: [
        'Kimi K2.6 via Host publishes no batch rule, so batched traffic is billed at the standard prices.',
      ],
    },
    {
      what: 'your own batch price',
      shape: { ...DEFAULT_REQUEST_SHAPE, batchSharePercent: 50, batchPriceMultiplierPercent: 45.5 },
      route: K31,
      sentences: ['Batched traffic is billed at your 45.5% of the standard prices.'],
    },
    {
      what: "the provider's disagreeing tool fees",
      shape: DEFAULT_AGENT_CHAIN_SHAPE,
      route: K31,
      sentences: [
        "Tool calls are billed at $0.005 each, Moonshot AI's published $web_search fee (tools page). Sources disagree: $0.004 (help centre).",
      ],
    },
    {
      what: 'no tool fee',
      shape: DEFAULT_AGENT_CHAIN_SHAPE,
      route: PLAIN,
      sentences: [
        'Host publishes no tool fee, so tool calls are billed at $0; set your own fee per tool call to count a search API.',
      ],
    },
    {
      what: 'your own tool fee',
      shape: { ...DEFAULT_AGENT_CHAIN_SHAPE, toolCallFeeUsd: 0.01 },
      route: PLAIN,
      sentences: ['Tool calls are billed at your $0.01 each.'],
    },
  ])('$what', ({ shape, route, sentences }) => {
    expect(terms(shape, route)).toEqual(sentences);
  });
});
