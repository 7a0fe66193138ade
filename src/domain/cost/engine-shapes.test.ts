import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyAgentChain, anyConversation } from '../../testing/arbitraries';
import { pricesOf } from '../../testing/builders';
import { aConversation, anAgentChain, aRequestShape } from '../../testing/shape-builders';
import { parseExactDecimal, toScaledInteger } from '../money/decimal';
import type { Money } from '../money/money';
import type { MicroDollarsPerMillion, RoutePrices } from '../rates/prices';
import { MAX_TURNS_OR_STEPS, validateShape } from '../workload/shape-ranges';
import { largestCallAsWorkload } from '../workload/shape-tokens';
import type { AgentChainShape, ConversationShape, WorkloadShape } from '../workload/shapes';
import { sumParts } from './bill';
import { prepareShape, priceShape, priceUncapped, priceUnit } from './engine';
import { plainTariff } from './tariff';

/** Exact Money from a decimal dollar amount: usd('0.012075'). */
const usd = (text: string): Money => toScaledInteger(parseExactDecimal(text)!, 24)!;
const K26_MOONSHOT = pricesOf('0.95', '0.16', '4.00');

/** One shape on one route through the engine: the month, one unit, and what the output cap saves. */
function priced(shape: WorkloadShape, prices: RoutePrices) {
  const prepared = prepareShape(shape);
  const bill = priceShape(prepared, plainTariff(prices));
  const capSaving = priceUncapped(prepared, plainTariff(prices)) - bill.monthly;
  return {
    bill,
    perUnit: priceUnit(prepared, plainTariff(prices)),
    units: prepared.units,
    batchUnits: prepared.batchUnits,
    capSaving,
  };
}

/** One unit's tokens: the month's tokens of a month with one unit. */
function unitTokensOf(shape: ConversationShape | AgentChainShape) {
  const one =
    shape.kind === 'conversation' ? { ...shape, conversationsPerMonth: 1 } : { ...shape, tasksPerMonth: 1 };
  return prepareShape(one).tokens;
}

/** One unit's cost at each of the given lengths (turns or steps). */
const perUnitAtLengths = (shape: WorkloadShape, prices: RoutePrices, lengths: readonly number[]) =>
  lengths.map((length) => priceUnit(prepareShape(shape), plainTariff(prices), length));

describe('conversation tokens', () => {
  // Rule: turn t sends S + (t − 1)(U + A) + U, so T turns send T(S + U) + (U + A)·T(T − 1)/2 input
  // tokens; the repeated prefix is everything but the T new user messages; output is T·A.
  it.each([
    { turns: 1, system: 1_000, user: 100, reply: 200, input: 1_100n, prefix: 1_000n, output: 200n },
    // 1,100 + 1,400 + 1,700 + 2,000 + 2,300
    { turns: 5, system: 1_000, user: 100, reply: 200, input: 8_500n, prefix: 8_000n, output: 1_000n },
    // 50 + 150 + 250
    { turns: 3, system: 0, user: 50, reply: 50, input: 450n, prefix: 300n, output: 150n },
    // 10 × 2,100 + 400 × 45
    { turns: 10, system: 2_000, user: 100, reply: 300, input: 39_000n, prefix: 38_000n, output: 3_000n },
  ])('$turns turns of $user + $reply under a $system-token prompt send $input input tokens', (row) => {
    const shape = aConversation({
      turnsPerConversation: row.turns,
      systemPromptTokens: row.system,
      userTokensPerTurn: row.user,
      replyTokensPerTurn: row.reply,
    });
    const tokens = unitTokensOf(shape);
    expect(tokens).toMatchObject({ input: row.input, repeatedPrefix: row.prefix, output: row.output });
    expect(tokens.cachedInput).toBe(0n);
  });
});

describe('conversation cost', () => {
  // Rule: the cache-hit share of the repeated prefix is billed at the cached price. 10,000 five-turn
  // conversations at $0.95 / $0.16 / $4 per 1M: prefix 8,000, new input 500, output 1,000 tokens each.
  it.each([
    // 8,500 × 0.95 + 1,000 × 4 = 0.008075 + 0.004
    { hit: 0, input: '80.75', cachedInput: '0', output: '40', perConversation: '0.012075' },
    // 500 × 0.95 = 0.000475; 8,000 × 0.16 = 0.00128
    { hit: 100, input: '4.75', cachedInput: '12.80', output: '40', perConversation: '0.005755' },
    // (4,000 + 500) × 0.95 = 0.004275; 4,000 × 0.16 = 0.00064
    { hit: 50, input: '42.75', cachedInput: '6.40', output: '40', perConversation: '0.008915' },
  ])('$hit% cache hits: $perConversation per conversation', (row) => {
    const cost = priced(aConversation({ cacheHitRatePercent: row.hit }), K26_MOONSHOT);
    expect(cost.bill.parts).toMatchObject({
      input: usd(row.input),
      cachedInput: usd(row.cachedInput),
      output: usd(row.output),
    });
    expect(cost.perUnit).toBe(usd(row.perConversation));
    expect(cost.bill.monthly).toBe(usd(row.perConversation) * cost.units);
  });

  it('grows with every turn: 1 to 5 turns', () => {
    // Inputs 1,100 / 2,500 / 4,200 / 6,200 / 8,500 at $0.95, plus 200 output tokens a turn at $4.
    expect(perUnitAtLengths(aConversation(), K26_MOONSHOT, [1, 2, 3, 4, 5])).toEqual(
      ['0.001845', '0.003975', '0.00639', '0.00909', '0.012075'].map(usd),
    );
  });
});

describe('agent chains', () => {
  // Rule: step k sends B + (k − 1)(O + D); the first N − 1 steps each make C tool calls at the fee,
  // and the newest tool results are the only new input. 4 steps, B = 2,000, D = 1,000, O = 200, C = 1:
  // inputs 2,000 + 3,200 + 4,400 + 5,600 = 15,200 (3,000 new), output 800, 3 tool calls.
  it.each([
    // 15,200 × 0.95 = 0.01444; 800 × 4 = 0.0032; 3 × 0.005 = 0.015
    { hit: 0, perTask: '0.03264', input: '14.44', cachedInput: '0' },
    // 3,000 × 0.95 = 0.00285; 12,200 × 0.16 = 0.001952
    { hit: 100, perTask: '0.023002', input: '2.85', cachedInput: '1.952' },
  ])('$hit% cache hits: $perTask per task', ({ hit, perTask, input, cachedInput }) => {
    const shape = anAgentChain({ cacheHitRatePercent: hit });
    const cost = priced(shape, K26_MOONSHOT);
    expect(unitTokensOf(shape)).toMatchObject({ repeatedPrefix: 12_200n, output: 800n, toolCalls: 3n });
    expect(cost.perUnit).toBe(usd(perTask));
    expect(cost.bill.parts).toMatchObject({
      input: usd(input),
      cachedInput: usd(cachedInput),
      output: usd('3.2'),
      toolFees: usd('15'),
    });
  });

  it('tracks the whole chain: 1 to 4 steps', () => {
    // 1 step: 2,000 in, 200 out, no tools; each later step adds its input, output and one search.
    expect(perUnitAtLengths(anAgentChain(), K26_MOONSHOT, [1, 2, 3, 4])).toEqual(
      ['0.0027', '0.01154', '0.02152', '0.03264'].map(usd),
    );
  });

  it('adds the retry buffer to tool fees too', () => {
    const cost = priced(anAgentChain({ retryBufferPercent: 10 }), K26_MOONSHOT);
    expect(cost.bill.parts.toolFees).toBe(usd('16.5'));
  });
});

describe('reasoning tokens, output cap, batch share and consumer apps', () => {
  // 1,000 requests × 2,000 in × 500 out at $0.95 / $4: input $1.90, output $2.00.
  // Rule: reasoning is billed at the output price as its own line; the cap bounds reasoning first,
  // then the reply; the saving is what the uncapped shape costs more.
  it.each([
    { reasoning: 1_500, cap: null, output: '2', reasoningCost: '6', monthly: '9.9', saving: '0' },
    { reasoning: 0, cap: 300, output: '1.2', reasoningCost: '0', monthly: '3.1', saving: '0.8' },
    { reasoning: 0, cap: 600, output: '2', reasoningCost: '0', monthly: '3.9', saving: '0' },
    { reasoning: 1_500, cap: 1_000, output: '0', reasoningCost: '4', monthly: '5.9', saving: '4' },
    { reasoning: 300, cap: 600, output: '1.2', reasoningCost: '1.2', monthly: '4.3', saving: '0.8' },
  ])('reasoning $reasoning, cap $cap', ({ reasoning, cap, output, reasoningCost, monthly, saving }) => {
    const shape = aRequestShape({ reasoningTokensPerCall: reasoning, maxOutputTokensPerCall: cap });
    const cost = priced(shape, K26_MOONSHOT);
    expect(cost.bill.parts).toMatchObject({ input: usd('1.9'), output: usd(output) });
    expect(cost.bill.parts.reasoning).toBe(usd(reasoningCost));
    expect(cost.bill.monthly).toBe(usd(monthly));
    expect(cost.capSaving).toBe(usd(saving));
  });

  it('caps a conversation reply, so later turns re-send less', () => {
    // Replies of 100: input 5 × 1,100 + 200 × 10 = 7,500 → 0.007125 + 500 × 4 = 0.002, × 10,000.
    const cost = priced(aConversation({ maxOutputTokensPerCall: 100 }), K26_MOONSHOT);
    expect(cost.bill.monthly).toBe(usd('91.25'));
    expect(cost.capSaving).toBe(usd('29.5'));
  });

  // Rule: the batch share of units (rounded half up) pays the multiplier on every token price.
  it.each([
    { requestsPerMonth: 1_000, share: 25, batchUnits: 250n, batch: '0.4875', monthly: '3.4125' },
    { requestsPerMonth: 1_000, share: 100, batchUnits: 1_000n, batch: '1.95', monthly: '1.95' },
    { requestsPerMonth: 1_000, share: 33.33, batchUnits: 333n, batch: '0.64935', monthly: '3.25065' },
    { requestsPerMonth: 3, share: 50, batchUnits: 2n, batch: '0.0039', monthly: '0.0078' },
  ])('$share% of $requestsPerMonth requests at half price', (row) => {
    const shape = aRequestShape({
      requestsPerMonth: row.requestsPerMonth,
      batchSharePercent: row.share,
      batchPriceMultiplierPercent: 50,
    });
    const cost = priced(shape, K26_MOONSHOT);
    expect(cost.batchUnits).toBe(row.batchUnits);
    expect(cost.bill.parts.batch).toBe(usd(row.batch));
    expect(cost.bill.monthly).toBe(usd(row.monthly));
  });

  // Rule: requests = users × requests per user (half up); cost per user = monthly ÷ users (to 10^-24 $).
  it.each([
    { users: 2_000, perUser: 5, requests: 10_000n, monthly: '39', costPerUser: '0.0195' },
    { users: 3, perUser: 2.5, requests: 8n, monthly: '0.0312', costPerUser: '0.0104' },
  ])('$users users × $perUser requests', ({ users, perUser, requests: expected, monthly, costPerUser }) => {
    const cost = priced(
      aRequestShape({ consumer: { usersPerMonth: users, requestsPerUser: perUser } }),
      K26_MOONSHOT,
    );
    expect(cost.units).toBe(expected);
    expect(cost.bill.monthly).toBe(usd(monthly));
    expect(cost.bill.monthly).toBe(usd(costPerUser) * BigInt(users));
  });
});

describe('at the limits', () => {
  it('stays exact with every field at its maximum', () => {
    const tokens = { systemPromptTokens: 1e6, userTokensPerTurn: 1e6, replyTokensPerTurn: 1e6 };
    const shape = aConversation({ ...tokens, conversationsPerMonth: 1e12, turnsPerConversation: 500 });
    const cost = priced(shape, pricesOf('10000', '10000', '10000'));
    // 500 × 10^6 + 2 × 10^6 × 500 × 499 / 2
    expect(unitTokensOf(shape).repeatedPrefix).toBe(250_000_000_000n);
    expect(cost.bill.monthly).toBe(cost.perUnit * 10n ** 12n);
  });

  it('sizes the largest call as the last turn or step, for the route fit checks', () => {
    expect(largestCallAsWorkload(aConversation())).toMatchObject({
      inputTokensPerRequest: 2_300,
      outputTokensPerRequest: 200,
    });
    // Step 4 sends 2,000 + 3 × (200 + 1,000); reasoning is generated but never re-sent.
    expect(largestCallAsWorkload(anAgentChain({ reasoningTokensPerCall: 50 }))).toMatchObject({
      inputTokensPerRequest: 5_600,
      outputTokensPerRequest: 250,
    });
    expect(largestCallAsWorkload(aRequestShape())).toMatchObject({ inputTokensPerRequest: 2_000 });
  });
});

const price = fc.bigInt({ min: 0n, max: 100_000_000n }) as fc.Arbitrary<MicroDollarsPerMillion>;
const prices = fc.record({
  inputPerMillion: price,
  cachedInputPerMillion: fc.option(price, { nil: null }),
  outputPerMillion: price,
});
const percent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);
const length = fc.integer({ min: 1, max: MAX_TURNS_OR_STEPS });
const shapes = fc.oneof(anyConversation, anyAgentChain);
const withLength = (shape: ConversationShape | AgentChainShape, calls: number) =>
  shape.kind === 'conversation'
    ? { ...shape, turnsPerConversation: calls }
    : { ...shape, stepsPerTask: calls };

describe('laws of the shapes', () => {
  it('generates only shapes that validate', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        expect(validateShape(shape)).toEqual([]);
      }),
    );
  });

  it('never costs less with more turns or steps', () => {
    fc.assert(
      fc.property(shapes, prices, length, (shape, routePrices, other) => {
        const current = shape.kind === 'conversation' ? shape.turnsPerConversation : shape.stepsPerTask;
        const [fewer, more] = [Math.min(current, other), Math.max(current, other)];
        const short = priced(withLength(shape, fewer), routePrices);
        const long = priced(withLength(shape, more), routePrices);
        expect(long.bill.monthly >= short.bill.monthly).toBe(true);
        expect(long.perUnit >= short.perUnit).toBe(true);
      }),
    );
  });

  it('grows one unit step by step, ending at the unit cost', () => {
    fc.assert(
      fc.property(shapes, prices, (shape, routePrices) => {
        const length = shape.kind === 'conversation' ? shape.turnsPerConversation : shape.stepsPerTask;
        const series = perUnitAtLengths(
          shape,
          routePrices,
          Array.from({ length }, (_, index) => index + 1),
        );
        for (let calls = 1; calls < series.length; calls += 1) {
          expect((series[calls] as Money) >= (series[calls - 1] as Money)).toBe(true);
        }
        expect(series.at(-1)).toBe(priced(shape, routePrices).perUnit);
      }),
      { numRuns: 40 },
    );
  });

  it('never costs more with more caching when cached input is no dearer than input', () => {
    fc.assert(
      fc.property(shapes, prices, percent, (shape, routePrices, otherRate) => {
        const cached = routePrices.cachedInputPerMillion;
        fc.pre(cached === null || cached <= routePrices.inputPerMillion);
        const [low, high] = [shape.cacheHitRatePercent, otherRate].sort((a, b) => a - b) as [number, number];
        const lowCost = priced({ ...shape, cacheHitRatePercent: low }, routePrices).bill.monthly;
        const highCost = priced({ ...shape, cacheHitRatePercent: high }, routePrices).bill.monthly;
        expect(highCost <= lowCost).toBe(true);
      }),
    );
  });

  it('adds its parts up to the totals, none negative; the cap only ever saves', () => {
    fc.assert(
      fc.property(shapes, prices, (shape, routePrices) => {
        const cost = priced(shape, routePrices);
        expect(sumParts(cost.bill.parts)).toBe(cost.bill.monthly);
        expect(Object.values(cost.bill.parts).every((part) => part >= 0n)).toBe(true);
        expect(cost.perUnit >= 0n).toBe(true);
        const uncapped = priced({ ...shape, maxOutputTokensPerCall: null }, routePrices);
        expect(cost.capSaving).toBe(uncapped.bill.monthly - cost.bill.monthly);
        expect(cost.capSaving >= 0n).toBe(true);
      }),
    );
  });

  it('is linear in conversations or tasks per month when nothing is batched', () => {
    fc.assert(
      fc.property(shapes, prices, fc.integer({ min: 0, max: 1_000 }), (shape, routePrices, factor) => {
        const unbatched = { ...shape, batchSharePercent: 0 };
        const units = unbatched.kind === 'conversation' ? 'conversationsPerMonth' : 'tasksPerMonth';
        const base = Math.floor(Number(priced(unbatched, routePrices).units) / 1_000);
        const one = priced({ ...unbatched, [units]: base }, routePrices);
        const scaled = priced({ ...unbatched, [units]: base * factor }, routePrices);
        expect(scaled.bill.monthly).toBe(one.bill.monthly * BigInt(factor));
        expect(one.bill.monthly).toBe(one.perUnit * BigInt(base));
      }),
    );
  });

  it('prices the batch share exactly at the multiplier', () => {
    fc.assert(
      fc.property(shapes, prices, (shape, routePrices) => {
        const normal = priced({ ...shape, batchSharePercent: 0 }, routePrices).bill.parts;
        const batched = priced({ ...shape, batchSharePercent: 100 }, routePrices).bill.parts;
        const tokens =
          normal.input + normal.cachedInput + normal.cacheWrite + normal.output + normal.reasoning;
        // No batch rule on a plain tariff: without the user's own percentage, batch is the standard price.
        const percent = shape.batchPriceMultiplierPercent ?? 100;
        expect(batched.batch * 10_000n).toBe(tokens * BigInt(Math.round(percent * 100)));
        expect(batched.toolFees).toBe(normal.toolFees);
      }),
    );
  });
});
