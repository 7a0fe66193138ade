/** The link keys of every workload field, per shape kind, and the letters that name the kinds. */
import type { ShapeKind } from '../workload/shape-kinds';
import {
  AGENT_CHAIN_RANGES,
  CONVERSATION_RANGES,
  REQUEST_RANGES,
  type ShapeFieldRange,
} from '../workload/shape-ranges';

export type FieldKeys = Readonly<Record<string, string>>;

export const CALL_OPTION_KEYS: FieldKeys = {
  cacheHitRatePercent: 'h',
  cacheWriteRatePercent: 'cw',
  cacheWriteLifetimeMinutes: 'cl',
  retryBufferPercent: 'b',
  reasoningTokensPerCall: 'rs',
  maxOutputTokensPerCall: 'cap',
  batchSharePercent: 'bs',
  batchPriceMultiplierPercent: 'bm',
};
export const KIND_KEYS: Readonly<Record<ShapeKind, FieldKeys>> = {
  requests: { requestsPerMonth: 'n', inputTokensPerRequest: 'i', outputTokensPerRequest: 'o' },
  conversation: {
    conversationsPerMonth: 'cv',
    turnsPerConversation: 't',
    systemPromptTokens: 'sp',
    userTokensPerTurn: 'ut',
    replyTokensPerTurn: 'rt',
  },
  'agent-chain': {
    tasksPerMonth: 'tk',
    stepsPerTask: 'st',
    baseContextTokens: 'bc',
    toolResultTokensPerStep: 'tr',
    outputTokensPerStep: 'os',
    toolCallsPerStep: 'tc',
    toolCallFeeUsd: 'tf',
  },
};
export const CONSUMER_KEYS: FieldKeys = { usersPerMonth: 'u', requestsPerUser: 'upu' };
export const KIND_RANGES: Readonly<Record<ShapeKind, Readonly<Record<string, ShapeFieldRange>>>> = {
  requests: REQUEST_RANGES,
  conversation: CONVERSATION_RANGES,
  'agent-chain': AGENT_CHAIN_RANGES,
};
export const KIND_LETTERS: Readonly<Record<ShapeKind, string>> = {
  requests: '',
  conversation: 'c',
  'agent-chain': 'a',
};

export const MEMORY_LETTERS: Readonly<Record<ShapeKind, string>> = { ...KIND_LETTERS, requests: 'r' };
export const KINDS = Object.keys(KIND_KEYS) as ShapeKind[];
