/**
 * localStorage and sessionStorage that never throw: in a third-party iframe they may be partitioned
 * or blocked, they can be full or disabled, and what they hold may be corrupted. A failed read is
 * "nothing stored"; a failed write returns false so the caller can say so. Text read back is made
 * well-formed (a lone UTF-16 surrogate becomes U+FFFD), so nothing saved can break an encoder later.
 */
import { wellFormed } from '../domain/text';

export { LEGACY_SCENARIO_KEY, ROUTES_BLOB_PREFIX, SAVED_SCENARIOS_KEY, TAB_KEY } from './storage-keys';

type Area = 'localStorage' | 'sessionStorage';

function area(name: Area): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

export function readItem(key: string, from: Area = 'localStorage'): string | null {
  try {
    const value = area(from)?.getItem(key) ?? null;
    return typeof value === 'string' ? wellFormed(value) : null;
  } catch {
    return null;
  }
}

/** True when the browser kept it. */
export function writeItem(key: string, value: string, to: Area = 'localStorage'): boolean {
  try {
    const storage = area(to);
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: string, from: Area = 'localStorage'): void {
  try {
    area(from)?.removeItem(key);
  } catch {
    // Nothing to remove, or not allowed to: either way nothing breaks.
  }
}
