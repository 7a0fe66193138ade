import { describe, expect, it } from 'vitest';
import { withConsumerTraffic } from './shape-fields';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_CONVERSATION_SHAPE, DEFAULT_REQUEST_SHAPE } from './shape-kinds';
import type { WorkloadShape } from './shapes';
import { type TokenDirection, tokenTarget } from './token-targets';

const COUNTING_USERS = withConsumerTraffic(DEFAULT_REQUEST_SHAPE, true) as WorkloadShape;

describe('tokenTarget', () => {
  // Rule: input goes to what one call sends, output to what it generates: input/output tokens per
  // request (users or not); user/reply tokens per turn; base context/output tokens per step. The
  // field is named by its label, and its current value is given.
  it.each<[string, WorkloadShape, TokenDirection, string, string, number]>([
    ['requests', DEFAULT_REQUEST_SHAPE, 'input', 'inputTokensPerRequest', 'Input tokens per request', 2_000],
    ['requests', DEFAULT_REQUEST_SHAPE, 'output', 'outputTokensPerRequest', 'Output tokens per request', 500],
    ['users', COUNTING_USERS, 'input', 'inputTokensPerRequest', 'Input tokens per request', 2_000],
    ['users', COUNTING_USERS, 'output', 'outputTokensPerRequest', 'Output tokens per request', 500],
    ['conversation', DEFAULT_CONVERSATION_SHAPE, 'input', 'userTokensPerTurn', 'User tokens per turn', 100],
    [
      'conversation',
      DEFAULT_CONVERSATION_SHAPE,
      'output',
      'replyTokensPerTurn',
      'Reply tokens per turn',
      300,
    ],
    ['agent chain', DEFAULT_AGENT_CHAIN_SHAPE, 'input', 'baseContextTokens', 'Base context tokens', 3_000],
    [
      'agent chain',
      DEFAULT_AGENT_CHAIN_SHAPE,
      'output',
      'outputTokensPerStep',
      'Output tokens per step',
      200,
    ],
  ])('%s, %s → %s (“%s”, now %i)', (_name, shape, direction, field, label, current) => {
    expect(tokenTarget(shape, direction, 1_234)).toEqual({ field, label, current, problem: null });
  });

  // Rule: a count the field cannot hold is refused in the field's own words: over its maximum
  // (10,000,000 a request, 1,000,000 a turn or step), negative or not whole.
  it.each<[string, WorkloadShape, TokenDirection, number, string | null]>([
    ['request at its maximum', DEFAULT_REQUEST_SHAPE, 'input', 10_000_000, null],
    [
      'request over it',
      DEFAULT_REQUEST_SHAPE,
      'input',
      10_000_001,
      'Input tokens per request must be at most 10,000,000.',
    ],
    ['turn at its maximum', DEFAULT_CONVERSATION_SHAPE, 'output', 1_000_000, null],
    [
      'turn over it',
      DEFAULT_CONVERSATION_SHAPE,
      'output',
      1_000_001,
      'Reply tokens per turn must be at most 1,000,000.',
    ],
    [
      'step over it',
      DEFAULT_AGENT_CHAIN_SHAPE,
      'input',
      1_200_000,
      'Base context tokens must be at most 1,000,000.',
    ],
    ['zero', DEFAULT_REQUEST_SHAPE, 'output', 0, null],
    ['negative', DEFAULT_REQUEST_SHAPE, 'output', -1, 'Output tokens per request cannot be negative.'],
    ['not whole', DEFAULT_REQUEST_SHAPE, 'input', 1.5, 'Input tokens per request must be a whole number.'],
  ])('%s: %s %i → %j', (_name, shape, direction, tokens, problem) => {
    expect(tokenTarget(shape, direction, tokens).problem).toBe(problem);
  });
});
