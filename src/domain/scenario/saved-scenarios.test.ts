import { describe, expect, it } from 'vitest';
import {
  blobsInUse,
  contentKey,
  KEPT_SCENARIOS,
  NO_SAVED_SCENARIOS,
  newestSaved,
  nextEditTime,
  readSavedScenarios,
  recordEdit,
  SAVED_SCENARIOS_FORMAT,
  type SavedScenario,
  type SavedScenarios,
  writeSavedScenarios,
} from './saved-scenarios';

const entry = (id: string, editedAt: number, text = `v=2&n=${editedAt}`): SavedScenario => ({
  id,
  editedAt,
  text,
  routes: null,
});
const list = (...entries: SavedScenario[]): SavedScenarios => ({ entries });
const ids = (saved: SavedScenarios) =>
  saved.entries.map((candidate) => `${candidate.id}@${candidate.editedAt}`);

describe('recording an edit', () => {
  // Rule: an edit rewrites its line of work's entry and moves it to the front; a write older than the
  // entry it would replace (a stale tab) changes nothing; the newest KEPT_SCENARIOS are kept.
  it.each<[string, SavedScenarios, SavedScenario, string[]]>([
    ['first edit ever', NO_SAVED_SCENARIOS, entry('a', 5), ['a@5']],
    ['a new line of work goes in front', list(entry('a', 5)), entry('b', 9), ['b@9', 'a@5']],
    [
      'a newer edit replaces its own entry',
      list(entry('b', 9), entry('a', 5)),
      entry('a', 12),
      ['a@12', 'b@9'],
    ],
    [
      'an older write is ignored (last edit wins)',
      list(entry('a', 12), entry('b', 9)),
      entry('a', 7),
      ['a@12', 'b@9'],
    ],
    [
      'an equal time replaces (the same edit saved again)',
      list(entry('a', 12)),
      entry('a', 12, 'v=2&n=1'),
      ['a@12'],
    ],
  ])('%s', (_rule, before, edit, expected) => {
    expect(ids(recordEdit(before, edit))).toEqual(expected);
  });

  it(`keeps the ${KEPT_SCENARIOS} newest, newest first`, () => {
    let saved = NO_SAVED_SCENARIOS;
    for (let time = 1; time <= KEPT_SCENARIOS + 5; time += 1)
      saved = recordEdit(saved, entry(`s${time}`, time));
    expect(saved.entries).toHaveLength(KEPT_SCENARIOS);
    expect(saved.entries[0]?.id).toBe(`s${KEPT_SCENARIOS + 5}`);
    expect(saved.entries.at(-1)?.id).toBe('s6');
  });

  it('finds the newest entry, optionally leaving one line of work out', () => {
    const saved = list(entry('a', 12), entry('b', 9));
    expect(newestSaved(saved)?.id).toBe('a');
    expect(newestSaved(saved, 'a')?.id).toBe('b');
    expect(newestSaved(NO_SAVED_SCENARIOS)).toBeUndefined();
  });
});

describe('reading what storage holds', () => {
  const stored = (entries: unknown) => JSON.stringify({ format: SAVED_SCENARIOS_FORMAT, entries });

  it('round-trips what it writes', () => {
    const saved = list(entry('a', 12), { ...entry('b', 9), routes: { key: 'x1-2', where: 'idb' } });
    expect(readSavedScenarios(writeSavedScenarios(saved))).toEqual(saved);
  });

  // Rule: storage is not trusted; anything malformed reads as nothing, a bad entry is dropped alone.
  it.each<[string, string | null, string[]]>([
    ['nothing stored', null, []],
    ['not JSON', '{oops', []],
    ['another format', JSON.stringify({ format: 'other', entries: [] }), []],
    ['entries not a list', JSON.stringify({ format: SAVED_SCENARIOS_FORMAT, entries: 'a' }), []],
    ['a bad entry among good ones', stored([entry('a', 3), { id: 4 }, entry('b', 8)]), ['b@8', 'a@3']],
    [
      'negative or non-finite times',
      stored([
        { ...entry('a', 1), editedAt: -1 },
        { ...entry('b', 1), editedAt: null },
      ]),
      [],
    ],
    ['a duplicate id keeps the first', stored([entry('a', 3), entry('a', 9)]), ['a@3']],
    ['a bad blob reference', stored([{ ...entry('a', 3), routes: { key: '', where: 'local' } }]), []],
    ['an unknown blob place', stored([{ ...entry('a', 3), routes: { key: 'k', where: 'disk' } }]), []],
    ['an overlong id', stored([entry('x'.repeat(41), 3)]), []],
  ])('%s', (_rule, text, expected) => {
    expect(ids(readSavedScenarios(text))).toEqual(expected);
  });
});

describe('blobs', () => {
  it('names the same content the same way and other content differently', () => {
    expect(contentKey('{"routes":[]}')).toBe(contentKey('{"routes":[]}'));
    expect(contentKey('{"routes":[1]}')).not.toBe(contentKey('{"routes":[2]}'));
    expect(contentKey('ab')).not.toBe(contentKey('abc'));
  });

  it('lists the blobs still referred to', () => {
    const saved = list({ ...entry('a', 3), routes: { key: 'k1', where: 'local' } }, entry('b', 2), {
      ...entry('c', 1),
      routes: { key: 'k2', where: 'idb' },
    });
    expect([...blobsInUse(saved)].sort()).toEqual(['k1', 'k2']);
  });
});

describe('edit times', () => {
  // Rule: an edit is always later than the one before it, even when the clock steps back.
  it.each([
    [1_000, 0, 1_000],
    [1_000, 999, 1_000],
    [1_000, 1_000, 1_001],
    [500, 1_000, 1_001],
    [1_000.7, 0, 1_000],
  ])('now %d after %d → %d', (now, previous, expected) => {
    expect(nextEditTime(now, previous)).toBe(expected);
  });
});
