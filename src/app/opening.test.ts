/**
 * Which pages may hydrate the build's prerendered HTML, and the inline guard that hides those default
 * figures when the page opens something else. The rule in words: only the plain defaults, with nothing
 * to say about a link and nothing offered back, are the prerendered page; a link, saved work, an embed
 * or a link with problems is not, and the guard hides the defaults before they paint.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { DEFAULT_SCENARIO } from '../domain/scenario/scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { LEGACY_SCENARIO_KEY, SAVED_SCENARIOS_KEY } from '../lib/storage-keys';
import { EARLY_INPUT_GLOBAL, OPENING_CLASS, OPENING_GUARD_SCRIPT } from './opening-guard';
import { opensDefaultPage, readStartup } from './startup';

const at = (address: string) => new URL(address, 'http://calc.test/') as unknown as Location;
const defaultLink = encodeScenario(DEFAULT_SCENARIO, { routes: BUNDLED_ROUTES });
const otherLink = encodeScenario({ ...DEFAULT_SCENARIO, monthlyBudgetUsd: 50 }, { routes: BUNDLED_ROUTES });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.documentElement.classList.remove(OPENING_CLASS);
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('opensDefaultPage', () => {
  it.each([
    ['no link, nothing saved', '/', true],
    ['a link to exactly the defaults', `/#${defaultLink}`, true],
    ['a link to another scenario', `/#${otherLink}`, false],
    ['an embed', '/?embed=1', false],
    ['a damaged link (it has problems to report)', '/#v=3&n=abc', false],
  ])('%s → %s', async (_case, address, expected) => {
    expect(opensDefaultPage(await readStartup(at(address)))).toBe(expected);
  });
});

/** What the guard leaves on `window[EARLY_INPUT_GLOBAL]` for lib/early-input.ts. */
interface GuardKeeping {
  readonly acts: readonly object[];
  readonly order: WeakMap<Element, number>;
  readonly stop: () => void;
}

describe('the opening guard', () => {
  function runGuard(address: string) {
    window.history.replaceState(null, '', address);
    new Function(OPENING_GUARD_SCRIPT)();
    return document.documentElement.classList.contains(OPENING_CLASS);
  }

  it.each([
    ['the plain address', '/', false],
    ['a link in the fragment', `/#${otherLink}`, true],
    ['a link in the query', '/?n=5000', true],
    ['an embed', '/?embed=1', true],
  ])('%s: hides the defaults → %s', (_case, address, hidden) => {
    expect(runGuard(address)).toBe(hidden);
  });

  it.each([SAVED_SCENARIOS_KEY, LEGACY_SCENARIO_KEY])('saved work under %s hides the defaults', (key) => {
    localStorage.setItem(key, 'x');
    expect(runGuard('/')).toBe(true);
  });

  it('keeps, numbered, what is typed where React is not yet live, and numbers the last value of every field', () => {
    document.body.innerHTML =
      '<select aria-label="Model"><option>A</option><option>B</option></select><input aria-label="Price">';
    const [model, price] = [document.querySelector('select'), document.querySelector('input')] as [
      HTMLSelectElement,
      HTMLInputElement,
    ];
    runGuard('/');
    const early = (window as unknown as Record<string, GuardKeeping>)[EARLY_INPUT_GLOBAL] as GuardKeeping;
    // React had taken over the model picker (it carries React's key), not yet the price field.
    Object.assign(model, { __reactFiber$test: {} });
    model.value = 'B';
    model.dispatchEvent(new Event('change', { bubbles: true }));
    price.value = '2.345';
    price.dispatchEvent(new Event('input', { bubbles: true }));
    expect(early.acts).toEqual([
      expect.objectContaining({ kind: 'value', field: price, value: '2.345', at: 2 }),
    ]);
    expect([early.order.get(model), early.order.get(price)]).toEqual([1, 2]);
    early.stop();
    document.body.replaceChildren();
  });

  it('the skip link, pressed before the page is live, moves focus to the calculator and leaves the address alone', () => {
    document.body.innerHTML =
      '<a href="#main-content">Skip to the calculator</a><main id="main-content" tabindex="-1"></main>';
    const main = document.getElementById('main-content') as HTMLElement;
    main.scrollIntoView = vi.fn(); // jsdom lays nothing out
    runGuard('/');
    document.querySelector('a')?.click();
    // "#main-content" in the address would be read as a (broken) scenario link once the app starts.
    expect(window.location.hash).toBe('');
    expect(document.activeElement).toBe(main);
    expect(main.scrollIntoView).toHaveBeenCalled();
    document.body.replaceChildren();
  });
});
