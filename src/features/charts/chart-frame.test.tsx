import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame';

/** An IntersectionObserver the test moves: `scroll(true)` brings every observed element near. */
function stubObserver() {
  const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      readonly record: { callback: IntersectionObserverCallback; targets: Element[] };
      constructor(callback: IntersectionObserverCallback) {
        this.record = { callback, targets: [] };
        observers.push(this.record);
      }
      observe(target: Element) {
        this.record.targets.push(target);
      }
      disconnect() {
        this.record.targets = [];
      }
    },
  );
  return (near: boolean) =>
    act(() => {
      for (const { callback, targets } of observers) {
        const entries = targets.map(
          (target) => ({ isIntersecting: near, target }) as IntersectionObserverEntry,
        );
        if (entries.length > 0) callback(entries, {} as IntersectionObserver);
      }
    });
}

/** A chart whose drawing shows the monthly cost it was drawn with. */
function frame(cost: string) {
  return (
    <ChartFrame
      title="Cost versus monthly volume"
      caption={`Your route costs ${cost} a month.`}
      scenario="10,000 requests a month"
      fileName="cost-versus-volume"
      legend={[]}
      tables={[]}
      plotHeight={320}
    >
      <svg role="img" aria-label={`Drawn with ${cost}`} />
    </ChartFrame>
  );
}

const drawing = () => document.querySelector('.chart__figure');

describe('ChartFrame', () => {
  let scroll: (near: boolean) => void;
  beforeEach(() => {
    scroll = stubObserver();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('holds the place of its drawing until it comes near the viewport, then draws it', () => {
    const { rerender } = render(frame('$39.00'));
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('.chart__placeholder')).toHaveStyle({ height: '320px' });
    rerender(frame('$40.00'));
    scroll(true);
    expect(screen.getByRole('img', { name: 'Drawn with $40.00' })).toBeInTheDocument();
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
    expect(screen.getByRole('img', { hidden: true, name: 'Drawn with $39.00' })).toBeInTheDocument();
  });

  it('near again, redraws with the latest figures and shows the drawing', () => {
    const { rerender } = render(frame('$39.00'));
    scroll(true);
    scroll(false);
    rerender(frame('$40.00'));
    rerender(frame('$41.00'));
    scroll(true);
    expect(screen.getByRole('img', { name: 'Drawn with $41.00' })).toBeInTheDocument();
    expect(drawing()).not.toHaveClass('chart__figure--stale');
  });

  it('near, follows every new figure', () => {
    const { rerender } = render(frame('$39.00'));
    scroll(true);
    rerender(frame('$40.00'));
    expect(screen.getByRole('img', { name: 'Drawn with $40.00' })).toBeInTheDocument();
  });
});
