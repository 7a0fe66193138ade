/**
 * The browser side of saved-scenarios.ts: the list of recent scenarios in local storage, the blobs of
 * their added routes, and which entry this tab edits (session storage, so it survives a reload of the
 * tab but not a new tab). Nothing here throws.
 */
import {
  readSavedScenarios,
  type SavedScenario,
  type SavedScenarios,
  writeSavedScenarios,
} from '../domain/scenario/saved-scenarios';
import {
  LEGACY_SCENARIO_KEY,
  readItem,
  removeItem,
  SAVED_SCENARIOS_KEY,
  TAB_KEY,
  writeItem,
} from './safe-storage';

/** The recent scenarios; a scenario saved by an older version of the app reads as the only entry. */
export function loadSavedScenarios(): SavedScenarios {
  const stored = readItem(SAVED_SCENARIOS_KEY);
  if (stored !== null) return readSavedScenarios(stored);
  const legacy = readItem(LEGACY_SCENARIO_KEY);
  if (legacy === null || legacy.length > 200_000) return readSavedScenarios(null);
  const entry: SavedScenario = { id: 'saved', editedAt: 0, text: legacy, routes: null };
  return { entries: [entry] };
}

/** True when the browser kept the list. */
export function storeSavedScenarios(saved: SavedScenarios): boolean {
  const kept = writeItem(SAVED_SCENARIOS_KEY, writeSavedScenarios(saved));
  if (kept) removeItem(LEGACY_SCENARIO_KEY);
  return kept;
}

export interface TabSession {
  /** The saved scenario this tab edits. */
  readonly entryId: string;
  /** The link text this tab last saved. */
  readonly text: string;
}

export function loadTabSession(): TabSession | null {
  const stored = readItem(TAB_KEY, 'sessionStorage');
  if (stored === null) return null;
  try {
    const { entryId, text } = JSON.parse(stored) as Partial<TabSession>;
    return typeof entryId === 'string' && typeof text === 'string' ? { entryId, text } : null;
  } catch {
    return null;
  }
}

export function storeTabSession(session: TabSession): void {
  writeItem(TAB_KEY, JSON.stringify(session), 'sessionStorage');
}

/** A new id for a line of work: random, short, never shown. */
export function newEntryId(): string {
  try {
    return crypto.randomUUID().slice(0, 13);
  } catch {
    return `s${Math.random().toString(36).slice(2, 14)}`;
  }
}
