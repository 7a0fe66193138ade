import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from './use-throttled-value';

describe('useThrottledValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows a changing value at most once per interval and always ends on the latest value', () => {
    const { result, rerender } = renderHook(({ value }) => useThrottledValue(value, 250), {
      initialProps: { value: 0 },
    });
    rerender({ value: 1 });
    expect(result.current).toBe(1);
    for (let value = 2; value <= 5; value += 1) {
      act(() => vi.advanceTimersByTime(50));
      rerender({ value });
    }
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe(5);
  });
});
