import {
  type AgentChainShape,
  type ConversationShape,
  DEFAULT_CALL_OPTIONS,
  type RequestShape,
  requestShapeFromWorkload,
} from '../domain/workload/shapes';
import { aWorkload } from './builders';

/** 10,000 conversations a month of 5 turns: a 1,000-token system prompt, 100 user and 200 reply tokens a turn. */
export const aConversation = (fields: Partial<ConversationShape> = {}): ConversationShape => ({
  ...DEFAULT_CALL_OPTIONS,
  kind: 'conversation',
  conversationsPerMonth: 10_000,
  turnsPerConversation: 5,
  systemPromptTokens: 1_000,
  userTokensPerTurn: 100,
  replyTokensPerTurn: 200,
  ...fields,
});

/** 1,000 tasks a month of 4 steps, each step but the last making one $0.005 tool call. */
export const anAgentChain = (fields: Partial<AgentChainShape> = {}): AgentChainShape => ({
  ...DEFAULT_CALL_OPTIONS,
  kind: 'agent-chain',
  tasksPerMonth: 1_000,
  stepsPerTask: 4,
  baseContextTokens: 2_000,
  toolResultTokensPerStep: 1_000,
  outputTokensPerStep: 200,
  toolCallsPerStep: 1,
  toolCallFeeUsd: 0.005,
  ...fields,
});

/** 1,000 requests a month of 2,000 input and 500 output tokens. */
export const aRequestShape = (fields: Partial<RequestShape> = {}): RequestShape => ({
  ...requestShapeFromWorkload(
    aWorkload({ requestsPerMonth: 1_000, inputTokensPerRequest: 2_000, outputTokensPerRequest: 500 }),
  ),
  ...fields,
});
