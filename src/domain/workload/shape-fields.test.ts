import { describe, expect, it } from 'vitest';
import { aConversation, anAgentChain, aRequestShape } from '../../testing/shape-builders';
import {
  cacheWriteCapNote,
  checkConsumerField,
  fitWarningsByField,
  type ShapeField,
  shapeFieldValue,
  withConsumerTraffic,
  withShapeValue,
} from './shape-fields';
import type { WorkloadShape } from './shapes';

const REQUESTS = aRequestShape();
const USERS = aRequestShape({ consumer: { usersPerMonth: 200, requestsPerUser: 2.5 } });
const CHAT = aConversation();
const AGENT = anAgentChain({ maxOutputTokensPerCall: 900 });

describe('reading a field', () => {
  // Rule: a field reads from the shape, a consumer field from its users block; a field the shape
  // does not have reads 0, and so does an output cap that is off.
  it.each<[string, WorkloadShape, ShapeField, number]>([
    ['a request field', REQUESTS, 'inputTokensPerRequest', 2_000],
    ['a call option', CHAT, 'retryBufferPercent', 0],
    ['a conversation field', CHAT, 'turnsPerConversation', 5],
    ['an agent field with decimals', AGENT, 'toolCallFeeUsd', 0.005],
    ['the output cap when on', AGENT, 'maxOutputTokensPerCall', 900],
    ['the output cap when off', REQUESTS, 'maxOutputTokensPerCall', 0],
    ['users, on a shape counting users', USERS, 'usersPerMonth', 200],
    ['requests per user', USERS, 'requestsPerUser', 2.5],
    ['users, on a shape counting requests', REQUESTS, 'usersPerMonth', 0],
    ['a field of another kind', CHAT, 'stepsPerTask', 0],
  ])('%s', (_case, shape, field, expected) => {
    expect(shapeFieldValue(shape, field)).toBe(expected);
  });
});

describe('setting a field', () => {
  // Rule: only a field the shape has is set, and only to a number; the output cap alone takes null
  // (no cap); consumer fields need a request shape counting users. Ranges are checked by validateShape.
  it.each<[string, WorkloadShape, ShapeField, number | null, Partial<WorkloadShape> | null]>([
    ['a request field', REQUESTS, 'requestsPerMonth', 5, { requestsPerMonth: 5 }],
    ['a call option on an agent', AGENT, 'cacheHitRatePercent', 30, { cacheHitRatePercent: 30 }],
    ['the output cap off', AGENT, 'maxOutputTokensPerCall', null, { maxOutputTokensPerCall: null }],
    ['any other field to null', CHAT, 'turnsPerConversation', null, null],
    ['a field of another kind', CHAT, 'stepsPerTask', 3, null],
    [
      'users on a shape counting users',
      USERS,
      'usersPerMonth',
      9,
      { consumer: { usersPerMonth: 9, requestsPerUser: 2.5 } },
    ],
    ['users on a shape counting requests', REQUESTS, 'usersPerMonth', 9, null],
    ['users on a conversation', CHAT, 'requestsPerUser', 9, null],
    ['users to null', USERS, 'usersPerMonth', null, null],
  ])('%s', (_case, shape, field, value, expected) => {
    const next = withShapeValue(shape, field, value);
    expect(next).toEqual(expected === null ? null : { ...shape, ...expected });
  });

  it('refuses a name that is no field, whatever the caller says', () => {
    expect(withShapeValue(REQUESTS, 'kind' as ShapeField, 1)).toBeNull();
    expect(withShapeValue(USERS, 'consumer' as ShapeField, 1)).toBeNull();
  });
});

describe('switching consumer traffic', () => {
  // Rule: on, users start at a tenth of the requests (at least 1) with 10 requests each; off, the
  // requests are what the users made, rounded half up; no change or no request shape: null.
  it.each<[string, WorkloadShape, boolean, Partial<WorkloadShape> | null]>([
    ['on', REQUESTS, true, { consumer: { usersPerMonth: 100, requestsPerUser: 10 } }],
    [
      'on, from 4 requests',
      aRequestShape({ requestsPerMonth: 4 }),
      true,
      { consumer: { usersPerMonth: 1, requestsPerUser: 10 } },
    ],
    ['off: 200 users × 2.5', USERS, false, { consumer: null, requestsPerMonth: 500 }],
    [
      'off: 15 users × 4.1 = 61.5 → 62',
      aRequestShape({ consumer: { usersPerMonth: 15, requestsPerUser: 4.1 } }),
      false,
      { consumer: null, requestsPerMonth: 62 },
    ],
    ['on when already on', USERS, true, null],
    ['off when already off', REQUESTS, false, null],
    ['on a conversation', CHAT, true, null],
  ])('%s', (_case, shape, on, expected) => {
    expect(withConsumerTraffic(shape, on)).toEqual(expected === null ? null : { ...shape, ...expected });
  });
});

describe('the consumer cross-field check', () => {
  const MANY_USERS = aRequestShape({ consumer: { usersPerMonth: 10_000_000_000, requestsPerUser: 1 } });
  // Rule: users × requests per user must stay within 10^12 requests a month; only the consumer fields are checked.
  it.each<[string, WorkloadShape, ShapeField, number, string | null]>([
    ['a product that fits', USERS, 'usersPerMonth', 1_000_000, null],
    ['10^10 users × 100 requests each: the maximum', MANY_USERS, 'requestsPerUser', 100, null],
    [
      '10^10 users × 101 requests each',
      MANY_USERS,
      'requestsPerUser',
      101,
      'Users × requests per user must be at most 1,000,000,000,000 a month.',
    ],
    ['another field', USERS, 'inputTokensPerRequest', 1_000_000_000_000, null],
    ['a shape counting requests', REQUESTS, 'usersPerMonth', 1_000_000_000_000, null],
  ])('%s', (_case, shape, field, value, expected) => {
    expect(checkConsumerField(shape, field, value)).toBe(expected);
  });
});

describe('fit warnings by field', () => {
  // Rule: the context-window warning sits beside the input (requests) or the turns/steps count; the
  // max-output warning beside the output of one call.
  const small = { contextWindow: 1_000, maxOutput: 100 };
  it.each<[string, WorkloadShape, ShapeField[]]>([
    ['requests', REQUESTS, ['inputTokensPerRequest', 'outputTokensPerRequest']],
    ['a conversation', CHAT, ['turnsPerConversation', 'replyTokensPerTurn']],
    ['an agent chain', AGENT, ['stepsPerTask', 'outputTokensPerStep']],
  ])('%s', (_case, shape, fields) => {
    expect(Object.keys(fitWarningsByField(shape, small))).toEqual(fields);
  });

  it('says nothing when the shape fits, and the warning words when it does not', () => {
    expect(fitWarningsByField(REQUESTS, { contextWindow: null, maxOutput: null })).toEqual({});
    expect(fitWarningsByField(REQUESTS, { contextWindow: 100_000, maxOutput: 100 })).toEqual({
      outputTokensPerRequest: [
        "500 output tokens exceed this route's maximum output of 100 tokens per request.",
      ],
    });
  });
});

describe('cacheWriteCapNote', () => {
  // Rule: hits and writes together are at most 100 % of the input; a higher write rate is billed as 100 % − hit.
  it.each([
    { hit: 0, write: 100, note: null },
    { hit: 90, write: 10, note: null },
    {
      hit: 95,
      write: 10,
      note: 'With a 95% hit rate, at most 5% of the input is left to write: 5% is billed as written.',
    },
    {
      hit: 33.33,
      write: 70,
      note: 'With a 33.33% hit rate, at most 66.67% of the input is left to write: 66.67% is billed as written.',
    },
  ])('$hit% hits and $write% writes: $note', ({ hit, write, note }) => {
    const shape = aRequestShape({ cacheHitRatePercent: hit, cacheWriteRatePercent: write });
    expect(cacheWriteCapNote(shape)).toBe(note);
  });
});
