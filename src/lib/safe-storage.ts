/**
 * localStorage that never throws: in a third-party iframe it may be partitioned or blocked, it can be
 * full or disabled, and what it holds may be corrupted. Every failure reads as "nothing stored".
 */
const KEY = 'kimi-cost-calculator:scenario';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadSavedScenario(): string | null {
  try {
    const value = storage()?.getItem(KEY) ?? null;
    // As long as a scenario file may be; the decoder checks the rest.
    return typeof value === 'string' && value.length <= 200_000 ? value : null;
  } catch {
    return null;
  }
}

export function saveScenario(encoded: string): void {
  try {
    storage()?.setItem(KEY, encoded);
  } catch {
    // Full, disabled or partitioned: the scenario still lives in the URL.
  }
}

export function clearSavedScenario(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
