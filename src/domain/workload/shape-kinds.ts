/**
 * The kinds of workload shape (single requests, conversations, agent chains), their default shapes,
 * and switching a shape to another kind while keeping the call options every kind shares.
 */

import {
  type AgentChainShape,
  type CallOptions,
  type ConversationShape,
  DEFAULT_CALL_OPTIONS,
  type RequestShape,
  requestShapeFromWorkload,
  type WorkloadShape,
} from './shapes';
import { DEFAULT_WORKLOAD } from './workload';

export type ShapeKind = WorkloadShape['kind'];

export const SHAPE_KIND_LABELS: Readonly<Record<ShapeKind, string>> = {
  requests: 'Single requests',
  conversation: 'Conversations',
  'agent-chain': 'Agent chains',
};

export const DEFAULT_REQUEST_SHAPE: RequestShape = requestShapeFromWorkload(DEFAULT_WORKLOAD);

/** A conversation of the default traffic's size: 2,000 conversations of 5 turns. */
export const DEFAULT_CONVERSATION_SHAPE: ConversationShape = {
  ...DEFAULT_CALL_OPTIONS,
  kind: 'conversation',
  conversationsPerMonth: 2_000,
  turnsPerConversation: 5,
  systemPromptTokens: 1_000,
  userTokensPerTurn: 100,
  replyTokensPerTurn: 300,
};

/** A small tool-using agent: 1,000 tasks of 5 steps with one $0.005 tool call between steps. */
export const DEFAULT_AGENT_CHAIN_SHAPE: AgentChainShape = {
  ...DEFAULT_CALL_OPTIONS,
  kind: 'agent-chain',
  tasksPerMonth: 1_000,
  stepsPerTask: 5,
  baseContextTokens: 3_000,
  toolResultTokensPerStep: 1_000,
  outputTokensPerStep: 200,
  toolCallsPerStep: 1,
  toolCallFeeUsd: null,
};

export const DEFAULT_SHAPES: Readonly<Record<ShapeKind, WorkloadShape>> = {
  requests: DEFAULT_REQUEST_SHAPE,
  conversation: DEFAULT_CONVERSATION_SHAPE,
  'agent-chain': DEFAULT_AGENT_CHAIN_SHAPE,
};

function callOptionsOf(shape: WorkloadShape): CallOptions {
  const kept: Partial<CallOptions> = {};
  for (const field of Object.keys(DEFAULT_CALL_OPTIONS) as (keyof CallOptions)[]) {
    Object.assign(kept, { [field]: shape[field] });
  }
  return kept as CallOptions;
}

/**
 * The shape after switching to `kind`: the kind's own fields from `remembered` (else its defaults),
 * keeping the current call options (cache hit rate, retry buffer, reasoning, cap, batch), which every
 * shape shares.
 */
export function changeShapeKind(
  shape: WorkloadShape,
  kind: ShapeKind,
  remembered: WorkloadShape = DEFAULT_SHAPES[kind],
): WorkloadShape {
  if (shape.kind === kind) return shape;
  const base = remembered.kind === kind ? remembered : DEFAULT_SHAPES[kind];
  return { ...base, ...callOptionsOf(shape) };
}
