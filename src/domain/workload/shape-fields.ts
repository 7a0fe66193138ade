/**
 * The fields of a workload shape, by name: which names there are (one per range in shape-ranges.ts),
 * reading one, setting one, and the consumer-traffic switch. The rules:
 * - a field is set only on a shape that has it, and only to a number; the output cap (no cap), the batch price
 *   and the tool fee (each provider's own) alone take null;
 * - the consumer fields (users, requests per user) belong to a request shape counting users;
 * - switching users off keeps the traffic they made, as requests; switching on starts at 10 requests per user;
 * - a fit warning sits beside the field that drives it: the input or turns/steps for the context
 *   window, the output for the route's maximum output.
 */
import { describeFitProblem, type FitProblem, findShapesFitProblems, type RouteLimits } from './fit';
import type { ShapeKind } from './shape-kinds';
import {
  AGENT_CHAIN_RANGES,
  CALL_OPTION_RANGES,
  CONSUMER_RANGES,
  CONVERSATION_RANGES,
  NULLABLE_FIELDS,
  REQUEST_RANGES,
  validateShape,
} from './shape-ranges';
import { requestsFromUsers, type WorkloadShape } from './shapes';

export type RequestField = keyof typeof REQUEST_RANGES;
export type ConsumerField = keyof typeof CONSUMER_RANGES;
export type ConversationField = keyof typeof CONVERSATION_RANGES;
export type AgentChainField = keyof typeof AGENT_CHAIN_RANGES;
export type CallOptionField = keyof typeof CALL_OPTION_RANGES;

/** A field of any workload shape, or of its consumer traffic. */
export type ShapeField = RequestField | ConsumerField | ConversationField | AgentChainField | CallOptionField;

function isConsumerField(field: ShapeField): field is ConsumerField {
  return Object.hasOwn(CONSUMER_RANGES, field);
}

/** The fields of each kind's own (the call options are every kind's). */
const KIND_RANGES: Readonly<Record<ShapeKind, object>> = {
  requests: REQUEST_RANGES,
  conversation: CONVERSATION_RANGES,
  'agent-chain': AGENT_CHAIN_RANGES,
};

/** Whether the shape has the field (a consumer field: whether it counts users). */
function hasField(shape: WorkloadShape, field: string): boolean {
  if (Object.hasOwn(CONSUMER_RANGES, field)) return shape.kind === 'requests' && shape.consumer !== null;
  return Object.hasOwn(CALL_OPTION_RANGES, field) || Object.hasOwn(KIND_RANGES[shape.kind] ?? {}, field);
}

/** The field's value in the shape: the consumer block's for a consumer field; 0 when the shape has none. */
export function shapeFieldValue(shape: WorkloadShape, field: ShapeField): number {
  if (isConsumerField(field)) {
    return shape.kind === 'requests' && shape.consumer ? shape.consumer[field] : 0;
  }
  const value: unknown = (shape as Partial<Record<ShapeField, unknown>>)[field];
  return typeof value === 'number' ? value : 0;
}

/** The shape with one field set, or null when the shape has no such field or cannot take the value. */
export function withShapeValue(
  shape: WorkloadShape,
  field: ShapeField,
  value: number | null,
): WorkloadShape | null {
  if (!hasField(shape, field)) return null;
  if (isConsumerField(field)) {
    if (shape.kind !== 'requests' || !shape.consumer || value === null) return null;
    return { ...shape, consumer: { ...shape.consumer, [field]: value } };
  }
  if (value === null && !NULLABLE_FIELDS.has(field)) return null;
  return { ...shape, [field]: value } as WorkloadShape;
}

/** A request shape counting users (on) or requests (off); null when nothing changes or it is not a request shape. */
export function withConsumerTraffic(shape: WorkloadShape, on: boolean): WorkloadShape | null {
  if (shape.kind !== 'requests' || on === (shape.consumer !== null)) return null;
  if (!on) {
    const requests = shape.consumer ? Number(requestsFromUsers(shape.consumer)) : shape.requestsPerMonth;
    return { ...shape, consumer: null, requestsPerMonth: requests };
  }
  const usersPerMonth = Math.max(1, Math.round(shape.requestsPerMonth / 10));
  return { ...shape, consumer: { usersPerMonth, requestsPerUser: 10 } };
}

/**
 * The cross-field problem a consumer value would make (users × requests per user over the monthly
 * maximum), in plain words; null for any other field or when the product fits.
 */
export function checkConsumerField(shape: WorkloadShape, field: ShapeField, value: number): string | null {
  if (!isConsumerField(field) || shape.kind !== 'requests' || !shape.consumer) return null;
  const next = { ...shape, consumer: { ...shape.consumer, [field]: value } };
  return validateShape(next).find((problem) => problem.field === 'consumer')?.message ?? null;
}

/** Which field a route-limit warning sits beside, per shape kind. */
export const FIT_WARNING_FIELDS: Readonly<
  Record<ShapeKind, Readonly<Record<FitProblem['kind'], ShapeField>>>
> = {
  requests: {
    'input-exceeds-context': 'inputTokensPerRequest',
    'total-exceeds-context': 'inputTokensPerRequest',
    'output-exceeds-max-output': 'outputTokensPerRequest',
  },
  conversation: {
    'input-exceeds-context': 'turnsPerConversation',
    'total-exceeds-context': 'turnsPerConversation',
    'output-exceeds-max-output': 'replyTokensPerTurn',
  },
  'agent-chain': {
    'input-exceeds-context': 'stepsPerTask',
    'total-exceeds-context': 'stepsPerTask',
    'output-exceeds-max-output': 'outputTokensPerStep',
  },
};

/** The shape's fit warnings on a route, in plain words, by the field each sits beside. */
export function fitWarningsByField(
  shape: WorkloadShape,
  limits: RouteLimits,
): Readonly<Partial<Record<ShapeField, readonly string[]>>> {
  const byField: Partial<Record<ShapeField, string[]>> = {};
  for (const problem of findShapesFitProblems([shape], limits)) {
    const field = FIT_WARNING_FIELDS[shape.kind][problem.kind];
    byField[field] = [...(byField[field] ?? []), describeFitProblem(problem)];
  }
  return byField;
}

/**
 * Hits and writes together never exceed a call's input: a write rate above 100 % − the hit rate is
 * billed as 100 % − the hit rate. The sentence that says so, or null when the rate is billed as set.
 */
export function cacheWriteCapNote(shape: WorkloadShape): string | null {
  const room = Math.round((100 - shape.cacheHitRatePercent) * 100) / 100;
  if (shape.cacheWriteRatePercent <= room) return null;
  return `With a ${shape.cacheHitRatePercent}% hit rate, at most ${room}% of the input is left to write: ${room}% is billed as written.`;
}
