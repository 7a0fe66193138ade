import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../../testing/intersection-observer-stub';
import { ChartFrame } from './chart-frame';

/** Brings every observed element near (or far), then lets `frames` frames pass. */
function stubObserver() {
  const scrollTo = stubIntersectionObserver();
  return (near: boolean, frames = 1) => {
    act(() => scrollTo(near));
    for (let frame = 0; frame < frames; frame += 1) act(() => vi.advanceTimersByTime(20));
  };
}

const VOLUME = 'Cost versus monthly volume';

/** A chart whose drawing shows the monthly cost it was drawn with. */
function frame(cost: string, title = VOLUME) {
  return (
    <ChartFrame
      title={title}
      caption={`Your route costs ${cost} a month.`}
      scenario="10,000 requests a month"
      fileName="cost-versus-volume"
      legend={[]}
      tables={[]}
      plotHeight={320}
    >
      <svg role="img" aria-label={`${title} drawn with ${cost}`} />
    </ChartFrame>
  );
}

const drawing = () => document.querySelector('.chart__figure');

describe('ChartFrame', () => {
  let scroll: (near: boolean, frames?: number) => void;
  beforeEach(() => {
    vi.useFakeTimers();
    scroll = stubObserver();
  });
  afterEach(() => {
    // Every turn taken has ended: the next test starts with none.
    for (let frame = 0; frame < 5; frame += 1) vi.advanceTimersByTime(20);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('holds the place of its drawing until it comes near the viewport, then draws it', () => {
    const { rerender } = render(frame('$39.00'));
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('.chart__placeholder')).toHaveStyle({ height: '320px' });
    rerender(frame('$40.00'));
    scroll(true);
    expect(screen.getByRole('img', { name: `${VOLUME} drawn with $40.00` })).toBeInTheDocument();
  });

  it('far from the viewport, keeps its last drawing hidden while its words follow the new figures', () => {
    const { rerender } = render(frame('$39.00'));
    scroll(true);
    scroll(false);
    rerender(frame('$40.00'));
    expect(screen.getByText('Your route costs $40.00 a month.')).toBeInTheDocument();
    expect(drawing()).toHaveClass('chart__figure--stale');
    // Hidden: neither seen nor read out with figures that are no longer the current ones.
    expect(screen.queryByRole('img')).toBeNull();
    expect(
      screen.getByRole('img', { hidden: true, name: `${VOLUME} drawn with $39.00` }),
    ).toBeInTheDocument();
  });

  it('near again, redraws with the latest figures and shows the drawing', () => {
    const { rerender } = render(frame('$39.00'));
    scroll(true);
    scroll(false);
    rerender(frame('$40.00'));
    rerender(frame('$41.00'));
    scroll(true);
    expect(screen.getByRole('img', { name: `${VOLUME} drawn with $41.00` })).toBeInTheDocument();
    expect(drawing()).not.toHaveClass('chart__figure--stale');
  });

  it('charts that come near together draw one a frame, in their turn', () => {
    render(
      <>
        {frame('$39.00', 'Where the money goes')}
        {frame('$39.00', 'Cost by route')}
      </>,
    );
    scroll(true, 0);
    expect(screen.getAllByRole('img').map((image) => image.getAttribute('aria-label'))).toEqual([
      'Where the money goes drawn with $39.00',
    ]);
    act(() => vi.advanceTimersByTime(20));
    expect(screen.getAllByRole('img')).toHaveLength(2);
  });

  it('near, follows every new figure', () => {
    const { rerender } = render(frame('$39.00'));
    scroll(true);
    rerender(frame('$40.00'));
    expect(screen.getByRole('img', { name: `${VOLUME} drawn with $40.00` })).toBeInTheDocument();
  });
});
