/**
 * What the reader did in the prerendered page before React owned it is replayed once React does: a
 * text field, a checkbox and a select reach React's onChange with the value the reader left (even
 * where the field already shows it) and a pressed button is pressed, in order; a node React does not
 * own yet waits; a file chosen early is read once, from the input that still holds it; without replay
 * (the page rendered afresh) nothing is replayed.
 */
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyInput } from './early-input';

const GLOBAL = '__testEarlyInput';

function Fields() {
  const [text, setText] = useState('10,000');
  const [checked, setChecked] = useState(false);
  const [choice, setChoice] = useState('a');
  const [added, setAdded] = useState(0);
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
      <button type="button" onClick={() => setAdded((count) => count + 1)}>
        Add one
      </button>
      <p>{`${text} · ${checked ? 'pinned' : 'not pinned'} · ${choice} · ${added} added`}</p>
    </>
  );
}

/**
 * A field that shows its value formatted ("12%") except while the reader types in it, when it keeps
 * their text as typed: as the app's number fields do (use-draft).
 */
function PercentField() {
  const [value, setValue] = useState(0);
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  return (
    <input
      aria-label="Cache hit rate"
      value={draft ?? `${value}%`}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        setDraft(null);
      }}
      onChange={(event) => {
        setValue(Number.parseFloat(event.target.value) || 0);
        setDraft(focused ? event.target.value : null);
      }}
    />
  );
}

/** Endpoints as the app's panel has them: the selected one's name field is its own element (keyed). */
function Endpoints() {
  const [names, setNames] = useState(['Endpoint 1']);
  const [selected, setSelected] = useState(0);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setNames((list) => [...list, `Endpoint ${list.length + 1}`]);
          setSelected(names.length);
        }}
      >
        Add endpoint
      </button>
      <label key={selected}>
        Endpoint name
        <input
          type="text"
          value={names[selected]}
          onChange={(event) =>
            setNames((list) => list.map((name, index) => (index === selected ? event.target.value : name)))
          }
        />
      </label>
      <p>{names.join(' · ')}</p>
    </>
  );
}

/** One slider the app steps itself (a log scale), one it leaves to the browser. */
function Sliders() {
  const [own, setOwn] = useState(10);
  const [plain, setPlain] = useState(10);
  return (
    <>
      <input
        type="range"
        aria-label="Own steps"
        min={0}
        max={100}
        value={own}
        onChange={(event) => setOwn(Number(event.target.value))}
        onKeyDown={(event) => {
          event.preventDefault();
          setOwn((value) => value * 2);
        }}
      />
      <input
        type="range"
        aria-label="Plain steps"
        min={0}
        max={100}
        value={plain}
        onChange={(event) => setPlain(Number(event.target.value))}
      />
      <p>{`${own} · ${plain}`}</p>
    </>
  );
}

/** A model and its providers, as the app's route picker: the provider list follows the model. */
function ModelAndProvider({ route, onRoute }: { route: string; onRoute: (route: string) => void }) {
  const model = route.slice(0, 1);
  return (
    <>
      <select
        aria-label="Model"
        value={model}
        onChange={(event) => onRoute(`${event.target.value}-fireworks`)}
      >
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      <select aria-label="Provider" value={route} onChange={(event) => onRoute(event.target.value)}>
        <option value={`${model}-fireworks`}>Fireworks</option>
        <option value={`${model}-moonshot`}>Moonshot</option>
      </select>
    </>
  );
}

function RoutePickers() {
  const [route, setRoute] = useState('a-fireworks');
  return (
    <>
      <ModelAndProvider route={route} onRoute={setRoute} />
      <p>{route}</p>
    </>
  );
}

/**
 * The route pickers and the output price, as the app has them: a price typed in is an override of the
 * route chosen at that moment, and a route without one shows its sheet's price.
 */
function RouteAndPrice() {
  const [route, setRoute] = useState('a-fireworks');
  const [prices, setPrices] = useState<Record<string, string>>({});
  return (
    <>
      <ModelAndProvider route={route} onRoute={setRoute} />
      <input
        aria-label="Output price"
        value={prices[route] ?? '3'}
        onChange={(event) => setPrices((all) => ({ ...all, [route]: event.target.value }))}
      />
      <p>{`${route} at ${prices[route] ?? 'the sheet’s price'}`}</p>
    </>
  );
}

type Act = (
  | { kind: 'value'; field: Element; value: string; checked: boolean; label?: string }
  | { kind: 'click'; field: Element }
  | { kind: 'key'; field: Element; key: string }
  | { kind: 'file'; field: Element }
) & { at?: number };

/** What the guard leaves: the kept acts, and each field's number for the last value it was given. */
function keep(acts: Act[], order = new WeakMap<Element, number>()) {
  let stopped = false;
  (window as unknown as Record<string, unknown>)[GLOBAL] = { acts, order, stop: () => (stopped = true) };
  return () => stopped;
}

const byLabel = (label: string) => screen.getByLabelText(label);

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[GLOBAL];
});

describe('takeEarlyInput', () => {
  it('replays what was typed, ticked, chosen and pressed, in order, so React holds it', async () => {
    render(<Fields />);
    const stopped = keep([
      { kind: 'value', field: byLabel('Requests'), value: '42', checked: false },
      { kind: 'value', field: byLabel('Requests'), value: '4242', checked: false },
      { kind: 'value', field: byLabel('Pin'), value: 'on', checked: true },
      { kind: 'value', field: byLabel('Model'), value: 'b', checked: false },
      { kind: 'click', field: screen.getByRole('button', { name: 'Add one' }) },
    ]);
    // The DOM already shows the typed text (hydration keeps it), React still holds its own.
    (byLabel('Requests') as HTMLInputElement).value = '4242';
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('4242 · pinned · b · 1 added')).toBeInTheDocument();
    expect(stopped()).toBe(true);
    expect((window as unknown as Record<string, unknown>)[GLOBAL]).toBeUndefined();
  });

  it('a node React does not own yet (an island still waiting) is replayed later, once it is React’s', async () => {
    render(<Fields />);
    const notYetReact = document.createElement('button');
    document.body.append(notYetReact);
    let pressed = 0;
    notYetReact.addEventListener('click', () => (pressed += 1));
    const acts: Act[] = [{ kind: 'click', field: notYetReact }];
    const stopped = keep(acts);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: false }));
    expect(pressed).toBe(0);
    expect(acts).toHaveLength(1);
    expect(stopped()).toBe(false);
    // React hydrates it: it now carries React's key.
    Object.assign(notYetReact, { __reactFiber$test: {} });
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(pressed).toBe(1);
    notYetReact.remove();
  });

  it('without replay (the page rendered afresh), only stops keeping', () => {
    render(<Fields />);
    const stopped = keep([{ kind: 'value', field: byLabel('Requests'), value: '4242', checked: false }]);
    takeEarlyInput(GLOBAL, { replay: false, stop: true });
    expect(screen.getByText('10,000 · not pinned · a · 0 added')).toBeInTheDocument();
    expect(stopped()).toBe(true);
  });

  it('a page without the guard has nothing to take', () => {
    render(<Fields />);
    expect(() => takeEarlyInput(GLOBAL, { replay: true, stop: true })).not.toThrow();
    expect(screen.getByText('10,000 · not pinned · a · 0 added')).toBeInTheDocument();
  });

  it('a key kept on a slider steps it the app’s way, or the browser’s where the app leaves it', async () => {
    render(<Sliders />);
    keep([
      { kind: 'key', field: byLabel('Own steps'), key: 'ArrowRight' },
      { kind: 'key', field: byLabel('Plain steps'), key: 'ArrowRight' },
      { kind: 'key', field: byLabel('Plain steps'), key: 'End' },
    ]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('20 · 100')).toBeInTheDocument();
  });

  it('a provider chosen from the old model’s list lands on the same provider of the model chosen before it', async () => {
    render(<RoutePickers />);
    // Before React was live, the reader chose model B, then "Moonshot" in the list still showing A's.
    keep([
      { kind: 'value', field: byLabel('Model'), value: 'b', checked: false, label: 'B' },
      { kind: 'value', field: byLabel('Provider'), value: 'a-moonshot', checked: false, label: 'Moonshot' },
    ]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('b-moonshot')).toBeInTheDocument();
  });

  it('a file chosen before React owned its input is read once, from the input that still holds it', async () => {
    const opened: string[] = [];
    render(
      <input
        type="file"
        aria-label="Import scenario file"
        onChange={(event) => opened.push(...[...(event.target.files ?? [])].map((file) => file.name))}
      />,
    );
    const input = byLabel('Import scenario file') as HTMLInputElement;
    // As the browser leaves it once the reader has chosen a file (jsdom has no way to choose one).
    const chosen = [new File(['{}'], 'kimi-scenario.json', { type: 'application/json' })];
    Object.defineProperty(input, 'files', { value: chosen });
    // Chosen twice before the page was live: the input holds the last choice, read once.
    keep([
      { kind: 'file', field: input },
      { kind: 'file', field: input },
    ]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(opened).toEqual(['kimi-scenario.json']);
  });

  it('an input left without a file (the choice was cancelled) is not read', async () => {
    const opened: string[] = [];
    render(<input type="file" aria-label="Import scenario file" onChange={() => opened.push('read')} />);
    keep([{ kind: 'file', field: byLabel('Import scenario file') }]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(opened).toEqual([]);
  });

  it('a field the reader moved into before React owned it keeps what they type on after it does', async () => {
    render(<PercentField />);
    const field = byLabel('Cache hit rate') as HTMLInputElement;
    // Focused, and "1" typed, before React owned the field: React saw neither.
    const unseen = (event: Event) => event.stopPropagation();
    window.addEventListener('focusin', unseen, true);
    field.focus();
    window.removeEventListener('focusin', unseen, true);
    keep([{ kind: 'value', field, value: '1', checked: false }]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(field).toHaveValue('1');
    // The reader types on, now into React's field.
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(field, '12.5');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(field).toHaveValue('12.5');
    field.blur();
  });

  it('a value typed into a field that an earlier act replaced lands on the field of the same name', async () => {
    render(<Endpoints />);
    const add = screen.getByRole('button', { name: 'Add endpoint' });
    // Before React owned the page: Add, name it, Add, name it; the name field the reader saw stayed
    // the prerendered one, which the first replayed Add replaces.
    const prerenderedName = byLabel('Endpoint name');
    keep([
      { kind: 'click', field: add },
      { kind: 'value', field: prerenderedName, value: 'Tagging', checked: false },
      { kind: 'click', field: add },
      { kind: 'value', field: prerenderedName, value: 'Search', checked: false },
    ]);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('Endpoint 1 · Tagging · Search')).toBeInTheDocument();
  });

  /** What the browser does when the reader types: the DOM changes, and React hears nothing of it. */
  function typeUnheard(field: Element, value: string, checked = false) {
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set?.call(field, checked);
      return;
    }
    const prototype = Object.getPrototypeOf(field) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  }

  it('a value typed while React was taking over (so neither the guard nor React took it) reaches React once it is live', async () => {
    render(<Fields />);
    // Nothing kept: the nodes were React's already, but React dropped the events.
    const stopped = keep([]);
    typeUnheard(byLabel('Requests'), '4242');
    typeUnheard(byLabel('Pin'), 'on', true);
    typeUnheard(byLabel('Model'), 'b');
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('4242 · pinned · b · 0 added')).toBeInTheDocument();
    expect(stopped()).toBe(true);
  });

  it('a name typed unheard into a field that a kept act then replaces lands on the field of the same name', async () => {
    render(<Endpoints />);
    // "Add endpoint" pressed before React owned the page; the name typed while it was taking over.
    keep([{ kind: 'click', field: screen.getByRole('button', { name: 'Add endpoint' }) }]);
    typeUnheard(byLabel('Endpoint name'), 'Tagging');
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('Endpoint 1 · Tagging')).toBeInTheDocument();
  });

  it('values typed unheard and acts kept are put back in the order the reader did them', async () => {
    render(<RouteAndPrice />);
    // React had taken over the pickers, not yet the price field: model and provider were dropped
    // unheard (1, 2), the price after them was kept (3). The price belongs to the route chosen first.
    typeUnheard(byLabel('Model'), 'b');
    typeUnheard(byLabel('Provider'), 'a-moonshot');
    const order = new WeakMap<Element, number>([
      [byLabel('Model'), 1],
      [byLabel('Provider'), 2],
      [byLabel('Output price'), 3],
    ]);
    keep([{ kind: 'value', field: byLabel('Output price'), value: '2.345', checked: false, at: 3 }], order);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('b-moonshot at 2.345')).toBeInTheDocument();
  });

  it('a value typed unheard after a kept one in the same field is the one React gets', async () => {
    render(<Fields />);
    const requests = byLabel('Requests');
    // Kept while the field was not React's (1), typed on unheard while React took it over (2).
    keep(
      [{ kind: 'value', field: requests, value: '42', checked: false, at: 1 }],
      new WeakMap([[requests, 2]]),
    );
    typeUnheard(requests, '4242');
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('4242 · not pinned · a · 0 added')).toBeInTheDocument();
  });

  it('a field whose kept act gave React its value is not put back a second time', async () => {
    render(<Fields />);
    keep([{ kind: 'value', field: byLabel('Pin'), value: 'on', checked: true }]);
    typeUnheard(byLabel('Pin'), 'on', true);
    await act(async () => takeEarlyInput(GLOBAL, { replay: true, stop: true }));
    expect(screen.getByText('10,000 · pinned · a · 0 added')).toBeInTheDocument();
  });

  it('without replay (the page was rendered afresh) an unheard value is left alone', async () => {
    render(<Fields />);
    keep([]);
    typeUnheard(byLabel('Requests'), '4242');
    await act(async () => takeEarlyInput(GLOBAL, { replay: false, stop: true }));
    expect(screen.getByText('10,000 · not pinned · a · 0 added')).toBeInTheDocument();
  });
});
