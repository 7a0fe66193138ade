import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, useSettledValue } from './use-settled-value';

/**
 * The rule: a change made while a slider is being moved (keys pressed in it, or it is held) waits until
 * the input settles: no key for SETTLE_MS, the slider released, or Enter / Tab pressed. A change made
 * any other way (a button, a checkbox, a link) is followed at once.
 */
describe('useSettledValue', () => {
  let slider: HTMLInputElement;
  let checkbox: HTMLInputElement;

  beforeEach(() => {
    vi.useFakeTimers();
    slider = Object.assign(document.createElement('input'), { type: 'range' });
    checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    document.body.append(slider, checkbox);
  });
  afterEach(() => {
    // Whatever a test left in progress ends here, so the next one starts with no input in progress.
    fireEvent.pointerUp(slider);
    fireEvent.keyDown(slider, { key: 'Enter' });
    slider.remove();
    checkbox.remove();
    vi.useRealTimers();
  });

  const settledOf = (initial: number) =>
    renderHook(({ value }) => useSettledValue(value), { initialProps: { value: initial } });

  it('follows a change at once when no slider is moving (a checkbox, a button, a link)', () => {
    const { result, rerender } = settledOf(1);
    fireEvent.keyDown(checkbox, { key: ' ' });
    rerender({ value: 2 });
    expect(result.current).toBe(2);
  });

  it('keeps its value while keys step a slider, and follows once no key came for SETTLE_MS', () => {
    const { result, rerender } = settledOf(1);
    for (let value = 2; value <= 6; value += 1) {
      fireEvent.keyDown(slider, { key: 'ArrowRight' });
      rerender({ value });
      act(() => vi.advanceTimersByTime(SETTLE_MS - 100));
      expect(result.current).toBe(1);
    }
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(6);
  });

  it('keeps its value while a slider is held, however slow the moves, and follows when it is released', () => {
    const { result, rerender } = settledOf(1);
    fireEvent.pointerDown(slider);
    for (let value = 2; value <= 4; value += 1) {
      fireEvent.pointerMove(slider);
      rerender({ value });
      // A slow page: longer between two moves than the quiet time of keys.
      act(() => vi.advanceTimersByTime(SETTLE_MS + 200));
      expect(result.current).toBe(1);
    }
    act(() => {
      fireEvent.pointerUp(slider);
    });
    expect(result.current).toBe(4);
  });

  it('follows at once when Enter ends typing in a field', () => {
    const { result, rerender } = settledOf(1);
    fireEvent.keyDown(slider, { key: '5' });
    rerender({ value: 5 });
    expect(result.current).toBe(1);
    act(() => {
      fireEvent.keyDown(slider, { key: 'Enter' });
    });
    expect(result.current).toBe(5);
  });
});
