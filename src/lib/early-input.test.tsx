/**
 * Input typed into the prerendered page before the app's code ran is put back once React has hydrated:
 * a text field, a checkbox and a select each reach React's onChange with the value the reader left,
 * even where the field already shows it; without replay (the page rendered afresh) nothing is replayed.
 */
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyInput } from './early-input';

const GLOBAL = '__testEarlyInput';

function Fields() {
  const [text, setText] = useState('10,000');
  const [checked, setChecked] = useState(false);
  const [choice, setChoice] = useState('a');
  return (
    <>
      <input
        id="requests"
        aria-label="Requests"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <input
        id="pin"
        type="checkbox"
        aria-label="Pin"
        checked={checked}
        onChange={(event) => setChecked(event.target.checked)}
      />
      <select
        id="model"
        aria-label="Model"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
      >
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      <p>{`${text} · ${checked ? 'pinned' : 'not pinned'} · ${choice}`}</p>
    </>
  );
}

function keep(fields: Record<string, { value: string; checked: boolean }>) {
  let stopped = false;
  (window as unknown as Record<string, unknown>)[GLOBAL] = { fields, stop: () => (stopped = true) };
  return () => stopped;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[GLOBAL];
});

describe('takeEarlyInput', () => {
  it('replays what was typed, ticked and chosen, so React holds it', () => {
    render(<Fields />);
    const stopped = keep({
      requests: { value: '4242', checked: false },
      pin: { value: 'on', checked: true },
      model: { value: 'b', checked: false },
    });
    // The DOM already shows the typed text (hydration keeps it), React still holds its own.
    (screen.getByLabelText('Requests') as HTMLInputElement).value = '4242';
    takeEarlyInput(GLOBAL, { replay: true, stop: true });
    expect(screen.getByText('4242 · pinned · b')).toBeInTheDocument();
    expect(stopped()).toBe(true);
    expect((window as unknown as Record<string, unknown>)[GLOBAL]).toBeUndefined();
  });

  it('without replay, only stops keeping', () => {
    render(<Fields />);
    const stopped = keep({ requests: { value: '4242', checked: false } });
    takeEarlyInput(GLOBAL, { replay: false, stop: true });
    expect(screen.getByText('10,000 · not pinned · a')).toBeInTheDocument();
    expect(stopped()).toBe(true);
  });

  it('replayed twice (the page, then its islands), the value holds and a checkbox stays as left', () => {
    render(<Fields />);
    const stopped = keep({
      requests: { value: '4242', checked: false },
      pin: { value: 'on', checked: true },
    });
    takeEarlyInput(GLOBAL, { replay: true, stop: false });
    expect(stopped()).toBe(false);
    takeEarlyInput(GLOBAL, { replay: true, stop: true });
    expect(screen.getByText('4242 · pinned · a')).toBeInTheDocument();
    expect(stopped()).toBe(true);
  });

  it('a page without the guard has nothing to take', () => {
    render(<Fields />);
    expect(() => takeEarlyInput(GLOBAL, { replay: true, stop: true })).not.toThrow();
    expect(screen.getByText('10,000 · not pinned · a')).toBeInTheDocument();
  });
});
