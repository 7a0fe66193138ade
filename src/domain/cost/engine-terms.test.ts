import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { toRoutePrices } from '../rates/prices';
import type { Route } from '../rates/route';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_CONVERSATION_SHAPE } from '../workload/shape-kinds';
import {
  type ConversationShape,
  DEFAULT_CALL_OPTIONS,
  type RequestShape,
  type WorkloadShape,
} from '../workload/shapes';
import { prepareShape, priceShape, priceUnit } from './engine';
import { routeTariff, writePriceFor } from './tariff';

/** Exact dollars as Money: '1222.506' → 1222.506 × 10^24. */
const usd = (text: string) => {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(24, '0'));
};
const tariffOf = (route: Route) => routeTariff(route, toRoutePrices(route.prices));
const bill = (shape: WorkloadShape, route: Route) => priceShape(prepareShape(shape), tariffOf(route));
const requests = (fields: Partial<RequestShape>): RequestShape => ({
  ...DEFAULT_CALL_OPTIONS,
  kind: 'requests',
  requestsPerMonth: 1_000,
  inputTokensPerRequest: 100_000,
  outputTokensPerRequest: 1_000,
  consumer: null,
  ...fields,
});
const write = (price: string, lifetimeMinutes: number | null) => ({
  price,
  lifetimeMinutes,
  source: { label: 'test', url: null, date: '2026-10-25', dateMeaning: 'test' },
  basis: 'test',
});

/** Kimi K3.1 Pro via Moonshot AI: $2 in, $0.20 cached, $10 out; writes $2 for 5 minutes, $4 for 1 hour. */
const K31_PRO = aRoute(
  'k3.1-pro',
  { input: '2', cachedInput: '0.2', output: '10' },
  { cacheWrites: [write('2', 5), write('4', 60)] },
);
/** A route that publishes no write price (Kimi's automatic caching): writes cost the input price. */
const NO_WRITE_PRICE = aRoute('automatic', { input: '2', cachedInput: '0.2', output: '10' });

describe('cache writes', () => {
  // Rule: the cache write rate's share of each call's input is billed at the write price instead of the
  // input price; hits and writes together never exceed the input (a write rate above 100 % − hit is read
  // as 100 % − hit). 1,000 requests × 100,000 input and 1,000 output tokens: 100M input, 1M output.
  it.each([
    // 10M written × $2 + 90M × $2 + 1M × $10 = $210.
    { hit: 0, rate: 10, minutes: 5, route: K31_PRO, written: 10_000_000n, line: '20', monthly: '210' },
    // The 1-hour write: 10M × $4 = $40, total $230.
    { hit: 0, rate: 10, minutes: 60, route: K31_PRO, written: 10_000_000n, line: '40', monthly: '230' },
    // Half the prefix from cache: 50M × $0.20 = $10; 10M written × $2 = $20; 40M × $2 = $80; output $10.
    { hit: 50, rate: 10, minutes: 5, route: K31_PRO, written: 10_000_000n, line: '20', monthly: '120' },
    // 95 % hits leave 5 % to write: 95M × $0.20 + 5M × $2 + 0 input + $10 = $39.
    { hit: 95, rate: 10, minutes: 5, route: K31_PRO, written: 5_000_000n, line: '10', monthly: '39' },
    // No write price: 10M written × $2 (the input price) — the same $210 as without writes.
    {
      hit: 0,
      rate: 10,
      minutes: 60,
      route: NO_WRITE_PRICE,
      written: 10_000_000n,
      line: '20',
      monthly: '210',
    },
    // No writes, no line.
    { hit: 0, rate: 0, minutes: 5, route: K31_PRO, written: 0n, line: '0', monthly: '210' },
  ])('$rate% written at $hit% hits for $minutes min on $route.id: $line of $monthly', (row) => {
    const result = bill(
      requests({
        cacheHitRatePercent: row.hit,
        cacheWriteRatePercent: row.rate,
        cacheWriteLifetimeMinutes: row.minutes,
      }),
      row.route,
    );
    expect(result.tokens.cacheWrite).toBe(row.written);
    expect(result.tokens.input + result.tokens.cachedInput + result.tokens.cacheWrite).toBe(100_000_000n);
    expect(result.parts.cacheWrite).toBe(usd(row.line));
    expect(result.monthly).toBe(usd(row.monthly));
    expect(result.terms.cacheWriteAtInputPrice).toBe(row.route === NO_WRITE_PRICE && row.rate > 0);
  });

  // Rule: a write is billed at the shortest-lived price that lives at least as long as asked; when none
  // lives that long, at the longest-lived one; a lifetime not stated counts as 5 minutes; none: input price.
  it.each([
    { writes: [write('2', 5), write('4', 60)], minutes: 5, price: 2_000_000n },
    { writes: [write('2', 5), write('4', 60)], minutes: 30, price: 4_000_000n },
    { writes: [write('2', 5), write('4', 60)], minutes: 60, price: 4_000_000n },
    { writes: [write('3.75', null)], minutes: 60, price: 3_750_000n },
    { writes: [write('4', 60), write('2', 5)], minutes: 5, price: 2_000_000n },
    { writes: [], minutes: 5, price: null },
  ])(
    'writes $writes.length prices, $minutes min: $price micro-dollars per 1M',
    ({ writes, minutes, price }) => {
      const tariff = tariffOf(aRoute('r', {}, { cacheWrites: writes }));
      expect(writePriceFor(tariff.standard, minutes)?.price ?? null).toBe(price);
    },
  );
});

/** Long context above 200,000 tokens: $3 / $0.30 / $15 below, $6 / $0.60 / $22.50 above (Sonnet 4.5's shape). */
const TIERED = aRoute(
  'tiered',
  { input: '3', cachedInput: '0.3', output: '15' },
  {
    longContextTiers: [
      { aboveTokens: 200_000, input: '6', cachedInput: '0.6', output: '22.5', cacheWrites: [] },
    ],
  },
);

describe('long-context tiers', () => {
  // Rule: a call whose prompt is longer than the threshold is billed, whole, at the tier's prices; a
  // prompt of exactly the threshold is not. 1,000 requests with 1,000 output tokens each.
  it.each([
    // 1,000 × (199,999 × $3 + 1,000 × $15) / 1M = $614.997
    { input: 199_999, monthly: '614.997', tierCalls: [] },
    // 1,000 × (200,000 × $3 + 1,000 × $15) / 1M = $615
    { input: 200_000, monthly: '615', tierCalls: [] },
    // 1,000 × (200,001 × $6 + 1,000 × $22.50) / 1M = $1,222.506
    { input: 200_001, monthly: '1222.506', tierCalls: [{ aboveTokens: 200_000, calls: 1_000n }] },
  ])('$input input tokens a request: $monthly a month', ({ input, monthly, tierCalls }) => {
    const result = bill(requests({ inputTokensPerRequest: input }), TIERED);
    expect(result.monthly).toBe(usd(monthly));
    expect(result.terms.longContextCalls).toEqual(tierCalls);
  });

  // Rule: in a conversation the prompt grows every turn, so the tier applies from the first turn whose
  // prompt passes the threshold. 150,000-token system prompt, 10,000 user and 10,000 reply tokens a
  // turn, 4 turns: prompts of 160k, 180k, 200k and 220k tokens; only turn 4 is over 200,000.
  it('bills a conversation per turn: turns 1–3 at the standard prices, turn 4 at the tier', () => {
    const chat: ConversationShape = {
      ...DEFAULT_CONVERSATION_SHAPE,
      conversationsPerMonth: 100,
      turnsPerConversation: 4,
      systemPromptTokens: 150_000,
      userTokensPerTurn: 10_000,
      replyTokensPerTurn: 10_000,
    };
    // Turns 1–3: 540,000 × $3 + 30,000 × $15 = $2.07; turn 4: 220,000 × $6 + 10,000 × $22.50 = $1.545.
    const result = bill(chat, TIERED);
    expect(result.monthly).toBe(usd('361.5'));
    expect(result.terms.longContextCalls).toEqual([{ aboveTokens: 200_000, calls: 100n }]);
    // A 3-turn conversation never reaches the tier: $2.07.
    expect(priceUnit(prepareShape(chat), tariffOf(TIERED), 3)).toBe(usd('2.07'));
  });
});

const HALF_BATCHED = requests({
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
  batchSharePercent: 50,
});
const RULED = aRoute(
  'ruled',
  { input: '0.95', cachedInput: '0.16', output: '4' },
  { batch: { percentOfStandard: '60', note: 'Batch = 60 % of standard (test page)' } },
);
const UNRULED = aRoute('unruled', { input: '0.95', cachedInput: '0.16', output: '4' });

describe('batch at each provider’s rule', () => {
  // Rule: batched units pay the user's percentage when set; otherwise the provider's published rule;
  // otherwise (no rule published) the standard price. The seed's 1,000 requests cost $3.90; half batched.
  it.each([
    { route: RULED, own: null, batch: '1.17', monthly: '3.12', rule: 'provider' },
    { route: UNRULED, own: null, batch: '1.95', monthly: '3.9', rule: 'none published' },
    { route: RULED, own: 40, batch: '0.78', monthly: '2.73', rule: 'yours' },
    { route: UNRULED, own: 50, batch: '0.975', monthly: '2.925', rule: 'yours' },
  ])('$route.id with your percentage $own: batch $batch, $monthly a month', (row) => {
    const result = bill({ ...HALF_BATCHED, batchPriceMultiplierPercent: row.own }, row.route);
    expect(result.parts.batch).toBe(usd(row.batch));
    expect(result.monthly).toBe(usd(row.monthly));
    expect(result.terms.batch?.rule).toBe(row.rule);
    expect(result.terms.batch?.note ?? null).toBe(row.own === null ? (row.route.batch?.note ?? null) : null);
  });
});

/** Moonshot publishes $web_search at $0.005 (pricing page) and $0.004 (help centre). */
const MOONSHOT = aRoute(
  'moonshot',
  { input: '0.95', cachedInput: '0.16', output: '4' },
  {
    toolFees: [
      { tool: '$web_search', usdPerCall: '0.005', source: 'https://platform.kimi.ai/docs/pricing/tools' },
      { tool: '$web_search', usdPerCall: '0.004', source: 'https://www.kimi.com/help/kimi-api/api-pricing' },
    ],
  },
);

describe('tool fees per provider', () => {
  // Rule: tool calls pay the user's fee when set; otherwise the provider's first published fee (the
  // others are kept as disagreeing sources); otherwise $0. 1,000 tasks × 4 tool calls a month.
  it.each([
    { route: MOONSHOT, own: null, fees: '20', rule: 'provider', disagreeing: ['0.004'] },
    { route: UNRULED, own: null, fees: '0', rule: 'none published', disagreeing: [] },
    { route: MOONSHOT, own: 0.01, fees: '40', rule: 'yours', disagreeing: ['0.004'] },
  ])('$route.id with your fee $own: $fees in tool fees', ({ route, own, fees, rule, disagreeing }) => {
    const result = bill({ ...DEFAULT_AGENT_CHAIN_SHAPE, toolCallFeeUsd: own }, route);
    expect(result.parts.toolFees).toBe(usd(fees));
    expect(result.terms.toolFee?.rule).toBe(rule);
    expect(result.terms.toolFee?.provider?.disagreeing.map((fee) => fee.usdPerCall) ?? []).toEqual(
      disagreeing,
    );
  });

  it('has no tool-fee terms for a workload without tool calls', () => {
    expect(bill({ ...DEFAULT_AGENT_CHAIN_SHAPE, toolCallsPerStep: 0 }, MOONSHOT).terms.toolFee).toBeNull();
  });
});
