import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';
import { LazyPart, retryableLazy } from './retryable-lazy';

function Loaded() {
  return <p>The part loaded</p>;
}

function renderPart(load: () => Promise<typeof Loaded>) {
  const loader = retryableLazy(load);
  return render(
    <ErrorBoundary name="The lazy part">
      <Suspense fallback={<p>Loading…</p>}>
        <LazyPart loader={loader} />
      </Suspense>
    </ErrorBoundary>,
  );
}

describe('retryableLazy', () => {
  it('loads once and shows the part', async () => {
    const load = vi.fn(async () => Loaded);
    renderPart(load);
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load shows the boundary’s message, without loading again by itself; "Try again" loads afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<typeof Loaded>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Loaded);
    const user = userEvent.setup();
    renderPart(load);
    expect(await screen.findByRole('alert')).toHaveTextContent('The lazy part could not be shown');
    // React renders the failed part more than once on its way to the boundary: still one load.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Try again to show the lazy part' }));
    expect(await screen.findByText('The part loaded')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
