import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import type { PriceKind } from '../rates/prices';
import type { ReferenceKey } from '../rates/provenance';
import type { Route } from '../rates/route';
import { type ScenarioPrices, withoutPrice, withPrice, withReference } from './edit-prices';

const ROUTE = 'r@host';
const TYPED: ScenarioPrices = { [ROUTE]: { input: '1.5' }, 'other@host': { output: '9' } };

describe('setting a price', () => {
  // Rule: a price is a decimal of at most 6 places from 0 to $10,000 per 1M, stored canonically; only
  // the cached-input price takes null ("no cached price"); anything else is refused (null).
  it.each<[string, PriceKind, string | null, ScenarioPrices | null]>([
    ['a new kind beside a typed one', 'output', '2', { ...TYPED, [ROUTE]: { input: '1.5', output: '2' } }],
    ['a replaced price, canonical', 'input', '01.500', { ...TYPED, [ROUTE]: { input: '1.5' } }],
    ['free', 'cachedInput', '0', { ...TYPED, [ROUTE]: { input: '1.5', cachedInput: '0' } }],
    ['the ceiling', 'output', '10000', { ...TYPED, [ROUTE]: { input: '1.5', output: '10000' } }],
    ['no cached price', 'cachedInput', null, { ...TYPED, [ROUTE]: { input: '1.5', cachedInput: null } }],
    ['null for input', 'input', null, null],
    ['over the ceiling', 'output', '10000.000001', null],
    ['seven decimals', 'input', '0.0000001', null],
    ['negative', 'input', '-1', null],
    ['not a number', 'input', 'abc', null],
    ['a dollar sign', 'input', '$1', null],
  ])('%s', (_case, kind, price, expected) => {
    expect(withPrice(TYPED, ROUTE, kind, price)).toEqual(expected);
  });
});

describe('resetting a price', () => {
  // Rule: the kind goes; the route's entry goes with its last override; a route without overrides: null.
  it.each<[string, ScenarioPrices, PriceKind, ScenarioPrices | null]>([
    ['one of two', { [ROUTE]: { input: '1', output: '2' } }, 'input', { [ROUTE]: { output: '2' } }],
    ['the last one', TYPED, 'input', { 'other@host': { output: '9' } }],
    ['a kind never typed', TYPED, 'output', TYPED],
    ['a route never typed', { 'other@host': { output: '9' } }, 'input', null],
  ])('%s', (_case, overrides, kind, expected) => {
    expect(withoutPrice(overrides, ROUTE, kind)).toEqual(expected);
  });
});

describe('putting a published figure in force', () => {
  const source = { label: 'a page', url: null, date: '2026-01-01', dateMeaning: 'checked' } as const;
  const base = makeRoute({
    modelId: 'r',
    providerName: 'Host',
    prices: { input: '1', cachedInput: '0.1', output: '4' },
  });
  const route: Route = {
    ...base,
    references: [
      { prices: { input: '1', cachedInput: '0.2', output: '5' }, source, note: 'older figures' },
      { prices: base.prices, source, note: 'the same figures' },
    ],
  };
  // Rule: only the prices that differ from the sheet are overridden; the sheet, or a figure equal to
  // it, drops the route's overrides; an unknown reference changes nothing (null).
  it.each<[string, ReferenceKey, ScenarioPrices | null]>([
    [
      'a figure that differs',
      'reference-0',
      { 'other@host': { output: '9' }, [route.id]: { cachedInput: '0.2', output: '5' } },
    ],
    ['a figure equal to the sheet', 'reference-1', { 'other@host': { output: '9' } }],
    ['the sheet', 'sheet', { 'other@host': { output: '9' } }],
    ['an unknown reference', 'reference-7', null],
  ])('%s', (_case, key, expected) => {
    const overrides = { [route.id]: { input: '3' }, 'other@host': { output: '9' } };
    expect(withReference(overrides, route, key)).toEqual(expected);
  });
});
