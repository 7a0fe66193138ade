import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameWhileKey } from './use-same-while-key';

describe('useSameWhileKey', () => {
  it('keeps the first value while the key is the same, and takes the new one when it changes', () => {
    const first = ['Moonshot AI'];
    const { result, rerender } = renderHook(({ value }) => useSameWhileKey(value, value.join()), {
      initialProps: { value: first },
    });
    rerender({ value: ['Moonshot AI'] });
    expect(result.current).toBe(first);
    const changed = ['Moonshot AI', 'OpenRouter'];
    rerender({ value: changed });
    expect(result.current).toBe(changed);
  });
});
