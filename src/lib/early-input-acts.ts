/**
 * The acts the page's inline guard keeps while React does not own a part of the page yet
 * (app/opening-guard.ts), and how each is replayed once React does: as a person would do it, so that
 * React's own handlers see it (lib/early-input.ts decides which acts, and when).
 */

/** Every act carries the guard's number for it: the order the reader did things in. */
interface Numbered {
  readonly at?: number;
}

export interface KeptValue extends Numbered {
  readonly kind: 'value';
  readonly field: Element;
  readonly value: string;
  readonly checked: boolean;
  /** A select's chosen option's text, as the reader saw it ('' for other fields). */
  readonly label?: string;
}

interface KeptPress extends Numbered {
  readonly kind: 'click';
  readonly field: Element;
}

/** A file chosen on a file input: the input still holds it. */
interface KeptFile extends Numbered {
  readonly kind: 'file';
  readonly field: Element;
}

/** A key pressed on a slider (its native step was held back). */
interface KeptKey extends Numbered {
  readonly kind: 'key';
  readonly field: Element;
  readonly key: string;
}

export type KeptAct = KeptValue | KeptPress | KeptKey | KeptFile;

/** A field a reader types in, ticks or chooses from, labelled by its <label>. */
export function isFormField(
  node: Element,
): node is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return (
    node instanceof HTMLInputElement ||
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLSelectElement
  );
}

/** A checkbox or radio button: React follows it by its click, not its value. */
export function isCheckable(field: Element): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

/** Does a kept act again, the way the reader did it, so React's handlers see it. */
export function replayAct(act: KeptAct): void {
  const { field } = act;
  if (act.kind === 'click') {
    if (field instanceof HTMLElement) field.click();
  } else if (act.kind === 'key') {
    if (field instanceof HTMLInputElement) replayKey(field, act.key);
  } else if (act.kind === 'file') {
    // A script cannot choose a file, but the input still holds the reader's: React reads it on change.
    if (field instanceof HTMLInputElement && (field.files?.length ?? 0) > 0) {
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  } else if (isCheckable(field)) {
    // React follows a checkbox by its click: from the other state, a click lands on the kept one.
    field.checked = !act.checked;
    field.click();
  } else if (field instanceof HTMLInputElement && field.type === 'file') {
    // A value cannot be set on a file input (it throws); the guard keeps a file as its own act.
  } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
    putBack(field, act.value, 'input');
  } else if (field instanceof HTMLSelectElement) {
    putBack(field, chosenValue(field, act.value, act.label ?? ''), 'change');
  }
}

/**
 * The option the reader chose: its value when the list still has it, else the one of the same words.
 * A list that depends on an earlier choice (a model's providers) showed the old entries when the
 * reader chose; replayed after that choice, it lists new ones, where the words find what they meant.
 */
function chosenValue(select: HTMLSelectElement, value: string, label: string): string {
  const options = [...select.options];
  if (options.some((option) => option.value === value)) return value;
  return options.find((option) => label !== '' && option.text === label)?.value ?? value;
}

/**
 * Presses a kept key on a slider: the app's own handler steps it (and says so by preventing the
 * default); where it does not, the slider takes the browser's own step for that key.
 */
function replayKey(slider: HTMLInputElement, key: string) {
  const handled = !slider.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
  );
  if (handled) return;
  const min = Number(slider.min || 0);
  const max = Number(slider.max || 100);
  const step = Number(slider.step) || 1;
  const page = Math.max(step, (max - min) / 10);
  const value = Number(slider.value);
  const next: Record<string, number> = {
    ArrowRight: value + step,
    ArrowUp: value + step,
    ArrowLeft: value - step,
    ArrowDown: value - step,
    PageUp: value + page,
    PageDown: value - page,
    Home: min,
    End: max,
  };
  const target = next[key];
  if (target !== undefined) putBack(slider, String(Math.min(max, Math.max(min, target))), 'input');
}

/**
 * Puts a kept value back so React sees it as typed. The field may already show it (hydration keeps
 * the DOM's value) while React holds the prerendered one: React notices a change only against the
 * value it last saw written, so the element's own setter first writes another value (which React
 * sees), then the prototype's setter writes the kept one (which it does not), and the event follows.
 */
function putBack(
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  event: string,
) {
  field.value = value === '' ? ' ' : '';
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event(event, { bubbles: true }));
}
