import { useState } from 'react';

/**
 * `value` as it was the last time `held` was false, for as long as `held` is true; `value` itself
 * otherwise. An element held this way keeps its identity, so React does not render what it draws again
 * (an off-screen chart does not redraw for every new figure; it catches up once it is shown).
 */
export function useHeldWhile<T>(value: T, held: boolean): T {
  const [kept, setKept] = useState(value);
  // Keeping the latest unheld value is an update during render (React renders this component again at
  // once, before its children), not an effect: the held value is never a render behind.
  if (!held && !Object.is(kept, value)) setKept(value);
  return held ? kept : value;
}
