import { describe, expect, it } from 'vitest';
import { changeShapeKind, DEFAULT_SHAPES } from '../workload/shape-kinds';
import {
  DEFAULT_ENDPOINT,
  type Endpoint,
  moveItem,
  nextEndpointId,
  readEndpointName,
  rememberShape,
  switchShapeKind,
  uniqueEndpointName,
} from './endpoint';

describe('readEndpointName', () => {
  // Rule: 1 to 80 characters after trimming and collapsing whitespace; markup is just characters.
  it.each([
    ['  Support   chat ', { ok: true, name: 'Support chat' }],
    ['<img src=x onerror=alert(1)>', { ok: true, name: '<img src=x onerror=alert(1)>' }],
    ['   ', { ok: false, message: 'An endpoint needs a name.' }],
    [
      'x'.repeat(10_000),
      { ok: false, message: 'An endpoint name can be at most 80 characters (this one has 10,000).' },
    ],
    [42, { ok: false, message: 'An endpoint name must be text.' }],
    // Bidirectional controls go (they would reorder the name on screen); lone surrogates become U+FFFD.
    ['Tag\u202Egnp.exe', { ok: true, name: 'Taggnp.exe' }],
    ['\u2067Chat\u2069 \u200Fone', { ok: true, name: 'Chat one' }],
    ['A\uD800B', { ok: true, name: 'A\uFFFDB' }],
    ['\u202E\u202D', { ok: false, message: 'An endpoint needs a name.' }],
  ])('%j', (text, expected) => expect(readEndpointName(text)).toEqual(expected));
});

describe('endpoint lists', () => {
  it('gives new endpoints an unused id and a unique name', () => {
    const list = [DEFAULT_ENDPOINT, { ...DEFAULT_ENDPOINT, id: 'e7', name: 'Endpoint 1 (2)' }];
    expect(nextEndpointId(list)).toBe('e8');
    expect(uniqueEndpointName('Endpoint 1', list)).toBe('Endpoint 1 (3)');
    expect(uniqueEndpointName('Tagging', list)).toBe('Tagging');
    expect([
      ...uniqueEndpointName('y'.repeat(80), [{ ...DEFAULT_ENDPOINT, name: 'y'.repeat(80) }]),
    ]).toHaveLength(80);
  });

  it('moves an item within bounds and leaves the list alone otherwise', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, -2)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 5, 1)).toBe(list);
  });
});

describe('each endpoint remembers the shapes it used', () => {
  // Rule: switching away from a shape keeps its own fields; switching back restores them, with the
  // call options (cache, retries, reasoning, cap, batch) as they are now, since every shape shares them.
  // A shape at its defaults is not remembered; the current kind is never in the memory.
  const chat = { ...DEFAULT_SHAPES.conversation, conversationsPerMonth: 7_000, turnsPerConversation: 9 };
  const onChat: Endpoint = { ...DEFAULT_ENDPOINT, shape: { ...chat, cacheHitRatePercent: 30 } };

  it('restores a conversation after a trip through agent chains and single requests', () => {
    const away = switchShapeKind(switchShapeKind(onChat, 'agent-chain'), 'requests');
    expect(away.shape).toEqual({ ...DEFAULT_SHAPES.requests, cacheHitRatePercent: 30 });
    expect(Object.keys(away.otherShapes ?? {})).toEqual(['conversation']);
    const back = switchShapeKind(away, 'conversation');
    expect(back.shape).toEqual(onChat.shape);
    expect(back.otherShapes).toBeUndefined();
  });

  it('keeps the values typed in each shape, and carries the shared options along', () => {
    const agent = switchShapeKind(onChat, 'agent-chain');
    const edited: Endpoint = {
      ...agent,
      shape: { ...agent.shape, stepsPerTask: 12, retryBufferPercent: 5 } as Endpoint['shape'],
    };
    const chatAgain = switchShapeKind(edited, 'conversation');
    expect(chatAgain.shape).toMatchObject({ turnsPerConversation: 9, retryBufferPercent: 5 });
    expect(switchShapeKind(chatAgain, 'agent-chain').shape).toMatchObject({
      stepsPerTask: 12,
      retryBufferPercent: 5,
    });
  });

  it.each([
    ['a default shape', DEFAULT_ENDPOINT, 'conversation'],
    ['the same kind', onChat, 'conversation'],
  ] as const)('remembers nothing when leaving %s', (_what, endpoint, kind) => {
    expect(switchShapeKind(endpoint, kind).otherShapes).toBeUndefined();
  });

  it('remembers the shape a log replaced (rememberShape), consumer traffic included', () => {
    const consumer: Endpoint = {
      ...DEFAULT_ENDPOINT,
      shape: {
        ...DEFAULT_SHAPES.requests,
        consumer: { usersPerMonth: 500, requestsPerUser: 2.5 },
      } as Endpoint['shape'],
    };
    const onChatNow = rememberShape(consumer, chat);
    expect(onChatNow.otherShapes?.requests).toMatchObject({
      consumer: { usersPerMonth: 500, requestsPerUser: 2.5 },
    });
    expect(switchShapeKind(onChatNow, 'requests').shape).toEqual(consumer.shape);
  });

  it('restores through changeShapeKind only a remembered shape of the kind asked for', () => {
    expect(changeShapeKind(DEFAULT_SHAPES.requests, 'conversation', chat)).toEqual(chat);
    expect(changeShapeKind(DEFAULT_SHAPES.requests, 'agent-chain', chat)).toEqual(
      DEFAULT_SHAPES['agent-chain'],
    );
  });
});
