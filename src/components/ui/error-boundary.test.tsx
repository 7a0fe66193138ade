import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

/** A part that throws while `broken.now` is true, and otherwise counts its own clicks. */
const broken = { now: false };
function FlakyPart() {
  const [clicks, setClicks] = useState(0);
  if (broken.now) throw new Error('The flaky part broke');
  return (
    <button type="button" onClick={() => setClicks((count) => count + 1)}>
      Flaky part clicked {clicks} times
    </button>
  );
}

function Sibling() {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks((count) => count + 1)}>
      Sibling clicked {clicks} times
    </button>
  );
}

function Page() {
  return (
    <main>
      <ErrorBoundary name="The flaky part">
        <FlakyPart />
      </ErrorBoundary>
      <Sibling />
    </main>
  );
}

function Panel() {
  if (broken.now) throw new Error('The panel broke');
  return (
    <section aria-labelledby="panel-title">
      <h2 id="panel-title">Panel</h2>
      <button type="button">Inside the panel</button>
    </section>
  );
}

describe('ErrorBoundary', () => {
  it('"Try again" puts focus on the heading of the part shown again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.now = true;
    const user = userEvent.setup();
    render(
      <main>
        <ErrorBoundary name="The panel">
          <Panel />
        </ErrorBoundary>
        <button type="button">After</button>
      </main>,
    );
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Try again to show the panel' }));
    expect(screen.getByRole('heading', { name: 'Panel' })).toHaveFocus();
  });

  it('adds nothing to the page while its part works', () => {
    broken.now = false;
    const { container } = render(<ErrorBoundary name="The flaky part">{<FlakyPart />}</ErrorBoundary>);
    expect(container.innerHTML).toBe('<button type="button">Flaky part clicked 0 times</button>');
  });

  it('contains a part that throws: one line naming it, the rest of the page keeps working', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.now = true;
    const user = userEvent.setup();
    expect(() => render(<Page />)).not.toThrow();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The flaky part could not be shown because of an error. Try again to show the flaky part',
    );
    expect(screen.queryByRole('button', { name: /Flaky part clicked/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sibling clicked 0 times' }));
    expect(screen.getByRole('button', { name: 'Sibling clicked 1 times' })).toBeInTheDocument();
    // React reports what it caught; the boundary rethrows nothing.
    expect(logged.mock.calls.flat().some((arg) => String(arg).includes('The flaky part broke'))).toBe(true);
  });

  it('"Try again" mounts the part afresh once it works, and again shows the message while it fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.now = false;
    const user = userEvent.setup();
    const { rerender } = render(<Page />);
    await user.click(screen.getByRole('button', { name: 'Flaky part clicked 0 times' }));
    expect(screen.getByRole('button', { name: 'Flaky part clicked 1 times' })).toBeInTheDocument();
    broken.now = true;
    rerender(<Page />);
    const tryAgain = screen.getByRole('button', { name: 'Try again to show the flaky part' });
    await user.click(tryAgain);
    expect(screen.getByRole('alert')).toHaveTextContent('The flaky part could not be shown');
    // Failing again, focus stays on "Try again", never on the page body.
    expect(screen.getByRole('button', { name: 'Try again to show the flaky part' })).toHaveFocus();
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Try again to show the flaky part' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Shown again, focus moves into the part.
    expect(screen.getByRole('button', { name: 'Flaky part clicked 0 times' })).toHaveFocus();
    // A fresh mount: its state starts over rather than reusing what it held when it broke.
    expect(screen.getByRole('button', { name: 'Flaky part clicked 0 times' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sibling clicked 0 times' })).toBeInTheDocument();
  });
});
