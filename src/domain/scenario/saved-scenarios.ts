/**
 * The scenarios this browser keeps: the user's recent work, so that nothing they did is lost when a
 * link, another tab or a reload shows something else. The rules, in words:
 * - Each entry is one line of work ("lineage"): the scenario a tab edits. Every edit rewrites that
 *   entry and moves it to the front; opening a link starts a new line of work at its first edit.
 * - Only edits are saved, never a load: opening a link or reloading an old tab changes nothing here.
 * - The last edit wins: an entry is only replaced by a write that is newer than it.
 * - The newest KEPT_SCENARIOS entries are kept, newest first; older ones are dropped.
 * - An entry holds the scenario as link text; when it has more added routes than a link carries, the
 *   full list lives in a separate blob named by `routes` (the blob store is the caller's business).
 * - Reading what storage holds never throws: anything malformed reads as "nothing saved".
 */

export const KEPT_SCENARIOS = 20;
export const SAVED_SCENARIOS_FORMAT = 'kimi-cost-calculator-saved-scenarios';
/** The longest text an entry may hold: a scenario file's length. */
const MAX_ENTRY_TEXT = 20_000_000;
const MAX_ID_LENGTH = 40;

/** Where the full list of an entry's added routes is kept. */
export interface RoutesBlobRef {
  readonly key: string;
  readonly where: 'local' | 'idb';
}

export interface SavedScenario {
  /** The line of work this entry belongs to (one per tab that edits, kept across reloads). */
  readonly id: string;
  /** When it was last edited, in milliseconds since the epoch (the app shell's clock). */
  readonly editedAt: number;
  /** The scenario as share-link text. */
  readonly text: string;
  /** Every added route, when there are more than the link text carries. */
  readonly routes: RoutesBlobRef | null;
}

export interface SavedScenarios {
  /** Newest first. */
  readonly entries: readonly SavedScenario[];
}

export const NO_SAVED_SCENARIOS: SavedScenarios = { entries: [] };

function readRef(value: unknown): RoutesBlobRef | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return undefined;
  const { key, where } = value as { key?: unknown; where?: unknown };
  if (typeof key !== 'string' || key.length === 0 || key.length > 100) return undefined;
  if (where !== 'local' && where !== 'idb') return undefined;
  return { key, where };
}

function readEntry(value: unknown): SavedScenario | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, editedAt, text, routes } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
  if (typeof editedAt !== 'number' || !Number.isFinite(editedAt) || editedAt < 0) return null;
  if (typeof text !== 'string' || text.length > MAX_ENTRY_TEXT) return null;
  const ref = readRef(routes);
  if (ref === undefined) return null;
  return { id, editedAt, text, routes: ref };
}

/** What storage holds, read without trusting it: unreadable entries are dropped, order restored. */
export function readSavedScenarios(stored: string | null): SavedScenarios {
  if (stored === null) return NO_SAVED_SCENARIOS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return NO_SAVED_SCENARIOS;
  }
  const record = parsed as { format?: unknown; entries?: unknown } | null;
  if (record?.format !== SAVED_SCENARIOS_FORMAT || !Array.isArray(record.entries)) {
    return NO_SAVED_SCENARIOS;
  }
  const seen = new Set<string>();
  const entries: SavedScenario[] = [];
  for (const candidate of record.entries.slice(0, KEPT_SCENARIOS * 2)) {
    const entry = readEntry(candidate);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  entries.sort((a, b) => b.editedAt - a.editedAt);
  return { entries: entries.slice(0, KEPT_SCENARIOS) };
}

export function writeSavedScenarios(saved: SavedScenarios): string {
  return JSON.stringify({ format: SAVED_SCENARIOS_FORMAT, entries: saved.entries });
}

/** The list after an edit: the entry replaces its line of work's (unless that one is newer), in front. */
export function recordEdit(saved: SavedScenarios, entry: SavedScenario): SavedScenarios {
  const current = saved.entries.find((candidate) => candidate.id === entry.id);
  if (current && current.editedAt > entry.editedAt) return saved;
  const others = saved.entries.filter((candidate) => candidate.id !== entry.id);
  return { entries: [entry, ...others].sort((a, b) => b.editedAt - a.editedAt).slice(0, KEPT_SCENARIOS) };
}

export function findSaved(saved: SavedScenarios, id: string | null): SavedScenario | undefined {
  return id === null ? undefined : saved.entries.find((entry) => entry.id === id);
}

/** The newest entry, optionally leaving one line of work out. */
export function newestSaved(saved: SavedScenarios, except: string | null = null): SavedScenario | undefined {
  return saved.entries.find((entry) => entry.id !== except);
}

/** The blobs the entries still refer to: every other blob can be deleted. */
export function blobsInUse(saved: SavedScenarios): Set<string> {
  return new Set(saved.entries.flatMap((entry) => (entry.routes ? [entry.routes.key] : [])));
}

/**
 * A short name for a blob's content (FNV-1a, 32 bits, with the length): the same routes are stored
 * once however many entries use them.
 */
export function contentKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}-${text.length.toString(36)}`;
}

/** The time of an edit: the clock, but never at or before the previous edit (clocks can step back). */
export function nextEditTime(now: number, previous: number): number {
  return Math.max(Math.floor(now), Math.floor(previous) + 1);
}
