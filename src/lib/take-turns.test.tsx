import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeTurn, useTurnWhen } from './take-turns';

/** One frame and the task after it. */
const nextFrame = () => act(() => vi.advanceTimersByTime(20));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  // Let any turn still running finish, so the next test starts with no turn taken.
  for (let frame = 0; frame < 5; frame += 1) vi.advanceTimersByTime(20);
  vi.useRealTimers();
});

describe('takeTurn', () => {
  it('gives the first a turn at once, and each next one a frame after the one before', () => {
    const turns: string[] = [];
    for (const name of ['split', 'tornado', 'volume']) takeTurn(() => turns.push(name));
    expect(turns).toEqual(['split']);
    vi.advanceTimersByTime(20);
    expect(turns).toEqual(['split', 'tornado']);
    vi.advanceTimersByTime(20);
    expect(turns).toEqual(['split', 'tornado', 'volume']);
  });

  it('skips one that is cancelled before its turn', () => {
    const turns: string[] = [];
    takeTurn(() => turns.push('split'));
    const cancel = takeTurn(() => turns.push('tornado'));
    takeTurn(() => turns.push('volume'));
    cancel();
    vi.advanceTimersByTime(20);
    expect(turns).toEqual(['split', 'volume']);
  });

  it('once no turn was taken for a frame, gives the next at once', () => {
    const turns: string[] = [];
    takeTurn(() => turns.push('split'));
    vi.advanceTimersByTime(20);
    vi.advanceTimersByTime(20);
    takeTurn(() => turns.push('tornado'));
    expect(turns).toEqual(['split', 'tornado']);
  });
});

describe('useTurnWhen', () => {
  it('turns on in turn, one view a frame, and off at once', () => {
    const views = [0, 1].map(() =>
      renderHook(({ wanted }) => useTurnWhen(wanted), { initialProps: { wanted: false } }),
    );
    expect(views.map((view) => view.result.current)).toEqual([false, false]);
    for (const view of views) view.rerender({ wanted: true });
    expect(views.map((view) => view.result.current)).toEqual([true, false]);
    nextFrame();
    expect(views.map((view) => view.result.current)).toEqual([true, true]);
    views[0]?.rerender({ wanted: false });
    expect(views[0]?.result.current).toBe(false);
  });
});
