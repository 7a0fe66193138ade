import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSavedScenarios } from '../domain/scenario/saved-scenarios';
import { selectedEndpoint } from '../domain/scenario/scenario';
import { encodeScenario } from '../domain/share-link/encode-scenario';
import { SAVED_SCENARIOS_KEY, TAB_KEY } from '../lib/safe-storage';
import { type CalculatorStore, createCalculatorStore } from '../store/calculator-store';
import { connectPersistence, WRITE_INTERVAL_MS } from './persistence';
import type { ScenarioSession } from './session-types';
import { readStartup, type Startup } from './startup';

// The link encoder, counted (it runs as it is): how often a step encodes the scenario.
vi.mock('../domain/share-link/encode-scenario', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../domain/share-link/encode-scenario')>();
  return { ...actual, encodeScenario: vi.fn(actual.encodeScenario) };
});

const at = (address: string) => new URL(address, 'http://calc.test/') as unknown as Location;

function requests(store: CalculatorStore): number {
  const { shape } = selectedEndpoint(store.getState());
  return shape.kind === 'requests' ? shape.requestsPerMonth : Number.NaN;
}

function savedTexts(): string[] {
  return readSavedScenarios(localStorage.getItem(SAVED_SCENARIOS_KEY)).entries.map((entry) => entry.text);
}

const sessions: ScenarioSession[] = [];

/** A tab: what it opens with, its store and its session. */
async function openTab(
  address: string,
): Promise<{ startup: Startup; store: CalculatorStore; session: ScenarioSession }> {
  window.history.replaceState(null, '', address);
  const startup = await readStartup(at(address));
  const store = createCalculatorStore({ initial: startup.decoded.scenario });
  const session = connectPersistence(store, startup);
  sessions.push(session);
  return { startup, store, session };
}

async function edit(store: CalculatorStore, requestsPerMonth: number) {
  store.getState().setShapeValue('requestsPerMonth', requestsPerMonth);
  await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS + 50);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
  vi.useRealTimers();
});

describe('saving the user’s work', () => {
  it('saves an edit, and the next visit without a link opens it', async () => {
    const tab = await openTab('/');
    expect(localStorage.getItem(SAVED_SCENARIOS_KEY)).toBeNull();
    await edit(tab.store, 1_000);
    expect(savedTexts()).toEqual([expect.stringContaining('n=1000')]);
    expect(window.location.hash).toContain('n=1000');

    sessionStorage.clear(); // a new tab
    const next = await openTab('/');
    expect(requests(next.store)).toBe(1_000);
    expect(next.startup.previous).toBeNull();
  });

  it('saves nothing when a link is only opened, not edited', async () => {
    const tab = await openTab('/');
    await edit(tab.store, 1_000);
    const before = localStorage.getItem(SAVED_SCENARIOS_KEY);
    sessionStorage.clear();
    await openTab('/#v=2&n=5');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(localStorage.getItem(SAVED_SCENARIOS_KEY)).toBe(before);
  });

  it('offers the saved work back after a link, restores it in one click, and goes back to the link', async () => {
    const mine = await openTab('/');
    await edit(mine.store, 1_000);
    sessionStorage.clear();

    const tab = await openTab('/#v=2&n=5');
    expect(requests(tab.store)).toBe(5);
    expect(tab.session.getNotices().offer?.kind).toBe('link-opened');

    tab.session.restorePrevious();
    expect(requests(tab.store)).toBe(1_000);
    expect(tab.session.getNotices().offer?.kind).toBe('restored');
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS + 50);
    expect(window.location.hash).toContain('n=1000');

    tab.session.backToLink();
    expect(requests(tab.store)).toBe(5);
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS + 50);
    // Both are kept: the link's scenario became the user's too when they chose it.
    expect(savedTexts()).toEqual([expect.stringContaining('n=5'), expect.stringContaining('n=1000')]);
  });

  it('does not offer anything when the link is the scenario already saved', async () => {
    const mine = await openTab('/');
    await edit(mine.store, 1_000);
    const link = window.location.hash;
    sessionStorage.clear();
    const tab = await openTab(`/${link}`);
    expect(tab.startup.previous).toBeNull();
    expect(tab.session.getNotices().offer).toBeNull();
  });

  it('a reloaded tab opens the newest edit of its own scenario, not its older address', async () => {
    const tab = await openTab('/');
    await edit(tab.store, 1_000);
    const oldAddress = `/${window.location.hash}`;
    const session = JSON.parse(sessionStorage.getItem(TAB_KEY) ?? '{}') as { entryId: string };
    // Another tab edits the same scenario later.
    const stored = readSavedScenarios(localStorage.getItem(SAVED_SCENARIOS_KEY));
    const newer = {
      ...stored.entries[0],
      id: session.entryId,
      editedAt: Date.now() + 60_000,
      text: 'v=2&n=2222',
    };
    localStorage.setItem(
      SAVED_SCENARIOS_KEY,
      JSON.stringify({ format: 'kimi-cost-calculator-saved-scenarios', entries: [newer] }),
    );
    tab.session.dispose();
    const reloaded = await openTab(oldAddress);
    expect(requests(reloaded.store)).toBe(2_222);
    expect(reloaded.startup.previous).toBeNull();
  });
});

describe('two tabs', () => {
  it('follow each other’s edits of the same scenario, and an older write never wins', async () => {
    const first = await openTab('/');
    await edit(first.store, 1_000);
    const sessionText = sessionStorage.getItem(TAB_KEY);
    first.session.dispose();
    sessions.splice(sessions.indexOf(first.session), 1);

    // The second tab opens the same saved scenario and edits it later.
    sessionStorage.clear();
    const second = await openTab('/');
    expect(requests(second.store)).toBe(1_000);
    await edit(second.store, 3_000);
    const newValue = localStorage.getItem(SAVED_SCENARIOS_KEY);

    // The first tab hears about it through the storage event and follows.
    sessionStorage.setItem(TAB_KEY, sessionText ?? '');
    const again = await openTab('/');
    again.store.getState().setShapeValue('requestsPerMonth', 1_000);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_SCENARIOS_KEY, newValue }));
    await vi.advanceTimersByTimeAsync(10);
    // Its own edit of 1,000 was made after the other tab's 3,000: its own edit wins.
    expect(requests(again.store)).toBe(1_000);
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS + 50);
    expect(savedTexts()[0]).toContain('n=1000');

    // A newer edit from the other tab is followed, and not saved again by this tab.
    const later = readSavedScenarios(localStorage.getItem(SAVED_SCENARIOS_KEY)).entries[0];
    const followed = { ...later, editedAt: Date.now() + 5_000, text: 'v=2&n=4444' };
    const value = JSON.stringify({ format: 'kimi-cost-calculator-saved-scenarios', entries: [followed] });
    localStorage.setItem(SAVED_SCENARIOS_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_SCENARIOS_KEY, newValue: value }));
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS + 50);
    expect(requests(again.store)).toBe(4_444);
    expect(localStorage.getItem(SAVED_SCENARIOS_KEY)).toBe(value);
    expect(window.location.hash).toContain('n=4444');
  });
});

describe('a tab that follows another', () => {
  it('writes the followed scenario into its address at once: a reload straight after opens it', async () => {
    const tab = await openTab('/');
    await edit(tab.store, 1_000);
    // Its own edit a moment ago: the next address write would wait out the 250 ms.
    tab.store.getState().setShapeValue('requestsPerMonth', 1_500);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.location.hash).toContain('n=1500');
    const saved = readSavedScenarios(localStorage.getItem(SAVED_SCENARIOS_KEY)).entries[0];
    const followed = { ...saved, editedAt: Date.now() + 5_000, text: 'v=2&n=4444' };
    const value = JSON.stringify({ format: 'kimi-cost-calculator-saved-scenarios', entries: [followed] });
    localStorage.setItem(SAVED_SCENARIOS_KEY, value);
    window.dispatchEvent(new StorageEvent('storage', { key: SAVED_SCENARIOS_KEY, newValue: value }));
    await vi.advanceTimersByTimeAsync(1);
    expect(requests(tab.store)).toBe(4_444);
    expect(window.location.hash).toContain('n=4444');
  });
});

describe('links that arrive later and links with problems', () => {
  it('applies a link pasted into the open tab, with the same restore offer', async () => {
    const tab = await openTab('/');
    await edit(tab.store, 1_000);
    window.location.hash = '#v=2&n=77'; // fires hashchange
    await vi.advanceTimersByTimeAsync(10);
    expect(requests(tab.store)).toBe(77);
    expect(tab.session.getNotices().offer?.kind).toBe('link-opened');
    expect(tab.session.getNotices().report.id).toBe(1);
    tab.session.restorePrevious();
    expect(requests(tab.store)).toBe(1_000);
  });

  it('keeps a link with problems in the address bar until the user edits', async () => {
    const tab = await openTab('/#v=99&n=5&h=abc');
    expect(tab.session.getNotices().report.problems.length).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(window.location.hash).toBe('#v=99&n=5&h=abc');
    await edit(tab.store, 6);
    expect(window.location.hash).toMatch(/^#v=3&n=6&/);
  });

  it('says so when the browser refuses to save, and keeps working', async () => {
    const tab = await openTab('/');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await edit(tab.store, 1_000);
    expect(tab.session.getNotices().saveProblem).toMatch(/did not let the calculator save/);
    expect(window.location.hash).toContain('n=1000');
  });
});

describe('the address while the user works', () => {
  // Rule: while a slider moves, the URL is written at most every WRITE_INTERVAL_MS with the value of
  // the moment, and once more when the input settles, with the last value; then nothing more.
  it('writes a 1 s drag at most every 250 ms, and the last value once when it settles', async () => {
    const tab = await openTab('/');
    const writes: { at: number; hash: string }[] = [];
    const replaceState = window.history.replaceState.bind(window.history);
    vi.spyOn(window.history, 'replaceState').mockImplementation((state, unused, url) => {
      writes.push({ at: Date.now(), hash: String(url) });
      replaceState(state, unused, url);
    });
    const start = Date.now();
    for (let step = 1; step <= 60; step += 1) {
      tab.store.getState().setShapeValue('requestsPerMonth', 1_000 + step);
      await vi.advanceTimersByTimeAsync(16);
    }
    const settledAt = Date.now();
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS);
    const afterSettling = writes.length;
    await vi.advanceTimersByTimeAsync(5_000);

    // The address followed the drag: a write at once, then one per interval, never closer together.
    expect(writes[0]?.at).toBe(start);
    const gaps = writes.slice(1).map((write, index) => write.at - (writes[index]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(WRITE_INTERVAL_MS);
    expect(writes.length).toBeGreaterThanOrEqual(Math.floor((settledAt - start) / WRITE_INTERVAL_MS));
    // The trailing write: the last value, within one interval of the last step, and nothing after it.
    expect(writes.at(-1)?.hash).toMatch(/[#&]n=1060(&|$)/);
    expect(writes.at(-1)?.at).toBeLessThanOrEqual(settledAt + WRITE_INTERVAL_MS);
    expect(writes.filter((write) => /[#&]n=1060(&|$)/.test(write.hash))).toHaveLength(1);
    expect(writes).toHaveLength(afterSettling);
    expect(window.location.hash).toMatch(/[#&]n=1060(&|$)/);
  });

  // Rule: a slider step encodes the scenario once (to tell an edit from a no-op), a save at most once
  // more per interval; a store change the link does not carry (the table's columns) encodes nothing.
  it('encodes the scenario once a step, and not at all for a change the link does not carry', async () => {
    const tab = await openTab('/');
    const encoded = vi.mocked(encodeScenario);
    encoded.mockClear();
    tab.store.getState().setColumnChoice('blended', true);
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS * 2);
    expect(encoded).not.toHaveBeenCalled();

    for (let step = 1; step <= 60; step += 1) {
      tab.store.getState().setShapeValue('requestsPerMonth', 2_000 + step);
      await vi.advanceTimersByTimeAsync(16);
    }
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS * 2);
    const saves = Math.ceil((60 * 16) / WRITE_INTERVAL_MS) + 1;
    expect(encoded.mock.calls.length).toBeGreaterThanOrEqual(60);
    expect(encoded.mock.calls.length).toBeLessThanOrEqual(60 + saves);
  });
});
