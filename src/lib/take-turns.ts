import { useEffect, useState } from 'react';
import { afterNextFrame } from './use-in-turn';

/** What is waiting for its turn, first come first served, across every view on the page. */
const waiting: (() => void)[] = [];
let turnTaken = false;

function nextTurn(): void {
  const go = waiting.shift();
  turnTaken = go !== undefined;
  if (!go) return;
  go();
  afterNextFrame(nextTurn);
}

/**
 * Calls `go` when its turn comes: at once when nothing had a turn in the last frame, else a frame after
 * the one before, each in a task of its own. Several heavy views that are wanted at once (the charts a
 * jump to "Charts" brings near together) draw one at a time, not in one long task. Returns a cancel.
 */
export function takeTurn(go: () => void): () => void {
  waiting.push(go);
  if (!turnTaken) nextTurn();
  return () => {
    const at = waiting.indexOf(go);
    if (at !== -1) waiting.splice(at, 1);
  };
}

/** `wanted`, but turned on only when its turn comes (takeTurn); turned off at once. */
export function useTurnWhen(wanted: boolean): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!wanted) {
      setGranted(false);
      return;
    }
    return takeTurn(() => setGranted(true));
  }, [wanted]);
  return wanted && granted;
}
