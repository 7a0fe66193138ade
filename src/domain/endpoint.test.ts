import { describe, expect, it } from 'vitest';
import {
  changeShapeKind,
  DEFAULT_ENDPOINT,
  DEFAULT_SHAPES,
  moveItem,
  nextEndpointId,
  readEndpointName,
  uniqueEndpointName,
} from './endpoint';
import { validateShape } from './workload-shapes';

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

describe('changeShapeKind', () => {
  it('switches to the kind defaults and keeps caching, retries and the extras', () => {
    const shape = {
      ...DEFAULT_SHAPES.requests,
      cacheHitRatePercent: 30,
      retryBufferPercent: 5,
      reasoningTokensPerCall: 200,
    };
    const chat = changeShapeKind(shape, 'conversation');
    expect(chat).toEqual({
      ...DEFAULT_SHAPES.conversation,
      cacheHitRatePercent: 30,
      retryBufferPercent: 5,
      reasoningTokensPerCall: 200,
    });
    expect(changeShapeKind(chat, 'conversation')).toBe(chat);
  });

  it('has valid defaults for every kind', () => {
    for (const shape of Object.values(DEFAULT_SHAPES)) expect(validateShape(shape)).toEqual([]);
  });
});
