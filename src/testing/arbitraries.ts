/**
 * fast-check generators for the engine's inputs, each inside the ranges the fields accept
 * (workload/workload.ts, workload/shape-ranges.ts), so every generated shape validates.
 */
import fc from 'fast-check';
import type { MicroDollarsPerMillion, RoutePrices } from '../domain/rates/prices';
import { MAX_TURNS_OR_STEPS } from '../domain/workload/shape-ranges';
import type { WorkloadShape } from '../domain/workload/shapes';
import type { Workload } from '../domain/workload/workload';
import { aConversation, anAgentChain, aRequestShape } from './shape-builders';

/** Prices up to $10,000 per 1M tokens, with or without a cached price. */
export const anyPrice = fc.bigInt({ min: 0n, max: 10_000_000_000n }) as fc.Arbitrary<MicroDollarsPerMillion>;
export const anyPrices: fc.Arbitrary<RoutePrices> = fc.record({
  inputPerMillion: anyPrice,
  cachedInputPerMillion: fc.option(anyPrice, { nil: null }),
  outputPerMillion: anyPrice,
});

/** 0 … 100 % with 2 decimals. */
export const anyPercent = fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100);

export const anyWorkload: fc.Arbitrary<Workload> = fc.record({
  requestsPerMonth: fc.integer({ min: 0, max: 1_000_000_000_000 }),
  inputTokensPerRequest: fc.integer({ min: 0, max: 10_000_000 }),
  outputTokensPerRequest: fc.integer({ min: 0, max: 10_000_000 }),
  cacheHitRatePercent: anyPercent,
  retryBufferPercent: anyPercent,
});

const tokenCount = fc.integer({ min: 0, max: 1_000_000 });
const perMonth = fc.integer({ min: 0, max: 1e9 });
const length = fc.integer({ min: 1, max: MAX_TURNS_OR_STEPS });
const callOptions = {
  cacheHitRatePercent: anyPercent,
  cacheWriteRatePercent: anyPercent,
  cacheWriteLifetimeMinutes: fc.integer({ min: 5, max: 60 }),
  retryBufferPercent: anyPercent,
  reasoningTokensPerCall: tokenCount,
  maxOutputTokensPerCall: fc.option(fc.integer({ min: 1, max: 2_000_000 }), { nil: null }),
  batchSharePercent: anyPercent,
  batchPriceMultiplierPercent: fc.option(anyPercent, { nil: null }),
};

export const anyRequestShape = fc
  .record({
    ...callOptions,
    requestsPerMonth: perMonth,
    inputTokensPerRequest: fc.integer({ min: 0, max: 10_000_000 }),
    outputTokensPerRequest: fc.integer({ min: 0, max: 10_000_000 }),
    consumer: fc.option(
      fc.record({
        usersPerMonth: fc.integer({ min: 0, max: 10_000_000 }),
        requestsPerUser: fc.integer({ min: 0, max: 100_000 }).map((hundredths) => hundredths / 100),
      }),
      { nil: null },
    ),
  })
  .map(aRequestShape);

export const anyConversation = fc
  .record({
    ...callOptions,
    conversationsPerMonth: perMonth,
    turnsPerConversation: length,
    systemPromptTokens: tokenCount,
    userTokensPerTurn: tokenCount,
    replyTokensPerTurn: tokenCount,
  })
  .map(aConversation);

export const anyAgentChain = fc
  .record({
    ...callOptions,
    tasksPerMonth: perMonth,
    stepsPerTask: length,
    baseContextTokens: tokenCount,
    toolResultTokensPerStep: tokenCount,
    outputTokensPerStep: tokenCount,
    toolCallsPerStep: fc.integer({ min: 0, max: 100 }),
    toolCallFeeUsd: fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((micros) => micros / 1e6),
      { nil: null },
    ),
  })
  .map(anAgentChain);

export const anyShape: fc.Arbitrary<WorkloadShape> = fc.oneof(
  anyRequestShape,
  anyConversation,
  anyAgentChain,
);
