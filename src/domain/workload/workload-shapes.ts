/**
 * Workload shapes beyond one average request, reduced to the tokens one unit (a request, a
 * conversation, a task) sends and receives and billed by the engine in cost.ts: exact Money throughout.
 * - Conversation turn t (from 1) sends the system prompt, the t − 1 earlier user messages and replies,
 *   and the new user message; everything before the new user message is the repeated prefix.
 * - Agent step k (from 1) sends the base context and every earlier step's output and tool results.
 *   Every step but the last calls tools, each call paying its fee; the last writes the answer. The
 *   newest tool results are new input, everything before them the repeated prefix (on step 1, the
 *   base context: the same system prompt and tool definitions for every task).
 * - A single request's whole input is its repeatable prefix, as in cost.ts.
 * - Caching bills the cache-hit rate's share of the repeated prefix at the cached price.
 * - Reasoning tokens are billed at the output price by the call that made them, and not re-sent.
 * - The output cap bounds what a call generates, reasoning first: reasoning = min(reasoning, cap),
 *   reply = min(reply, cap − reasoning); later turns re-send the capped reply. Capping the average,
 *   not each reply, overstates capped spend a little: the saving shown is a floor.
 * - The batch share of units (rounded half up to whole units) pays the batch multiplier × every token
 *   price, as one line; tool fees are never discounted. The retry buffer adds to everything.
 * Cost only shapes that validateShape accepts.
 */
import { type BillParts, costOfRequests, sumBillParts } from '../cost/cost';
import { formatQuantity } from '../money/format-number';
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { divideRounded, type Money, microDollarsToMoney, roundToStep } from '../money/money';
import type { RoutePrices } from '../rates/prices';
import { WORKLOAD_RANGES, type Workload, type WorkloadFieldRange } from './workload';

export interface CallOptions {
  /** Share of the repeated prefix served from cache, in percent: 0 is caching off. */
  readonly cacheHitRatePercent: number;
  /** Extra traffic for retries, in percent, added on top of everything. */
  readonly retryBufferPercent: number;
  /** Reasoning ("thinking") tokens per call, billed at the output price. */
  readonly reasoningTokensPerCall: number;
  /** Most tokens one call may generate, reasoning and reply together; null for no cap. */
  readonly maxOutputTokensPerCall: number | null;
  /** Share of units sent through the batch price, in percent. */
  readonly batchSharePercent: number;
  /** The batch price as a percentage of the normal price: 50 is half price. */
  readonly batchPriceMultiplierPercent: number;
}

export const DEFAULT_CALL_OPTIONS: CallOptions = {
  cacheHitRatePercent: 0,
  retryBufferPercent: 0,
  reasoningTokensPerCall: 0,
  maxOutputTokensPerCall: null,
  batchSharePercent: 0,
  batchPriceMultiplierPercent: 50,
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
  /** USD per tool call, up to 6 decimals (Kimi's $web_search: 0.005). */
  readonly toolCallFeeUsd: number;
}

export type WorkloadShape = RequestShape | ConversationShape | AgentChainShape;

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

type Ranges<T> = Readonly<Record<keyof T, ShapeFieldRange>>;

export const CALL_OPTION_RANGES: Ranges<CallOptions> = {
  cacheHitRatePercent: percent('Cache hit rate (%)'),
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
    if (field === 'maxOutputTokensPerCall' && value === null) return [];
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

/** A plain workload as a request shape with no extras: it costs exactly what costWorkload says. */
export function requestShapeFromWorkload(workload: Workload): RequestShape {
  return { ...DEFAULT_CALL_OPTIONS, ...workload, kind: 'requests', consumer: null };
}

export function unitsPerMonth(shape: WorkloadShape): bigint {
  if (shape.kind === 'conversation') return BigInt(shape.conversationsPerMonth);
  if (shape.kind === 'agent-chain') return BigInt(shape.tasksPerMonth);
  return shape.consumer ? requestsFromUsers(shape.consumer) : BigInt(shape.requestsPerMonth);
}

/** What one call generates, reasoning first, within the cap when `capped`. */
function generatedPerCall(shape: WorkloadShape, reply: number, capped: boolean) {
  const cap = capped ? shape.maxOutputTokensPerCall : null;
  if (cap === null) return { reasoning: BigInt(shape.reasoningTokensPerCall), reply: BigInt(reply) };
  const reasoning = Math.min(shape.reasoningTokensPerCall, cap);
  return { reasoning: BigInt(reasoning), reply: BigInt(Math.min(reply, cap - reasoning)) };
}

/** Turns per conversation, steps per task, or 1 for a request. */
export function callsPerUnit(shape: WorkloadShape): number {
  if (shape.kind === 'conversation') return shape.turnsPerConversation;
  return shape.kind === 'agent-chain' ? shape.stepsPerTask : 1;
}

/**
 * One unit's tokens in closed form: the repeated prefix, the new input, what it generates and its tool
 * calls. Over calls k = 1 … n, Σ (k − 1) = n(n − 1)/2 earlier calls are re-sent.
 */
function unitTokens(shape: WorkloadShape, capped: boolean, callCount = callsPerUnit(shape)) {
  const calls = BigInt(callCount);
  const earlierCalls = (calls * (calls - 1n)) / 2n;
  if (shape.kind === 'conversation') {
    const { reasoning, reply } = generatedPerCall(shape, shape.replyTokensPerTurn, capped);
    const user = BigInt(shape.userTokensPerTurn);
    const prefix = calls * BigInt(shape.systemPromptTokens) + (user + reply) * earlierCalls;
    const [fresh, output] = [calls * user, calls * reply];
    return { prefix, fresh, output, reasoning: calls * reasoning, toolCalls: 0n };
  }
  if (shape.kind === 'agent-chain') {
    const { reasoning, reply } = generatedPerCall(shape, shape.outputTokensPerStep, capped);
    const results = BigInt(shape.toolResultTokensPerStep);
    const fresh = (calls - 1n) * results;
    const prefix = calls * BigInt(shape.baseContextTokens) + (reply + results) * earlierCalls - fresh;
    const toolCalls = (calls - 1n) * BigInt(shape.toolCallsPerStep);
    return { prefix, fresh, output: calls * reply, reasoning: calls * reasoning, toolCalls };
  }
  const { reasoning, reply } = generatedPerCall(shape, shape.outputTokensPerRequest, capped);
  return { prefix: BigInt(shape.inputTokensPerRequest), fresh: 0n, output: reply, reasoning, toolCalls: 0n };
}

export interface ShapeTokens {
  /** Input tokens that repeat earlier input (the cacheable prefix); the rest of the input is new. */
  readonly repeatedPrefix: bigint;
  /** Input tokens at the input price: all input sent minus the cached tokens. */
  readonly input: bigint;
  /** The cache-hit share of the repeated prefix, rounded to whole tokens. */
  readonly cachedInput: bigint;
  readonly output: bigint;
  readonly reasoning: bigint;
  readonly toolCalls: bigint;
}

export interface ShapeBill {
  /** Tokens of every unit billed, batched or not, before the retry buffer. */
  readonly tokens: ShapeTokens;
  /** Amounts, retry buffer included; `total` is their sum. */
  readonly parts: BillParts;
  readonly total: Money;
}

export interface ShapeCost {
  readonly unit: 'request' | 'conversation' | 'task';
  readonly unitsPerMonth: bigint;
  /** Units sent at the batch price: the batch share of units, rounded half up. */
  readonly batchUnitsPerMonth: bigint;
  /** One unit at the normal (not batch) price. */
  readonly perUnit: ShapeBill;
  readonly monthly: ShapeBill;
  /** Monthly total ÷ units, to 10^-24 $ (exactly perUnit.total when nothing is batched, or no units). */
  readonly costPerUnit: Money;
  /** What the output cap saves each month against the same shape uncapped (0 without a cap). */
  readonly outputCapSavingPerMonth: Money;
  /** Consumer apps: monthly total ÷ users, to 10^-24 $; null without consumer traffic or users. */
  readonly costPerUser: Money | null;
}

type UnitTokens = ReturnType<typeof unitTokens>;

/** The token amounts of `count` units at the normal price, through the engine. */
function priceUnitTokens(count: bigint, unit: UnitTokens, shape: WorkloadShape, prices: RoutePrices) {
  const { retryBufferPercent } = shape;
  const engine = (input: bigint, output: bigint, cacheHitRatePercent: number) => {
    // Per-unit counts are safe integers at every range's maximum.
    const perUnit = { inputTokensPerRequest: Number(input), outputTokensPerRequest: Number(output) };
    return costOfRequests(
      count,
      { ...perUnit, requestsPerMonth: 0, cacheHitRatePercent, retryBufferPercent },
      prices,
    );
  };
  const prefix = engine(unit.prefix, 0n, shape.cacheHitRatePercent);
  const rest = engine(unit.fresh, unit.output, 0);
  const [input, reasoning] = [prefix.input + rest.input, engine(0n, unit.reasoning, 0).output];
  return { input, cachedInput: prefix.cachedInput, output: rest.output, reasoning };
}

/** `units` units of the shape, `batchUnits` of them at the batch price. */
function bill(shape: WorkloadShape, prices: RoutePrices, unit: UnitTokens, units: bigint, batchUnits = 0n) {
  const normal = priceUnitTokens(units - batchUnits, unit, shape, prices);
  const batchedParts = priceUnitTokens(batchUnits, unit, shape, prices);
  const batched = sumBillParts({ ...batchedParts, toolFees: 0n, batch: 0n });
  // Engine amounts are whole multiples of 10^4 units, so this division is exact.
  const batch = (batched * percentToHundredths(shape.batchPriceMultiplierPercent)) / WHOLE;
  // A fee has at most 6 decimals (a multiple of 10^18 units), so this division is exact too.
  const fee =
    shape.kind === 'agent-chain'
      ? microDollarsToMoney(BigInt(Math.round(shape.toolCallFeeUsd * 1_000_000)))
      : 0n;
  const withRetries = WHOLE + percentToHundredths(shape.retryBufferPercent);
  const toolFees = (units * unit.toolCalls * fee * withRetries) / WHOLE;
  const parts: BillParts = { ...normal, toolFees, batch };
  const repeatedPrefix = units * unit.prefix;
  const cachedInput = roundToStep(repeatedPrefix * percentToHundredths(shape.cacheHitRatePercent), WHOLE);
  const tokens: ShapeTokens = {
    repeatedPrefix,
    input: repeatedPrefix + units * unit.fresh - cachedInput,
    cachedInput,
    output: units * unit.output,
    reasoning: units * unit.reasoning,
    toolCalls: units * unit.toolCalls,
  };
  return { tokens, parts, total: sumBillParts(parts) } satisfies ShapeBill;
}

const UNIT_OF_KIND = { requests: 'request', conversation: 'conversation', 'agent-chain': 'task' } as const;

/**
 * Only the monthly bill of a shape (no per-unit bill, no uncapped comparison): what a table of many
 * routes needs, at a third of costShape's work.
 */
export function costShapeMonthly(shape: WorkloadShape, prices: RoutePrices): ShapeBill {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  return bill(shape, prices, unitTokens(shape, true), units, batchUnits);
}

/** One unit at the normal price. */
export function costOneUnit(shape: WorkloadShape, prices: RoutePrices): ShapeBill {
  return bill(shape, prices, unitTokens(shape, true), 1n);
}

/** The monthly and per-unit cost of a shape that validateShape accepts. */
export function costShape(shape: WorkloadShape, prices: RoutePrices): ShapeCost {
  const units = unitsPerMonth(shape);
  const batchUnits = roundToStep(units * percentToHundredths(shape.batchSharePercent), WHOLE);
  const unit = unitTokens(shape, true);
  const monthly = bill(shape, prices, unit, units, batchUnits);
  const capped = shape.maxOutputTokensPerCall !== null;
  const uncapped = capped ? bill(shape, prices, unitTokens(shape, false), units, batchUnits) : monthly;
  const perUnit = bill(shape, prices, unit, 1n);
  const users = shape.kind === 'requests' && shape.consumer ? BigInt(shape.consumer.usersPerMonth) : 0n;
  return {
    unit: UNIT_OF_KIND[shape.kind],
    unitsPerMonth: units,
    batchUnitsPerMonth: batchUnits,
    perUnit,
    monthly,
    costPerUnit: units === 0n ? perUnit.total : divideRounded(monthly.total, units),
    outputCapSavingPerMonth: uncapped.total - monthly.total,
    costPerUser: users === 0n ? null : divideRounded(monthly.total, users),
  };
}

/** One unit's cost (normal price) at each of the given lengths (turns or steps, each at least 1). */
export function costPerUnitAtLengths(
  shape: ConversationShape | AgentChainShape,
  prices: RoutePrices,
  lengths: readonly number[],
): Money[] {
  return lengths.map((length) => bill(shape, prices, unitTokens(shape, true, length), 1n).total);
}

/** The largest call (the last turn or step) as a one-request workload, for the checks in fit.ts. */
export function largestCallAsWorkload(shape: WorkloadShape): Workload {
  const calls = callsPerUnit(shape);
  const sent = (count: number) => {
    if (count === 0) return 0n;
    const tokens = unitTokens(shape, true, count);
    return tokens.prefix + tokens.fresh;
  };
  const { output, reasoning } = unitTokens(shape, true, 1);
  return {
    requestsPerMonth: 1,
    inputTokensPerRequest: Number(sent(calls) - sent(calls - 1)),
    outputTokensPerRequest: Number(output + reasoning),
    cacheHitRatePercent: 0,
    retryBufferPercent: 0,
  };
}
