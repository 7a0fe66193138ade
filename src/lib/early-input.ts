/**
 * What the reader did in the prerendered page before React had hydrated that part of it: the page's
 * inline guard (app/opening-guard.ts) keeps, in order, each value typed, slid, ticked or chosen and
 * each button pressed on a node React did not yet own. Once a kept node is React's (hydration keeps
 * the very nodes), it is replayed the way a person would do it: a value through the field's own value
 * setter and an input or change event, a press as a click, a chosen file as the change event of the
 * input that still holds it, so React's handlers see it. A value typed while React was taking a part
 * over (the node was React's, but React did not handle events there yet) was kept by neither: it is
 * read from the field itself and put back in its turn among the kept acts (the guard numbers the last
 * value given to each field, kept or not).
 */

import { flushSync } from 'react-dom';
import { isCheckable, isFormField, type KeptAct, type KeptValue, replayAct } from './early-input-acts';

interface EarlyInput {
  readonly acts: KeptAct[];
  /** Each field's number for the last value the reader gave it, kept or not. */
  readonly order: WeakMap<Element, number>;
  readonly stop: () => void;
}

/** True once React has hydrated the node (it carries React's own key). */
function isLive(node: Element): boolean {
  return Object.keys(node).some((key) => key.startsWith('__reactFiber'));
}

/**
 * Replays, in order, the kept acts whose node React now owns, when `replay` (the page hydrated the
 * HTML the reader used), and keeps the others for later; when `stop`, stops keeping and forgets what
 * is left. The page replays once its own HTML has hydrated and again, stopping, once every island has
 * (a node inside an island is React's only then). A page without the guard has nothing to replay.
 */
export function takeEarlyInput(
  global: string,
  { replay, stop }: { readonly replay: boolean; readonly stop: boolean },
): void {
  const early = (window as unknown as Record<string, EarlyInput | undefined>)[global];
  if (!early) return;
  if (stop) {
    early.stop();
    delete (window as unknown as Record<string, unknown>)[global];
  }
  const ready = replay ? early.acts.filter((act) => act.field.isConnected && isLive(act.field)) : [];
  // The input holds only the last file chosen: that choice is replayed once, not once per choice.
  const lastFile = new Map(ready.filter((act) => act.kind === 'file').map((act) => [act.field, act]));
  const replayed = ready.filter((act) => act.kind !== 'file' || lastFile.get(act.field) === act);
  const waiting = stop ? [] : early.acts.filter((act) => !ready.includes(act));
  early.acts.splice(0, early.acts.length, ...waiting);
  const acts = replayed.filter((act, index) => !repeatsTheActBefore(act, replayed[index - 1]));
  const focused = replay ? fieldFocusedBeforeReact() : null;
  // Read now, before any act changes the page. A field whose last value is a kept act's shows that
  // value: the kept act gives it to React. Each is put back in the turn the reader typed it: a
  // provider chosen unheard before a price was kept lands first, and the price on the new route.
  const lastKept = new Map(
    replayed
      .filter((act) => act.kind === 'value')
      .map((act) => [act.field, act.at ?? Number.POSITIVE_INFINITY]),
  );
  const numberOf = (field: Element) => early.order.get(field) ?? Number.POSITIVE_INFINITY;
  const unheard = replay
    ? unheardValues()
        .filter((act) => numberOf(act.field) > (lastKept.get(act.field) ?? Number.NEGATIVE_INFINITY))
        .map((act) => ({ ...act, at: numberOf(act.field) }))
    : [];
  if (acts.length === 0 && !focused && unheard.length === 0) return;
  const inTurn = [
    ...acts.map((act) => ({ act, unheard: false })),
    ...unheard.map((act) => ({ act, unheard: true })),
  ].sort((one, other) => (one.act.at ?? 0) - (other.act.at ?? 0));
  // Each field's name as the reader saw it: an act before it may replace the field (a new endpoint's
  // name field is a new element), and the act then lands on the field of that name.
  const names = new Map(inTurn.map(({ act }) => [act, nameOf(act.field)]));
  // Each act is replayed on the page as the one before it left it, as a person's next act would be:
  // React renders it before the next (a model chosen first changes the providers listed), outside
  // React's own commit, where this is called from.
  queueMicrotask(() => {
    // A field the reader is in is told so first: it keeps their text as typed (use-draft) instead of
    // writing the value back formatted ("1" becoming "1%") while they type on.
    if (focused) flushSync(() => focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    const landing = (act: KeptAct) =>
      act.field.isConnected ? act.field : counterpart(act.field, names.get(act) ?? '');
    for (const { act, unheard } of inTurn) {
      const field = landing(act);
      if (!field) continue;
      // An unheard value is put back unless a kept act gave React that very value already.
      if (unheard && act.kind === 'value' && (!isFormField(field) || heardBy(field, act))) continue;
      flushSync(() => replayAct({ ...act, field }));
    }
  });
}

type FieldProps = { readonly value?: unknown; readonly checked?: unknown };

/** React's props for a node it owns: what it last rendered the node with. */
function propsOf(node: Element): FieldProps | null {
  const key = Object.keys(node).find((name) => name.startsWith('__reactProps'));
  return key ? ((node as unknown as Record<string, FieldProps>)[key] ?? null) : null;
}

/** Whether React renders `field` with the value (or tick) of `act`; a field React does not control counts as heard. */
function heardBy(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, act: KeptValue): boolean {
  const props = propsOf(field);
  if (!props) return true;
  if (isCheckable(field)) return props.checked === undefined || Boolean(props.checked) === act.checked;
  if (props.value === undefined || Array.isArray(props.value)) return true;
  const value = String(props.value);
  // A list without that option shows another one of its own accord: that is not the reader's.
  const listed = !(field instanceof HTMLSelectElement) || [...field.options].some((o) => o.value === value);
  return !listed || value === act.value;
}

/**
 * The fields whose value React never heard of: typed into while React was taking over the part of the
 * page they are in. The node carried React's key already, so the guard left the keystrokes to React,
 * but React did not handle events there until that part was live, and dropped them: the field shows
 * the reader's text while React holds the prerendered value.
 */
function unheardValues(): KeptValue[] {
  const unheard: KeptValue[] = [];
  for (const field of document.querySelectorAll('input, textarea, select')) {
    if (
      !isFormField(field) ||
      !isLive(field) ||
      // A slider is not typed into, and the browser rounds its value to its steps of its own accord.
      (field instanceof HTMLInputElement && ['file', 'range', 'hidden'].includes(field.type))
    ) {
      continue;
    }
    const label = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : '';
    const act: KeptValue = {
      kind: 'value',
      field,
      value: field.value,
      checked: isCheckable(field) && field.checked,
      label,
    };
    if (!heardBy(field, act)) unheard.push(act);
  }
  return unheard;
}

/** A control's accessible name, as a reader finds it: its aria-labelledby, aria-label, label or text. */
function nameOf(field: Element): string {
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const label =
    field.getAttribute('aria-label') ??
    (isFormField(field) ? field.labels?.[0]?.textContent : field.textContent);
  return label?.trim() ?? '';
}

/** The one control on the page now of the same kind and name as a replaced one, or null. */
function counterpart(replaced: Element, name: string): Element | null {
  if (name === '') return null;
  const type = replaced.getAttribute('type');
  const same = [...document.querySelectorAll(replaced.tagName)].filter(
    (candidate) => candidate.getAttribute('type') === type && isLive(candidate) && nameOf(candidate) === name,
  );
  return same.length === 1 ? (same[0] as Element) : null;
}

/** Fields whose focus React has been told of here: each is told once. */
const focusAnnounced = new WeakSet<Element>();

/**
 * The field the reader moved into before React owned it: React saw no focus event, so the field does
 * not know it is being typed in. Null when focus is elsewhere, on a node React does not own yet, or
 * React was told already.
 */
function fieldFocusedBeforeReact(): Element | null {
  const field = document.activeElement;
  if (!field || !isFormField(field) || !isLive(field) || focusAnnounced.has(field)) return null;
  focusAnnounced.add(field);
  return field;
}

/** A field's change event after its input event keeps the same value twice: it is one act. */
function repeatsTheActBefore(act: KeptAct, before: KeptAct | undefined): boolean {
  return (
    act.kind === 'value' &&
    before?.kind === 'value' &&
    before.field === act.field &&
    before.value === act.value &&
    before.checked === act.checked
  );
}
