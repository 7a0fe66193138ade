/**
 * The range of every field of a workload shape, with the label the field is called by. A value outside
 * its range is refused in plain words, so a shape the engine costs is always valid.
 */
import { formatQuantity } from '../money/format-number';
import {
  type AgentChainShape,
  type CallOptions,
  type ConsumerTraffic,
  type ConversationShape,
  type RequestShape,
  requestsFromUsers,
  type WorkloadShape,
} from './shapes';
import { WORKLOAD_RANGES, type WorkloadFieldRange } from './workload';

export interface ShapeFieldRange extends WorkloadFieldRange {
  /** What the field is called, in messages and as its visible label. */
  readonly label: string;
}

function whole(label: string, min: number, max: number): ShapeFieldRange {
  return { label, min, max, maxDecimals: 0, sliderScale: max > 1_000 ? 'log' : 'linear' };
}
const percent = (label: string) => ({ ...whole(label, 0, 100), maxDecimals: 2 });
const perMonth = (label: string) => whole(label, 0, WORKLOAD_RANGES.requestsPerMonth.max);
/** Per message or step; keeps one unit's token counts safe integers at every maximum. */
const tokens = (label: string) => whole(label, 0, 1_000_000);
/** 500 turns or steps is far beyond any context window; more is a typing slip. */
export const MAX_TURNS_OR_STEPS = 500;

/**
 * Fields whose null means something: no output cap, each provider's own batch rule, each provider's own
 * tool fee. Every other field is a number.
 */
export const NULLABLE_FIELDS: ReadonlySet<string> = new Set([
  'maxOutputTokensPerCall',
  'batchPriceMultiplierPercent',
  'toolCallFeeUsd',
]);

type Ranges<T> = Readonly<Record<keyof T, ShapeFieldRange>>;

export const CALL_OPTION_RANGES: Ranges<CallOptions> = {
  cacheHitRatePercent: percent('Cache hit rate (%)'),
  cacheWriteRatePercent: percent('Cache write rate (%)'),
  // 5 minutes (a standard write) to 1 hour; the engine picks the write price that lives long enough.
  cacheWriteLifetimeMinutes: whole('Cache lifetime (minutes)', 5, 60),
  retryBufferPercent: percent('Retry buffer (%)'),
  reasoningTokensPerCall: tokens('Reasoning tokens per call'),
  maxOutputTokensPerCall: whole('Max output tokens per call', 1, WORKLOAD_RANGES.outputTokensPerRequest.max),
  batchSharePercent: percent('Batch share (%)'),
  batchPriceMultiplierPercent: percent('Batch price (% of normal)'),
};

export const REQUEST_RANGES: Ranges<Omit<RequestShape, 'kind' | 'consumer' | keyof CallOptions>> = {
  requestsPerMonth: { ...WORKLOAD_RANGES.requestsPerMonth, label: 'Requests per month' },
  inputTokensPerRequest: { ...WORKLOAD_RANGES.inputTokensPerRequest, label: 'Input tokens per request' },
  outputTokensPerRequest: { ...WORKLOAD_RANGES.outputTokensPerRequest, label: 'Output tokens per request' },
};

export const CONSUMER_RANGES: Ranges<ConsumerTraffic> = {
  usersPerMonth: whole('Users per month', 0, 10_000_000_000),
  requestsPerUser: { ...whole('Requests per user', 0, 1_000_000), maxDecimals: 2 },
};

export const CONVERSATION_RANGES: Ranges<Omit<ConversationShape, 'kind' | keyof CallOptions>> = {
  conversationsPerMonth: perMonth('Conversations per month'),
  turnsPerConversation: whole('Turns per conversation', 1, MAX_TURNS_OR_STEPS),
  systemPromptTokens: tokens('System prompt tokens'),
  userTokensPerTurn: tokens('User tokens per turn'),
  replyTokensPerTurn: tokens('Reply tokens per turn'),
};

export const AGENT_CHAIN_RANGES: Ranges<Omit<AgentChainShape, 'kind' | keyof CallOptions>> = {
  tasksPerMonth: perMonth('Tasks per month'),
  stepsPerTask: whole('Steps per task', 1, MAX_TURNS_OR_STEPS),
  baseContextTokens: tokens('Base context tokens'),
  toolResultTokensPerStep: tokens('Tool result tokens per step'),
  outputTokensPerStep: tokens('Output tokens per step'),
  toolCallsPerStep: whole('Tool calls per step', 0, 100),
  // A log slider: fees are fractions of a cent to a few dollars.
  toolCallFeeUsd: { ...whole('Fee per tool call (USD)', 0, 10), maxDecimals: 6, sliderScale: 'log' },
};

export interface ShapeProblem {
  readonly field: string;
  readonly message: string;
}

/** The plain-words reason a value does not fit its range, or null when it does. */
export function describeRangeProblem(value: unknown, range: ShapeFieldRange): string | null {
  const { label, min, max, maxDecimals } = range;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number.`;
  if (value < 0) return `${label} cannot be negative.`;
  if (value < min) return `${label} must be at least ${formatQuantity(min, maxDecimals)}.`;
  if (value > max) return `${label} must be at most ${formatQuantity(max, maxDecimals)}.`;
  const scaled = value * 10 ** maxDecimals;
  if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return null;
  if (maxDecimals === 0) return `${label} must be a whole number.`;
  return `${label} can have at most ${maxDecimals} decimal places.`;
}

function problemsIn(values: object, ranges: Readonly<Record<string, ShapeFieldRange>>): ShapeProblem[] {
  return Object.entries(ranges).flatMap(([field, range]) => {
    const value: unknown = Reflect.get(values, field);
    if (value === null && NULLABLE_FIELDS.has(field)) return [];
    const message = describeRangeProblem(value, range);
    return message === null ? [] : [{ field, message }];
  });
}

const MAX_REQUESTS = WORKLOAD_RANGES.requestsPerMonth.max;

/** Every problem with a shape's inputs, in plain words; empty when it can be costed. */
export function validateShape(shape: WorkloadShape): ShapeProblem[] {
  const problems = problemsIn(shape, CALL_OPTION_RANGES);
  if (shape.kind === 'conversation') return [...problemsIn(shape, CONVERSATION_RANGES), ...problems];
  if (shape.kind === 'agent-chain') return [...problemsIn(shape, AGENT_CHAIN_RANGES), ...problems];
  if (shape.kind !== 'requests') return [{ field: 'kind', message: 'This workload shape is unknown.' }];
  if (shape.consumer === null) return [...problemsIn(shape, REQUEST_RANGES), ...problems];
  const { requestsPerMonth: _unused, ...requestRanges } = REQUEST_RANGES;
  const consumerProblems = problemsIn(shape.consumer, CONSUMER_RANGES);
  if (consumerProblems.length === 0 && requestsFromUsers(shape.consumer) > BigInt(MAX_REQUESTS)) {
    const message = `Users × requests per user must be at most ${formatQuantity(MAX_REQUESTS)} a month.`;
    consumerProblems.push({ field: 'consumer', message });
  }
  return [...consumerProblems, ...problemsIn(shape, requestRanges), ...problems];
}
