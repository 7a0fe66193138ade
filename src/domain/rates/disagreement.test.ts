import { describe, expect, it } from 'vitest';
import { describeDisputed, disputedKinds } from './disagreement';
import type { PriceTexts } from './prices';

const reference = (prices: PriceTexts, note = '') => ({
  prices,
  note,
  source: { label: 'Other', url: null, date: '2026-10-01', dateMeaning: 'checked' },
});
const SHEET: PriceTexts = { input: '0.95', cachedInput: '0.16', output: '4' };

describe('disputedKinds', () => {
  // Rule: a price is disputed when a reference of the same region gives another figure for it; "4"
  // and "4.00" are the same; a cached price only one of them publishes is not disputed; a "Region: …"
  // reference is another region's price.
  it.each([
    ['the same figures', [reference({ input: '0.95', cachedInput: '0.16', output: '4.00' })], []],
    ['no cached price published', [reference({ input: '0.95', cachedInput: null, output: '4' })], []],
    ['another output price', [reference({ input: '0.95', cachedInput: '0.16', output: '4.5' })], ['output']],
    [
      'another input and cached price',
      [reference({ input: '0.55', cachedInput: '0.1', output: '4' })],
      ['input', 'cachedInput'],
    ],
    ['another region', [reference({ input: '0.55', cachedInput: '0.1', output: '2' }, 'Region: China')], []],
    ['no references', [], []],
  ])('%s → %j', (_name, references, kinds) => {
    expect(disputedKinds({ prices: SHEET, references })).toEqual(kinds);
  });
});

describe('describeDisputed', () => {
  // Rule: the disputed prices in list order, "and" before the last.
  it.each([
    [['output'], 'the output price'],
    [['input', 'output'], 'the input and output prices'],
    [['input', 'cachedInput', 'output'], 'the input, cached input and output prices'],
  ] as const)('%j → %s', (kinds, text) => expect(describeDisputed(kinds)).toBe(text));
});
