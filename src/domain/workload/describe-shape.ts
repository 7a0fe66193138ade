/** Workload shapes in words, for captions, downloads and sentences: "12,000 requests a month × …". */
import { formatQuantity } from '../money/format-number';
import { type ShapeList, unitsPerMonth, type WorkloadShape } from './shapes';

const UNIT_WORDS: Readonly<Record<WorkloadShape['kind'], [string, string]>> = {
  requests: ['request', 'requests'],
  conversation: ['conversation', 'conversations'],
  'agent-chain': ['task', 'tasks'],
};

/** "12,000 requests", "1 conversation". */
export function describeUnits(shape: WorkloadShape, units: bigint = unitsPerMonth(shape)): string {
  const [one, many] = UNIT_WORDS[shape.kind];
  return `${formatQuantity(Number(units), 0)} ${units === 1n ? one : many}`;
}

/** One line per shape, for captions and downloads. */
export function describeShape(shape: WorkloadShape): string {
  const common = `${formatQuantity(shape.cacheHitRatePercent)}% cache hits, ${formatQuantity(shape.retryBufferPercent)}% retry buffer`;
  if (shape.kind === 'conversation') {
    return (
      `${describeUnits(shape)} a month × ${formatQuantity(shape.turnsPerConversation, 0)} turns ` +
      `(${formatQuantity(shape.systemPromptTokens, 0)}-token system prompt, ${formatQuantity(shape.userTokensPerTurn, 0)} user + ` +
      `${formatQuantity(shape.replyTokensPerTurn, 0)} reply tokens a turn), ${common}`
    );
  }
  if (shape.kind === 'agent-chain') {
    return (
      `${describeUnits(shape)} a month × ${formatQuantity(shape.stepsPerTask, 0)} steps ` +
      `(${formatQuantity(shape.baseContextTokens, 0)}-token base context, ${formatQuantity(shape.toolResultTokensPerStep, 0)} tool-result + ` +
      `${formatQuantity(shape.outputTokensPerStep, 0)} output tokens a step), ${common}`
    );
  }
  return (
    `${describeUnits(shape)} a month × ${formatQuantity(shape.inputTokensPerRequest, 0)} input + ` +
    `${formatQuantity(shape.outputTokensPerRequest, 0)} output tokens, ${common}`
  );
}

/** "requests", "conversations" or "tasks"; several kinds together are units of the scenario's mix. */
export function unitsOfMix(shapes: ShapeList): string {
  const kinds = new Set(shapes.map((shape) => shape.kind));
  const [only] = kinds;
  if (kinds.size !== 1 || only === undefined) return 'units of this mix (requests, conversations and tasks)';
  return UNIT_WORDS[only][1];
}

/** The per-unit word of a shape's kind: "request", "conversation" or "task". */
export function unitWord(shape: WorkloadShape): string {
  return UNIT_WORDS[shape.kind][0];
}

/**
 * "10,000 requests a month × 2,000 input + 500 output tokens, 0% cache hits, 0% retry buffer"; several
 * endpoints are listed by name (the caption of a downloaded chart).
 */
export function describeScenario(endpoints: readonly { name: string; shape: WorkloadShape }[]): string {
  const [only] = endpoints;
  if (endpoints.length === 1 && only) return describeShape(only.shape);
  return endpoints.map((endpoint) => `${endpoint.name}: ${describeShape(endpoint.shape)}`).join('; ');
}
