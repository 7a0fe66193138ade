import { describe, expect, it } from 'vitest';
import { changeShapeKind, DEFAULT_SHAPES } from './shape-kinds';
import { validateShape } from './shape-ranges';

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
