import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useHeldWhile } from './use-held-while';

describe('useHeldWhile', () => {
  it('gives the value at once while not held', () => {
    const { result, rerender } = renderHook(({ value }) => useHeldWhile(value, false), {
      initialProps: { value: '$39.00' },
    });
    rerender({ value: '$40.00' });
    expect(result.current).toBe('$40.00');
  });

  it('keeps the last unheld value while held, and gives the latest one once released', () => {
    const { result, rerender } = renderHook(({ value, held }) => useHeldWhile(value, held), {
      initialProps: { value: '$39.00', held: false },
    });
    rerender({ value: '$40.00', held: false });
    rerender({ value: '$41.00', held: true });
    rerender({ value: '$42.00', held: true });
    expect(result.current).toBe('$40.00');
    rerender({ value: '$42.00', held: false });
    expect(result.current).toBe('$42.00');
    rerender({ value: '$43.00', held: true });
    expect(result.current).toBe('$42.00');
  });

  it('held from the start, keeps the first value', () => {
    const { result, rerender } = renderHook(({ value, held }) => useHeldWhile(value, held), {
      initialProps: { value: '$39.00', held: true },
    });
    rerender({ value: '$40.00', held: true });
    expect(result.current).toBe('$39.00');
  });
});
