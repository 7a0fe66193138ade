import { startTransition, useEffect, useState } from 'react';
import { inputSettlesIn, onInputSettled, watchInput } from './input-in-progress';
import { SETTLE_MS } from './use-settled-value';

/** Calls `then` once the browser has drawn a frame, in a task of its own after that frame. */
export function afterNextFrame(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame === 'undefined') {
    timer = setTimeout(then, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(then, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `value` handed on to `parts` views one at a time: the first gets it at once, each next one a task
 * after the one before has been drawn, and none while an input is in progress (a slider held or
 * stepped: input-in-progress.ts); they carry on once it settles. Each view shows one moment whole,
 * and a heavy view that redraws synchronously (a recharts chart redraws from its own store) costs one
 * task of its own, not one long task for all: a key pressed meanwhile is answered between two.
 * Returns the value each part shows, in order; a part's value keeps its identity until it is handed
 * the next one.
 */
export function useInTurn<T>(value: T, parts: number): readonly T[] {
  const [handed, setHanded] = useState<readonly T[]>(() => Array(parts).fill(value));
  const shown = handed.map((part, index) => (index === 0 ? value : part));
  const next = shown.findIndex((part) => !Object.is(part, value));
  useEffect(watchInput, []);
  useEffect(() => {
    if (next === -1) return;
    const hand = () =>
      startTransition(() =>
        setHanded((current) => current.map((part, index) => (index <= next ? value : part))),
      );
    let cancel = () => {};
    // After a frame; then, while an input is in progress, until it settles.
    const wait = () => {
      cancel = afterNextFrame(() => {
        const left = inputSettlesIn(SETTLE_MS);
        if (left === 0) {
          hand();
          return;
        }
        const timer = setTimeout(wait, left);
        const stop = onInputSettled(() => {
          clearTimeout(timer);
          stop();
          wait();
        });
        cancel = () => {
          clearTimeout(timer);
          stop();
        };
      });
    };
    wait();
    return () => cancel();
  }, [value, next]);
  return shown;
}
