/**
 * When lazily loaded parts fetch their code. The rules in words:
 * - a deferred part (charts, rates, calibrate, billing, token estimate) shows its placeholder until the
 *   page has painted, then loads when it comes near the viewport or the browser is idle, whichever is
 *   first; without those browser APIs it loads at once;
 * - an island (the comparison table) says when it has arrived, and the page knows when none waits.
 */
import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../../testing/intersection-observer-stub';
import { DeferredPart } from './deferred-part';
import { IslandsProvider, LazyIsland, useIslandsHydrated } from './hydration-island';
import { retryableLazy } from './retryable-lazy';

function Loaded() {
  return <p>The part loaded</p>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Browser scheduling APIs under the test's control. */
function stubScheduling() {
  const frames: FrameRequestCallback[] = [];
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => {});
  const scrollTo = stubIntersectionObserver();
  return {
    paintFrame: () =>
      act(() => {
        for (const frame of frames.splice(0)) frame(0);
      }),
    beIdle: () =>
      act(() => {
        for (const callback of idle.splice(0)) callback({ didTimeout: false, timeRemaining: () => 10 });
      }),
    scrollNear: () => act(() => scrollTo(true)),
  };
}

describe('DeferredPart', () => {
  it('without IntersectionObserver (jsdom), loads at once', async () => {
    const load = vi.fn(async () => Loaded);
    render(<DeferredPart loader={retryableLazy(load)} fallback={<p>Loading…</p>} />);
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing before the page has painted, then when the browser is idle', async () => {
    const browser = stubScheduling();
    const load = vi.fn(async () => Loaded);
    render(<DeferredPart loader={retryableLazy(load)} fallback={<p>Loading…</p>} />);
    browser.beIdle();
    browser.scrollNear();
    expect(load).not.toHaveBeenCalled();
    browser.paintFrame();
    browser.paintFrame();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    browser.beIdle();
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('after the paint, loads as soon as it comes near the viewport, before the browser is idle', async () => {
    const browser = stubScheduling();
    const load = vi.fn(async () => Loaded);
    render(<DeferredPart loader={retryableLazy(load)} fallback={<p>Loading…</p>} />);
    browser.paintFrame();
    browser.paintFrame();
    browser.scrollNear();
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    browser.beIdle();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

/** A page that says whether an island still waits for its code. */
function Page({ children }: { readonly children?: ReactNode }) {
  const { registry, allHydrated } = useIslandsHydrated();
  return (
    <IslandsProvider registry={registry}>
      <p>{allHydrated ? 'Every island is in place' : 'An island waits'}</p>
      {children}
    </IslandsProvider>
  );
}

describe('LazyIsland', () => {
  it('the page knows no island waits once the island’s code has arrived', async () => {
    let arrive: (component: typeof Loaded) => void = () => {};
    const loader = retryableLazy(() => new Promise<typeof Loaded>((resolve) => (arrive = resolve)));
    render(
      <Page>
        <LazyIsland id="table" loader={loader} placeholder="Loading the table…" />
      </Page>,
    );
    expect(screen.getByText('Loading the table…')).toBeInTheDocument();
    expect(screen.getByText('An island waits')).toBeInTheDocument();
    await act(async () => arrive(Loaded));
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    expect(await screen.findByText('Every island is in place')).toBeInTheDocument();
  });

  it('a page without islands has none waiting', async () => {
    render(<Page />);
    expect(await screen.findByText('Every island is in place')).toBeInTheDocument();
  });
});
