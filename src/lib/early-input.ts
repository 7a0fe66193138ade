/**
 * What the reader typed or slid into the prerendered page before the app's code ran: the page's
 * inline guard (app/opening-guard.ts) keeps the last value of each field by id; once React has
 * hydrated, each kept value that differs from the field's is put back the way a person would,
 * through the field's own value setter and an input or change event, so React's handlers see it.
 */
interface KeptField {
  readonly value: string;
  readonly checked: boolean;
}

interface EarlyInput {
  readonly fields: Readonly<Record<string, KeptField>>;
  readonly stop: () => void;
}

/**
 * Replays what was kept when `replay` (the page hydrated the HTML the reader typed into), and stops
 * keeping when `stop`. The page replays once its own HTML has hydrated, and again, stopping, once every
 * island has (a field inside an island can take its value only then); a value replayed twice is the
 * same value, so the second time changes nothing. A page without the guard has nothing to replay.
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
  if (!replay) return;
  for (const [id, kept] of Object.entries(early.fields)) {
    const field = document.getElementById(id);
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      // React follows a checkbox by its click: from the other state, a click lands on the kept one.
      field.checked = !kept.checked;
      field.click();
    } else if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      putBack(field, kept.value, 'input');
    } else if (field instanceof HTMLSelectElement) {
      putBack(field, kept.value, 'change');
    }
  }
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
