// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aRoute } from '../testing/builders';
import { countReplaced, mergeRoutes } from './route-merge';

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

describe('countReplaced', () => {
  it('counts the distinct ids already in the sheet', () => {
    expect(countReplaced(base, [aRoute('a', {}), aRoute('a', {}), aRoute('z', {}), aRoute('c', {})])).toBe(2);
    expect(countReplaced(base, [])).toBe(0);
  });
});
