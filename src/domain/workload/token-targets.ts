/**
 * Where a token count taken from a text goes in a workload shape. The rules, in words:
 * - "Input" is what one call sends, "output" what it generates: a single request's input and output
 *   tokens per request (also when it counts users); a conversation's user tokens and reply tokens per
 *   turn; an agent chain's base context tokens and output tokens per step.
 * - The field is named by its visible label, so the page can say which field a button sets.
 * - The count is set only when the shape stays valid with it (a whole number within the field's
 *   range); otherwise nothing changes and the reason is given in the field's own words.
 */
import type { ShapeField } from './shape-fields';
import type { ShapeKind } from './shape-kinds';
import { AGENT_CHAIN_RANGES, CONVERSATION_RANGES, REQUEST_RANGES, validateShape } from './shape-ranges';
import type { WorkloadShape } from './shapes';

export type TokenDirection = 'input' | 'output';

interface TargetField {
  readonly field: ShapeField;
  readonly label: string;
}

const target = (field: ShapeField, range: { readonly label: string }): TargetField => ({
  field,
  label: range.label,
});

export const TOKEN_TARGET_FIELDS: Readonly<Record<ShapeKind, Readonly<Record<TokenDirection, TargetField>>>> =
  {
    requests: {
      input: target('inputTokensPerRequest', REQUEST_RANGES.inputTokensPerRequest),
      output: target('outputTokensPerRequest', REQUEST_RANGES.outputTokensPerRequest),
    },
    conversation: {
      input: target('userTokensPerTurn', CONVERSATION_RANGES.userTokensPerTurn),
      output: target('replyTokensPerTurn', CONVERSATION_RANGES.replyTokensPerTurn),
    },
    'agent-chain': {
      input: target('baseContextTokens', AGENT_CHAIN_RANGES.baseContextTokens),
      output: target('outputTokensPerStep', AGENT_CHAIN_RANGES.outputTokensPerStep),
    },
  };

export interface TokenTarget extends TargetField {
  /** The field's value now. */
  readonly current: number;
  /** Why the count cannot be set there; null when it can. */
  readonly problem: string | null;
}

/** The field `tokens` would set for `direction` in `shape`, and whether it can. */
export function tokenTarget(shape: WorkloadShape, direction: TokenDirection, tokens: number): TokenTarget {
  const { field, label } = TOKEN_TARGET_FIELDS[shape.kind][direction];
  // Every kind has both of its target fields, so setting one keeps the shape's kind.
  const current = Number(Reflect.get(shape, field));
  const problems = validateShape({ ...shape, [field]: tokens } as WorkloadShape);
  const problem = (problems.find((candidate) => candidate.field === field) ?? problems[0])?.message ?? null;
  return { field, label, current, problem };
}
