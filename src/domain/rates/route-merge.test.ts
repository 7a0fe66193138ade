import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../../data/rate-sheet';
import { aRoute } from '../../testing/builders';
import { describeJoin, joinAddedRoutes, mergeRoutes, USER_ROUTE_PREFIX } from './route-merge';

const base = [aRoute('a', {}), aRoute('b', {}), aRoute('c', {})];

describe('mergeRoutes', () => {
  // Rule: same id replaces in place; new ids follow the sheet; the last of a repeated id wins.
  it.each([
    [[], ['a', 'b', 'c'], []],
    [[aRoute('b', { input: '9' })], ['a', 'b', 'c'], ['9']],
    [[aRoute('d', {}), aRoute('a', { input: '7' })], ['a', 'b', 'c', 'd'], ['7']],
    [[aRoute('d', { input: '1' }), aRoute('d', { input: '2' })], ['a', 'b', 'c', 'd'], ['2']],
  ])('adding %# gives %j', (added, ids, changedInputs) => {
    const merged = mergeRoutes(base, added);
    expect(merged.map((route) => route.id)).toEqual(ids);
    const changed = merged.filter((route) => route.prices.input !== '1').map((route) => route.prices.input);
    expect(changed).toEqual(changedInputs);
  });

  it('leaves the sheet it was given as it was', () => {
    mergeRoutes(base, [aRoute('a', { input: '5' })]);
    expect(base.map((route) => route.prices.input)).toEqual(['1', '1', '1']);
  });
});

describe('joinAddedRoutes: bundled routes keep their identity', () => {
  // Rule: an added route never takes a sheet route's id. One that says nothing new (same names,
  // prices and limits) is not added again; any other joins as `custom-<id>` and is reported; one
  // with the id of a route the user already added updates it; the rest join as they are.
  const sheet = [aRoute('kimi@moonshot', { input: '0.95' }), aRoute('kimi@groq', {})];
  const mine = [aRoute('custom-mine@host', {})];

  it.each([
    ['a new id joins as it is', [aRoute('kimi@novita', {})], ['kimi@novita'], [], 0, 0],
    [
      "a sheet id with other prices becomes the user's own",
      [aRoute('kimi@moonshot', { input: '0.01' })],
      ['custom-kimi@moonshot'],
      [{ from: 'kimi@moonshot', to: 'custom-kimi@moonshot' }],
      0,
      0,
    ],
    ['a copy of the sheet route is not added again', [aRoute('kimi@groq', {})], [], [], 0, 1],
    [
      'a copy with another context window is a route of its own',
      [aRoute('kimi@groq', {}, { contextWindow: 1000 })],
      ['custom-kimi@groq'],
      [{ from: 'kimi@groq', to: 'custom-kimi@groq' }],
      0,
      0,
    ],
    [
      "the id of the user's route updates it",
      [aRoute('custom-mine@host', { input: '3' })],
      ['custom-mine@host'],
      [],
      1,
      0,
    ],
    [
      'the renamed id is the same every time (stable in links and re-imports)',
      [aRoute('kimi@moonshot', { input: '0.02' })],
      ['custom-kimi@moonshot'],
      [{ from: 'kimi@moonshot', to: 'custom-kimi@moonshot' }],
      0,
      0,
    ],
  ])('%s', (_rule, incoming, joinedIds, renamed, updated, unchanged) => {
    const join = joinAddedRoutes(sheet, mine, incoming);
    expect(join.joined.map((route) => route.id)).toEqual(joinedIds);
    expect(join.renamed).toEqual(renamed);
    expect(join.updated).toBe(updated);
    expect(join.unchanged).toBe(unchanged);
    // Whatever came in, no route of the user's has a sheet route's id, and the sheet is as it was.
    const sheetIds = new Set(sheet.map((route) => route.id));
    expect(join.customRoutes.some((route) => sheetIds.has(route.id))).toBe(false);
    expect(mergeRoutes(sheet, join.customRoutes).slice(0, 2)).toEqual(sheet);
  });

  it('counts a second import of the same renamed route as an update, not a third copy', () => {
    const first = joinAddedRoutes(sheet, [], [aRoute('kimi@moonshot', { input: '0.01' })]);
    const second = joinAddedRoutes(sheet, first.customRoutes, [aRoute('kimi@moonshot', { input: '0.02' })]);
    expect(second.customRoutes.map((route) => [route.id, route.prices.input])).toEqual([
      ['custom-kimi@moonshot', '0.02'],
    ]);
    expect(second.updated).toBe(1);
  });

  it('gives two renamed routes of one batch distinct ids', () => {
    const join = joinAddedRoutes(
      sheet,
      [],
      [
        aRoute('kimi@moonshot', { input: '0.01' }),
        aRoute('custom-kimi@moonshot', { input: '5' }),
        aRoute('kimi@groq', { input: '0.01' }),
      ],
    );
    expect(join.joined.map((route) => route.id)).toEqual([
      'custom-kimi@moonshot-2',
      'custom-kimi@moonshot',
      'custom-kimi@groq',
    ]);
  });

  it('says what it did in plain words', () => {
    const join = joinAddedRoutes(
      sheet,
      [],
      [aRoute('kimi@moonshot', { input: '0.01' }, { providerName: 'Moonshot AI' }), aRoute('kimi@groq', {})],
    );
    expect(describeJoin(join)).toEqual([
      "“Kimi K2.6 via Moonshot AI” has the id of a route in the rate sheet (kimi@moonshot), so it was added as a route of your own (custom-kimi@moonshot); the sheet's route keeps its prices and source.",
      '1 route is the same as the rate sheet’s route with its id, so it was not added again.',
    ]);
  });

  it('has no bundled route in the user namespace', () => {
    expect(BUNDLED_ROUTES.filter((route) => route.id.startsWith(USER_ROUTE_PREFIX))).toEqual([]);
  });
});
