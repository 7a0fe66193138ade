/**
 * Whether the user is in the middle of an input that arrives in steps: a pointer held on a slider, or
 * keys pressed a moment ago in a slider or a field one types or steps in (each arrow press or keystroke
 * is one step of many). Views that may lag (the charts, the plain answers) wait for such an input to
 * settle; any other change (a button, a checkbox, a select, a link, a paste) settles at once.
 *
 * One set of listeners on the window, in the capture phase (a component that stops an event does not
 * hide it), installed by the first view that waits (watchInput). Without a window (tests of pure
 * code) nothing is ever in progress.
 */

/** Controls whose changes come in steps: sliders, and fields one types or steps in. */
const STEPPED = 'input[type="range"], [role="slider"], [role="spinbutton"], textarea, input';
/** Inputs that change in one go, like a button: their keys are not steps. */
const ONE_GO = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color', 'image']);
/**
 * A held slider settles when it is released. A page slower than the quiet time between two moves
 * must not count as a pause, so only a slider held still this long counts as settled while held.
 */
const HELD_STILL_MS = 1500;
/** Keys that end the input (commit a typed value, leave the field): the view settles at once. */
const ENDING_KEYS = new Set(['Enter', 'Tab', 'Escape']);

type Intent = 'drag' | 'keys' | 'none';

let intent: Intent = 'none';
/** When the last step arrived: a stepping key went down, or the held slider moved. */
let lastStepAt = 0;
let installed = false;
const settleListeners = new Set<() => void>();

function isStepped(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || !target.matches(STEPPED)) return false;
  return !(target instanceof HTMLInputElement && ONE_GO.has(target.type));
}

function isSlider(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('input[type="range"], [role="slider"]');
}

function settleNow(): void {
  intent = 'none';
  for (const listener of [...settleListeners]) listener();
}

/** Starts listening (once; later calls do nothing): a view that waits for input calls it on mount. */
export function watchInput(): void {
  install();
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const options = { capture: true, passive: true } as const;
  window.addEventListener(
    'pointerdown',
    (event) => {
      intent = isSlider(event.target) ? 'drag' : 'none';
      lastStepAt = Date.now();
    },
    options,
  );
  window.addEventListener(
    'pointermove',
    () => {
      if (intent === 'drag') lastStepAt = Date.now();
    },
    options,
  );
  const release = () => {
    if (intent === 'drag') settleNow();
  };
  window.addEventListener('pointerup', release, options);
  window.addEventListener('pointercancel', release, options);
  // The window itself losing focus (an element's blur reaches the capture phase too: not that).
  window.addEventListener('blur', (event) => {
    if (event.target === window) release();
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (ENDING_KEYS.has(event.key)) {
        if (intent === 'keys') settleNow();
        return;
      }
      intent = isStepped(event.target) ? 'keys' : 'none';
      lastStepAt = Date.now();
    },
    options,
  );
}

/**
 * How long until an input in progress counts as settled: 0 when none is in progress; for keys, what
 * is left of `quietMs` since the last one; for a held slider, what is left of HELD_STILL_MS since it
 * last moved (it settles at once when released: onInputSettled).
 */
export function inputSettlesIn(quietMs: number): number {
  install();
  if (intent === 'none') return 0;
  return Math.max(0, lastStepAt + (intent === 'drag' ? HELD_STILL_MS : quietMs) - Date.now());
}

/**
 * Calls `listener` when an input in progress ends at once: a slider released (or the window left while
 * holding it), Enter, Tab or Escape pressed.
 */
export function onInputSettled(listener: () => void): () => void {
  install();
  settleListeners.add(listener);
  return () => {
    settleListeners.delete(listener);
  };
}
