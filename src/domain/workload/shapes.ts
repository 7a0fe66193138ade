/**
 * Workload shapes: what one unit of traffic is (a request, a conversation, an agent task) and how many
 * units a month there are. Every kind shares the call options: caching, retries, reasoning, an output
 * cap and a batch share.
 */
import { percentToHundredths } from '../money/hundredths';
import { roundToStep } from '../money/money';
import type { Workload } from './workload';

export interface CallOptions {
  /** Share of the repeated prefix served from cache, in percent: 0 is caching off. */
  readonly cacheHitRatePercent: number;
  /** Extra traffic for retries, in percent, added on top of everything. */
  readonly retryBufferPercent: number;
  /** Reasoning ("thinking") tokens per call, billed at the output price. */
  readonly reasoningTokensPerCall: number;
  /** Most tokens one call may generate, reasoning and reply together; null for no cap. */
  readonly maxOutputTokensPerCall: number | null;
  /**
   * Share of each call's input written to the prompt cache, in percent, billed at the route's
   * cache-write price. Writes and hits together never exceed the input: the engine reads a rate above
   * 100 % − the hit rate as 100 % − the hit rate.
   */
  readonly cacheWriteRatePercent: number;
  /**
   * How long a written prefix must stay cached, in minutes: the write is billed at the route's
   * shortest-lived write price that lives at least this long (5: the standard write; 60: a 1-hour write).
   */
  readonly cacheWriteLifetimeMinutes: number;
  /** Share of units sent through the batch price, in percent. */
  readonly batchSharePercent: number;
  /**
   * The batch price as a percentage of the normal price (50 is half price) for every route; null: each
   * provider's own published batch rule (the standard price where a provider publishes none).
   */
  readonly batchPriceMultiplierPercent: number | null;
}

export const DEFAULT_CALL_OPTIONS: CallOptions = {
  cacheHitRatePercent: 0,
  cacheWriteRatePercent: 0,
  cacheWriteLifetimeMinutes: 5,
  retryBufferPercent: 0,
  reasoningTokensPerCall: 0,
  maxOutputTokensPerCall: null,
  batchSharePercent: 0,
  batchPriceMultiplierPercent: null,
};

export interface ConsumerTraffic {
  readonly usersPerMonth: number;
  /** Average requests per user per month (2 decimals); monthly requests round half up. */
  readonly requestsPerUser: number;
}

export interface RequestShape extends CallOptions {
  readonly kind: 'requests';
  readonly requestsPerMonth: number;
  readonly inputTokensPerRequest: number;
  readonly outputTokensPerRequest: number;
  /** Consumer apps: when set, requests per month = users × requests per user. */
  readonly consumer: ConsumerTraffic | null;
}

export interface ConversationShape extends CallOptions {
  readonly kind: 'conversation';
  readonly conversationsPerMonth: number;
  readonly turnsPerConversation: number;
  readonly systemPromptTokens: number;
  readonly userTokensPerTurn: number;
  readonly replyTokensPerTurn: number;
}

export interface AgentChainShape extends CallOptions {
  readonly kind: 'agent-chain';
  readonly tasksPerMonth: number;
  /** Model calls per task. */
  readonly stepsPerTask: number;
  /** System prompt, tool definitions and the task, sent by every step. */
  readonly baseContextTokens: number;
  /** Tool-result tokens a step appends to the context of the steps after it. */
  readonly toolResultTokensPerStep: number;
  readonly outputTokensPerStep: number;
  /** Tool calls after each step but the last. */
  readonly toolCallsPerStep: number;
  /**
   * USD per tool call, up to 6 decimals, for every route; null: each provider's own published fee
   * (Moonshot's $web_search: $0.005), $0 where a provider publishes none.
   */
  readonly toolCallFeeUsd: number | null;
}

export type WorkloadShape = RequestShape | ConversationShape | AgentChainShape;

/** Every endpoint's workload shape, in order: what the table and the charts cost on each route. */
export type ShapeList = readonly WorkloadShape[];

/** Consumer apps: users × requests per user, rounded half up to whole requests. */
export function requestsFromUsers(traffic: ConsumerTraffic): bigint {
  return roundToStep(BigInt(traffic.usersPerMonth) * percentToHundredths(traffic.requestsPerUser), 100n);
}

/** The five workload fields of a request shape (its users, reasoning, cap and batch left aside). */
export function workloadOfRequests(shape: RequestShape): Workload {
  const { requestsPerMonth, inputTokensPerRequest, outputTokensPerRequest } = shape;
  const { cacheHitRatePercent, retryBufferPercent } = shape;
  return {
    requestsPerMonth,
    inputTokensPerRequest,
    outputTokensPerRequest,
    cacheHitRatePercent,
    retryBufferPercent,
  };
}

/** A plain workload as a request shape with no extras: the engine bills it by the article's formula. */
export function requestShapeFromWorkload(workload: Workload): RequestShape {
  return { ...DEFAULT_CALL_OPTIONS, ...workload, kind: 'requests', consumer: null };
}

export function unitsPerMonth(shape: WorkloadShape): bigint {
  if (shape.kind === 'conversation') return BigInt(shape.conversationsPerMonth);
  if (shape.kind === 'agent-chain') return BigInt(shape.tasksPerMonth);
  return shape.consumer ? requestsFromUsers(shape.consumer) : BigInt(shape.requestsPerMonth);
}

/** Turns per conversation, steps per task, or 1 for a request. */
export function callsPerUnit(shape: WorkloadShape): number {
  if (shape.kind === 'conversation') return shape.turnsPerConversation;
  return shape.kind === 'agent-chain' ? shape.stepsPerTask : 1;
}
