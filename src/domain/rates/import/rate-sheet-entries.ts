/**
 * The entry loop shared by every importer. The rules, in words:
 * - Every entry is read on its own. A bad entry is left out and reported with its position (0-based
 *   index in the file's list, or in LiteLLM's key order) and the reason; good entries are imported.
 *   Small repairs (text cut to length, an id renamed) are reported too, with `imported: true`.
 * - Ids are the given id cleaned to [a-z0-9.@_-], or `model[-variant]@provider` generated like the
 *   bundled sheet's; a taken id gets the first free suffix -2, -3, … (deterministic).
 */
import { parseSourceDate, plainText } from '../provenance';
import type { Route, SourceRef } from '../route';
import { Reject, slug, TEXT_LIMITS } from './rate-sheet-fields';

export const MAX_IMPORT_ENTRIES = 10_000;

export interface ImportProblem {
  /** 0-based position of the entry in the file; null for the file as a whole. */
  readonly position: number | null;
  /** The entry's name as plain text (model, or LiteLLM key), when readable. */
  readonly entry: string | null;
  readonly reason: string;
  /** True when the entry was imported anyway, with the repair the reason describes. */
  readonly imported: boolean;
}

export interface ImportResult {
  readonly format: 'app' | 'litellm' | null;
  readonly routes: Route[];
  readonly problems: ImportProblem[];
}

export interface ImportOptions {
  /** Ids already in use (bundled and custom routes): imported ids are made distinct from them. */
  readonly takenIds?: Iterable<string>;
  /** Today's date, YYYY-MM-DD: the date given to prices the file does not date (else they are undated). */
  readonly importedOn?: string;
  /** LiteLLM only: import only keys containing this text, case-insensitive (e.g. "kimi"). */
  readonly match?: string;
}

/** A route as read, before its id is made unique. */
export type RouteDraft = Omit<Route, 'id'> & { readonly wantedId: string | null };

/** One entry to read: its position, its name for the report, and its reader. */
export type EntryReader = readonly [
  position: number,
  name: string | null,
  read: (repairs: string[]) => RouteDraft,
];

/** Hands out unique ids: the wanted one, else the first free `-2`, `-3`, … suffix. */
export function idAllocator(taken: Iterable<string>): (wanted: string) => string {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  return (wanted: string): string => {
    let id = wanted;
    let suffix = nextSuffix.get(wanted) ?? 2;
    while (used.has(id)) id = `${wanted}-${suffix++}`;
    nextSuffix.set(wanted, suffix);
    used.add(id);
    return id;
  };
}

/** Reads entries one by one, turning each failure into a problem and making ids unique. */
export function collect(
  entries: readonly EntryReader[],
  options: ImportOptions,
  problems: ImportProblem[],
): Route[] {
  const claim = idAllocator(options.takenIds ?? []);
  const routes: Route[] = [];
  for (const [position, name, read] of entries) {
    const entry = name === null ? null : plainText(name, 80).text;
    const repairs: string[] = [];
    try {
      const { wantedId, ...draft } = read(repairs);
      const generated = `${slug(draft.modelId) || 'model'}${draft.variant ? `-${slug(draft.variant)}` : ''}@${slug(draft.providerName) || 'provider'}`;
      const cleaned = wantedId === null ? '' : slug(wantedId, /[^a-z0-9.@_-]+/g, TEXT_LIMITS.id);
      if (wantedId !== null && cleaned !== wantedId)
        repairs.push(`The id was changed to “${cleaned || generated}”.`);
      const base = cleaned || generated;
      const id = claim(base);
      if (id !== base) repairs.push(`The id “${base}” is already used; the route was imported as “${id}”.`);
      routes.push({ id, ...draft });
      for (const reason of repairs) problems.push({ position, entry, reason, imported: true });
    } catch (error) {
      const reason = error instanceof Reject ? error.message : 'The entry could not be read.';
      problems.push({ position, entry, reason, imported: false });
    }
  }
  return routes;
}

/** The source of prices the file does not source: dated with the import date when one is given. */
export function fallbackSource(label: string, url: string | null, importedOn: string | undefined): SourceRef {
  const dated = importedOn !== undefined && parseSourceDate(importedOn) !== null;
  return {
    label,
    url,
    date: dated ? (importedOn as string) : '',
    dateMeaning: dated ? 'date imported; the file gives no date' : 'undated; the file gives no date',
  };
}

export const fileProblem = (reason: string): ImportProblem => ({
  position: null,
  entry: null,
  reason,
  imported: false,
});

/** The result for a file refused as a whole. */
export const refused = (reason: string): ImportResult => ({
  format: null,
  routes: [],
  problems: [fileProblem(reason)],
});
