import { startTransition, useEffect, useState } from 'react';
import { inputSettlesIn, onInputSettled, watchInput } from './input-in-progress';

/**
 * How long a value must stay unchanged, while a slider moves or keys are pressed, to count as settled:
 * longer than the gap between two arrow presses of a person stepping a slider (200–300 ms), so the
 * views below (the table, the charts) do not redraw between two steps and hold up the next (at 4× CPU,
 * steps paced like a person: p95 40–48 ms with 500 ms, 40–96 ms with 280 ms).
 */
export const SETTLE_MS = 500;

/**
 * The value as it was once it settled: while a slider moves (or keys step or type in a field) it keeps
 * its last settled value. It follows once no key arrived for `quietMs`, when a dragged slider is
 * released (or held still a while), or at once when Enter or Tab is pressed (input-in-progress.ts).
 * A change from any other control (a button, a checkbox, a select, a link) settles at once. Settling
 * is a transition, so React renders the heavy view it feeds at low priority. Pass a value with a
 * stable identity (one `useMemo` over its parts): a new object on every render never settles.
 */
export function useSettledValue<T>(value: T, quietMs: number = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(watchInput, []);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const settle = () => startTransition(() => setSettled(value));
    if (inputSettlesIn(quietMs) === 0) {
      settle();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Waits `quietMs` after this change, then for as long as the input is still in progress.
    const wait = (ms: number) => {
      timer = setTimeout(() => {
        const left = inputSettlesIn(quietMs);
        if (left === 0) settle();
        else wait(left);
      }, ms);
    };
    wait(quietMs);
    const stop = onInputSettled(settle);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [value, settled, quietMs]);
  return settled;
}
