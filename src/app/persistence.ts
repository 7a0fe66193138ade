import {
  blobsInUse,
  contentKey,
  findSaved,
  nextEditTime,
  type RoutesBlobRef,
  readSavedScenarios,
  recordEdit,
  type SavedScenario,
} from '../domain/scenario/saved-scenarios';
import type { Scenario } from '../domain/scenario/scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { encodeCustomRoutes, MAX_LINKED_CUSTOM_ROUTES } from '../domain/share-link/link-extras';
import { wellFormed } from '../domain/text';
import { deleteBlobs, writeBlob } from '../lib/blob-store';
import { expandFragment } from '../lib/link-compression';
import { SAVED_SCENARIOS_KEY } from '../lib/safe-storage';
import {
  loadSavedScenarios,
  newEntryId,
  storeSavedScenarios,
  storeTabSession,
} from '../lib/saved-scenarios-storage';
import { createUrlWriter, scenarioTextFromUrl } from '../lib/scenario-url';
import { shareFragment, travelsCompressed } from '../lib/share-fragment';
import type { CalculatorStore } from '../store/calculator-store';
import { selectScenario } from '../store/selectors';
import type { ScenarioSession, SessionNotices } from './session-types';
import { type PreviousScenario, readLink, readSaved, type Startup, scenarioIdentity } from './startup';

/** True when every input of the scenario is the same object (or value) in both. */
function sameInputs(a: Scenario, b: Scenario): boolean {
  return (Object.keys(a) as (keyof Scenario)[]).every((key) => Object.is(a[key], b[key]));
}

/** How often the URL and the saved scenario are written while the user works. */
export const WRITE_INTERVAL_MS = 250;

const SAVE_REFUSED =
  'This browser did not let the calculator save your scenario (its storage is full or blocked). It is still in this tab and in its link; export a scenario file to keep it.';

/**
 * Keeps the URL fragment and the saved scenarios in step with the store, and applies what arrives from
 * outside: a link pasted into the address bar (hashchange), an edit made in another tab (the storage
 * event), a restore. The rules:
 * - Every user edit is written to the URL (at most every WRITE_INTERVAL_MS, compressed when the plain
 *   link would be too long for chat apps) and, outside embeds, saved as this tab's scenario.
 * - A load is never an edit: opening a link, following another tab or reloading saves nothing.
 * - A link that had problems keeps its text in the address bar until the user edits, so it can be
 *   retried or reported.
 * - The last edit wins: another tab's newer edit of the same scenario is followed here, an older one is
 *   ignored.
 */
export function connectPersistence(store: CalculatorStore, startup: Startup): ScenarioSession {
  const saveLocally = !startup.embed.embed;
  const sheet = { routes: store.getState().sheetRoutes };
  const writer = createUrlWriter(WRITE_INTERVAL_MS);
  const listeners = new Set<() => void>();
  let notices: SessionNotices = {
    report: { id: 0, problems: startup.decoded.problems, priceChanges: startup.decoded.priceChanges },
    offer: startup.previous ? { kind: 'link-opened', previous: startup.previous } : null,
    saveProblem: null,
  };
  let entryId = startup.entryId;
  /**
   * The scenario inputs the link text on screen was written from (the same objects: a store change
   * that leaves them all alone is no edit and is not encoded again), that text, and the time of the
   * newest edit this tab has made or followed.
   */
  let lastInputs = selectScenario(store.getState());
  let lastText = remember(store.getState());
  let lastRoutes = store.getState().customRoutes;
  let lastEditAt = findSaved(loadSavedScenarios(), entryId)?.editedAt ?? 0;
  let applying = false;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  /** Added routes already written as a blob: the same list is written once. */
  let blob: { routes: Scenario['customRoutes']; ref: RoutesBlobRef } | null = null;

  function encode(state: ReturnType<CalculatorStore['getState']>): string {
    return encodeScenario(selectScenario(state), sheet);
  }

  /** The link text of the state on screen, its inputs remembered with it. */
  function remember(state: ReturnType<CalculatorStore['getState']>): string {
    lastInputs = selectScenario(state);
    return encodeScenario(lastInputs, sheet);
  }

  function setNotices(next: Partial<SessionNotices>) {
    notices = { ...notices, ...next };
    for (const listener of listeners) listener();
  }

  /** Writes the scenario's link into the address; `opening`: the address the page opens with. */
  function writeUrl(text: string, { opening = false } = {}) {
    const write = (fragment: string) => (opening ? writer.writeOpening(fragment) : writer.write(fragment));
    if (!travelsCompressed(text)) return write(text);
    // Large scenarios go into the URL compressed; a newer change wins over a slower compression.
    void shareFragment(text).then((fragment) => lastText === text && write(fragment));
  }

  /** Stores the entry, trimming the oldest entries when storage is short of room. */
  function commit(entry: SavedScenario) {
    const before = loadSavedScenarios();
    let next = recordEdit(before, entry);
    let kept = storeSavedScenarios(next);
    while (!kept && next.entries.length > 1) {
      next = { entries: next.entries.slice(0, -1) };
      kept = storeSavedScenarios(next);
    }
    if (kept) storeTabSession({ entryId: entry.id, text: entry.text });
    if ((notices.saveProblem !== null) === kept) setNotices({ saveProblem: kept ? null : SAVE_REFUSED });
    const inUse = blobsInUse(next);
    const unused = before.entries.flatMap((candidate) =>
      candidate.routes && !inUse.has(candidate.routes.key) ? [candidate.routes] : [],
    );
    if (unused.length > 0) void deleteBlobs(unused);
  }

  /**
   * Saves this tab's scenario as an edit: at once, unless its added routes are more than a link carries
   * and changed since the last save; then their blob is written first (possibly to IndexedDB).
   */
  function save(): Promise<void> | undefined {
    const state = store.getState();
    const text = encode(state);
    entryId ??= newEntryId();
    const id = entryId;
    const editedAt = lastEditAt;
    const routes = state.customRoutes;
    const ready =
      routes.length <= MAX_LINKED_CUSTOM_ROUTES ? null : blob?.routes === routes ? blob.ref : undefined;
    if (ready !== undefined) {
      commit({ id, editedAt, text, routes: ready });
      return undefined;
    }
    const blobText = encodeCustomRoutes(routes) ?? '';
    return writeBlob(contentKey(blobText), blobText).then((ref) => {
      if (!ref) {
        setNotices({ saveProblem: SAVE_REFUSED });
        return;
      }
      blob = { routes, ref };
      commit({ id, editedAt, text, routes: ref });
    });
  }

  /** Runs a save now, after any save still writing its blob. */
  function runSave() {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = null;
    if (inFlight) {
      inFlight = inFlight.then(save);
      return;
    }
    const pending = save();
    if (!pending) return;
    const settled: Promise<void> = pending.finally(() => {
      if (inFlight === settled) inFlight = null;
    });
    inFlight = settled;
  }

  function scheduleSave() {
    if (!saveLocally || saveTimer !== null) return;
    saveTimer = setTimeout(runSave, WRITE_INTERVAL_MS);
  }

  function flushSave() {
    if (saveTimer !== null) runSave();
  }

  function onChange() {
    if (applying) return;
    const state = store.getState();
    if (sameInputs(selectScenario(state), lastInputs)) return;
    const text = remember(state);
    // Past 20 added routes the link text leaves most of them out: a change of the list is an edit too.
    if (text === lastText && state.customRoutes === lastRoutes) return;
    lastText = text;
    lastRoutes = state.customRoutes;
    lastEditAt = nextEditTime(Date.now(), lastEditAt);
    writeUrl(text);
    scheduleSave();
  }

  /** Puts a scenario on screen; as an edit it is also saved (a restore is the user's choice). */
  function apply(scenario: Scenario, { asEdit, entry }: { asEdit: boolean; entry: string | null }) {
    flushSave();
    applying = true;
    try {
      store.getState().replaceScenario(scenario);
    } finally {
      applying = false;
    }
    entryId = entry;
    lastText = remember(store.getState());
    lastRoutes = store.getState().customRoutes;
    if (asEdit) {
      lastEditAt = nextEditTime(Date.now(), lastEditAt);
      scheduleSave();
    }
    writeUrl(lastText);
  }

  function current(): PreviousScenario {
    return { scenario: selectScenario(store.getState()), entryId };
  }

  async function onHashChange() {
    const fragment = scenarioTextFromUrl(new URL(window.location.href));
    const expanded = await expandFragment(wellFormed(fragment));
    if (expanded.ok && expanded.text === lastText) return; // our own address
    if (fragment === '') return; // the fragment was cleared: keep what is on screen
    const decoded = await readLink(fragment, sheet);
    const before = current();
    const report = {
      id: notices.report.id + 1,
      problems: decoded.problems,
      priceChanges: decoded.priceChanges,
    };
    // The same scenario in other words (or pasted again): nothing changes.
    if (scenarioIdentity(before.scenario, sheet) === scenarioIdentity(decoded.scenario, sheet)) return;
    flushSave();
    applying = true;
    try {
      store.getState().replaceScenario(decoded.scenario);
    } finally {
      applying = false;
    }
    entryId = null;
    lastText = remember(store.getState());
    lastRoutes = store.getState().customRoutes;
    // A link with problems keeps its text in the address bar; a clean one is written in canonical form.
    if (decoded.problems.length === 0) writeUrl(lastText);
    setNotices({ report, offer: saveLocally ? { kind: 'link-opened', previous: before } : null });
  }

  function onStorage(event: StorageEvent) {
    if (event.key !== SAVED_SCENARIOS_KEY || event.newValue === null || entryId === null) return;
    const mine = findSaved(readSavedScenarios(wellFormed(event.newValue)), entryId);
    if (!mine || mine.editedAt <= lastEditAt) return;
    // Another tab edited this scenario after this tab did: follow it (its edit wins).
    lastEditAt = mine.editedAt;
    void readSaved(mine, sheet).then((scenario) => {
      if (lastEditAt !== mine.editedAt) return; // an even newer edit arrived meanwhile
      const following = entryId;
      apply(scenario, { asEdit: false, entry: following });
      // Written now, not after the 250 ms between writes: the tab's session already names the followed
      // scenario, and a reload straight after must open the address that says the same.
      writer.flush();
      storeTabSession({ entryId: following ?? mine.id, text: lastText });
    });
  }

  const flush = () => {
    writer.flush();
    flushSave();
  };
  const unsubscribe = store.subscribe(onChange);
  if (!startup.keepAddress && startup.decoded.found) writeUrl(lastText, { opening: true });
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('storage', onStorage);
  window.addEventListener('pointerup', flush);
  window.addEventListener('pagehide', flush);

  return {
    getNotices: () => notices,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restorePrevious() {
      if (notices.offer?.kind !== 'link-opened') return;
      const { previous } = notices.offer;
      const link = current();
      apply(previous.scenario, { asEdit: true, entry: previous.entryId });
      setNotices({ offer: { kind: 'restored', link } });
    },
    backToLink() {
      if (notices.offer?.kind !== 'restored') return;
      const { link } = notices.offer;
      const previous = current();
      apply(link.scenario, { asEdit: true, entry: link.entryId });
      setNotices({ offer: { kind: 'link-opened', previous } });
    },
    dismissOffer() {
      setNotices({ offer: null });
    },
    flush,
    dispose() {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pointerup', flush);
      window.removeEventListener('pagehide', flush);
    },
  };
}
