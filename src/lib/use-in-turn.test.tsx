import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInTurn } from './use-in-turn';
import { SETTLE_MS } from './use-settled-value';

/**
 * The rule: a new value reaches the first part at once and each next part a frame after the one
 * before, never while a slider is being moved; once the input settles the rest follow.
 */
describe('useInTurn', () => {
  let slider: HTMLInputElement;

  beforeEach(() => {
    vi.useFakeTimers();
    slider = Object.assign(document.createElement('input'), { type: 'range' });
    document.body.append(slider);
  });
  afterEach(() => {
    fireEvent.pointerUp(slider);
    fireEvent.keyDown(slider, { key: 'Enter' });
    slider.remove();
    vi.useRealTimers();
  });

  const partsOf = (initial: string) =>
    renderHook(({ value }) => useInTurn(value, 3), { initialProps: { value: initial } });
  /** One frame and the task after it. */
  const nextFrame = () => act(() => vi.advanceTimersByTime(20));

  it('hands a new value to one part at a time, in order', () => {
    const { result, rerender } = partsOf('a');
    expect(result.current).toEqual(['a', 'a', 'a']);
    rerender({ value: 'b' });
    expect(result.current).toEqual(['b', 'a', 'a']);
    nextFrame();
    expect(result.current).toEqual(['b', 'b', 'a']);
    nextFrame();
    expect(result.current).toEqual(['b', 'b', 'b']);
  });

  it('starts again from the first part when the value changes halfway', () => {
    const { result, rerender } = partsOf('a');
    rerender({ value: 'b' });
    nextFrame();
    rerender({ value: 'c' });
    expect(result.current).toEqual(['c', 'b', 'a']);
    nextFrame();
    nextFrame();
    expect(result.current).toEqual(['c', 'c', 'c']);
  });

  it('hands nothing on while a slider is held, and carries on when it is released', () => {
    const { result, rerender } = partsOf('a');
    rerender({ value: 'b' });
    fireEvent.pointerDown(slider);
    fireEvent.pointerMove(slider);
    for (let frame = 0; frame < 10; frame += 1) nextFrame();
    expect(result.current).toEqual(['b', 'a', 'a']);
    act(() => {
      fireEvent.pointerUp(slider);
    });
    nextFrame();
    nextFrame();
    expect(result.current).toEqual(['b', 'b', 'b']);
  });

  it('hands nothing on while keys step a slider, and carries on once they stop', () => {
    const { result, rerender } = partsOf('a');
    rerender({ value: 'b' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    nextFrame();
    expect(result.current).toEqual(['b', 'a', 'a']);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    nextFrame();
    expect(result.current).toEqual(['b', 'b', 'b']);
  });
});
