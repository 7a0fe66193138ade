import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, shapesOf } from '../../testing/builders';
import { DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { comparisonColumns } from './comparison-columns';
import { buildComparisonRows } from './comparison-rows';

const EUR = readBillingExtras({
  ...DEFAULT_BILLING_EXTRAS_INPUT,
  currency: { code: 'EUR', perUsd: '0.5', date: '2026-11-28' },
}).extras;

describe('comparisonColumns', () => {
  // Rule: one ordered list serves the table and the CSV; "With fees and tax" follows the monthly cost.
  it.each([
    {
      where: 'table',
      currency: null,
      headers: ['Model', 'Provider', 'Monthly cost', '× cheapest', 'Your mix $/1M', 'Blended 3:1 $/1M'],
      tail: ['Max output', 'Output tokens/s', 'Time to first token', 'Price checked'],
    },
    {
      where: 'csv',
      currency: null,
      headers: ['Model', 'Provider', 'Monthly cost', '× cheapest', 'Your mix $/1M', 'Blended 3:1 $/1M'],
      tail: ['Max output', 'Fits', 'Price checked', 'Source'],
    },
    {
      where: 'table',
      currency: EUR.currency,
      headers: [
        'Model',
        'Provider',
        'Monthly cost',
        'With fees and tax (EUR)',
        '× cheapest',
        'Your mix $/1M',
      ],
      tail: ['Max output', 'Output tokens/s', 'Time to first token', 'Price checked'],
    },
  ])('the $where, currency $currency.code', ({ where, currency, headers, tail }) => {
    const shown = comparisonColumns(currency)
      .filter((column) => column.in === 'both' || column.in === where)
      .map((column) => column.header);
    expect(shown.slice(0, headers.length)).toEqual(headers);
    expect(shown.slice(-tail.length)).toEqual(tail);
  });

  it('has no text for an unknown value, and a reason for it', () => {
    const [row] = buildComparisonRows(
      [aRoute('a', { cachedInput: null }, { contextWindow: null })],
      billInputsOf(shapesOf(aWorkload())),
    );
    const byId = new Map(comparisonColumns(null).map((column) => [column.id, column]));
    if (!row) throw new Error('no row');
    expect(byId.get('contextWindow')?.text(row)).toBeNull();
    expect(byId.get('contextWindow')?.unknownReason).toBe('not published');
    expect(byId.get('timesCheapest')?.text(row)).toBeNull();
    expect(byId.get('monthlyCost')?.text(row)).toBe('$0.00');
  });
});
