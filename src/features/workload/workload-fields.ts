import type { SliderReading } from '../../components/ui/slider-field';
import { formatQuantity } from '../../domain/money/format-number';
import { readQuantity } from '../../domain/money/quantity';
import type { ShapeField } from '../../domain/workload/shape-fields';
import type { ShapeKind } from '../../domain/workload/shape-kinds';
import {
  AGENT_CHAIN_RANGES,
  CALL_OPTION_RANGES,
  CONSUMER_RANGES,
  CONVERSATION_RANGES,
  REQUEST_RANGES,
  type ShapeFieldRange,
} from '../../domain/workload/shape-ranges';

export interface WorkloadFieldView {
  readonly field: ShapeField;
  /** Visible label and accessible name of both the slider and the number field (a contract). */
  readonly label: string;
  readonly hint: string;
  readonly format: (value: number) => string;
  readonly range: ShapeFieldRange;
  /** Reads a typed value against the range, in the user's typing locale. */
  readonly parse: (text: string, locale: string) => SliderReading;
}

const count = (value: number) => formatQuantity(value, 0);
const percent = (value: number) => `${formatQuantity(value, 2)}%`;
const twoDecimals = (value: number) => formatQuantity(value, 2);
const dollars = (value: number) => `$${formatQuantity(value, 6)}`;

function view(
  field: ShapeField,
  range: ShapeFieldRange | undefined,
  hint: string,
  format: (value: number) => string = count,
  label: string = range?.label ?? field,
): WorkloadFieldView {
  const known = range as ShapeFieldRange;
  return {
    field,
    label,
    hint,
    format,
    range: known,
    parse: (text, locale) => readQuantity(text, known, locale),
  };
}

const TOKENS = '0 to 1,000,000.';

const REQUEST_FIELD_VIEWS: readonly WorkloadFieldView[] = [
  view(
    'requestsPerMonth',
    REQUEST_RANGES.requestsPerMonth,
    '0 to 1,000,000,000,000. Accepts 250k, 1.5M, 2e9.',
  ),
  view(
    'inputTokensPerRequest',
    REQUEST_RANGES.inputTokensPerRequest,
    'Prompt, system instructions, history and retrieved documents. 0 to 10,000,000.',
  ),
  view(
    'outputTokensPerRequest',
    REQUEST_RANGES.outputTokensPerRequest,
    'Generated tokens (add reasoning tokens below to bill them as their own line). 0 to 10,000,000.',
  ),
];

export const CONSUMER_FIELD_VIEWS: readonly WorkloadFieldView[] = [
  view('usersPerMonth', CONSUMER_RANGES.usersPerMonth, 'Active users a month. Accepts 50k, 1.2M.'),
  view(
    'requestsPerUser',
    CONSUMER_RANGES.requestsPerUser,
    'Average requests each user sends a month (2 decimals).',
    twoDecimals,
  ),
];

const CONVERSATION_FIELD_VIEWS: readonly WorkloadFieldView[] = [
  view('conversationsPerMonth', CONVERSATION_RANGES.conversationsPerMonth, 'Whole conversations a month.'),
  view(
    'turnsPerConversation',
    CONVERSATION_RANGES.turnsPerConversation,
    'Each turn re-sends the whole conversation so far, so input grows every turn. 1 to 500.',
  ),
  view('systemPromptTokens', CONVERSATION_RANGES.systemPromptTokens, `Sent with every turn. ${TOKENS}`),
  view(
    'userTokensPerTurn',
    CONVERSATION_RANGES.userTokensPerTurn,
    `The new user message each turn. ${TOKENS}`,
  ),
  view(
    'replyTokensPerTurn',
    CONVERSATION_RANGES.replyTokensPerTurn,
    `The model's answer each turn, re-sent later. ${TOKENS}`,
  ),
];

const AGENT_CHAIN_FIELD_VIEWS: readonly WorkloadFieldView[] = [
  view(
    'tasksPerMonth',
    AGENT_CHAIN_RANGES.tasksPerMonth,
    'Whole tasks a month; the cost of one task is the whole chain.',
  ),
  view('stepsPerTask', AGENT_CHAIN_RANGES.stepsPerTask, 'Model calls per task. 1 to 500.'),
  view(
    'baseContextTokens',
    AGENT_CHAIN_RANGES.baseContextTokens,
    `System prompt, tool definitions and the task, sent by every step. ${TOKENS}`,
  ),
  view(
    'toolResultTokensPerStep',
    AGENT_CHAIN_RANGES.toolResultTokensPerStep,
    `Tool output each step adds to the context of later steps. ${TOKENS}`,
  ),
  view('outputTokensPerStep', AGENT_CHAIN_RANGES.outputTokensPerStep, `What each step generates. ${TOKENS}`),
  view(
    'toolCallsPerStep',
    AGENT_CHAIN_RANGES.toolCallsPerStep,
    'Tool calls after each step but the last. 0 to 100.',
  ),
  view(
    'toolCallFeeUsd',
    AGENT_CHAIN_RANGES.toolCallFeeUsd,
    'USD per tool call for every route, up to 6 decimals.',
    dollars,
  ),
];

export const SHAPE_FIELD_VIEWS: Readonly<Record<ShapeKind, readonly WorkloadFieldView[]>> = {
  requests: REQUEST_FIELD_VIEWS,
  conversation: CONVERSATION_FIELD_VIEWS,
  'agent-chain': AGENT_CHAIN_FIELD_VIEWS,
};

export const CACHE_AND_RETRY_VIEWS: readonly WorkloadFieldView[] = [
  view(
    'cacheHitRatePercent',
    CALL_OPTION_RANGES.cacheHitRatePercent,
    'Share of repeated input billed at the cached-input price. 0 to 100%.',
    percent,
    'Cache hit rate',
  ),
  view(
    'cacheWriteRatePercent',
    CALL_OPTION_RANGES.cacheWriteRatePercent,
    "Share of each call's input written to the prompt cache, billed at the route's cache-write price (its input price where none is published). Hits and writes together are at most 100%.",
    percent,
    'Cache write rate',
  ),
  view(
    'retryBufferPercent',
    CALL_OPTION_RANGES.retryBufferPercent,
    'Extra traffic for retries and edge cases, added on top. 0 to 100%.',
    percent,
    'Retry buffer',
  ),
];

export const CALL_EXTRA_VIEWS: readonly WorkloadFieldView[] = [
  view(
    'reasoningTokensPerCall',
    CALL_OPTION_RANGES.reasoningTokensPerCall,
    `Thinking tokens per call, billed at the output price and shown as their own line. ${TOKENS}`,
  ),
  view(
    'batchSharePercent',
    CALL_OPTION_RANGES.batchSharePercent,
    "Share of traffic sent through the route's batch price, costed separately. 0 to 100%.",
    percent,
    'Batch share',
  ),
  view(
    'batchPriceMultiplierPercent',
    CALL_OPTION_RANGES.batchPriceMultiplierPercent,
    'Your batch price for every route, as a share of the normal price: 50% is half price.',
    percent,
    'Batch price (% of normal)',
  ),
];

export const OUTPUT_CAP_VIEW: WorkloadFieldView = view(
  'maxOutputTokensPerCall',
  CALL_OPTION_RANGES.maxOutputTokensPerCall,
  'Most tokens one call may generate, reasoning included. The bill shows what the cap saves.',
);
