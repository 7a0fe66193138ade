import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, billOf, pricesOf, shapesOf } from '../../testing/builders';
import { DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { buildComparisonRows } from '../compare/comparison-rows';
import { buildBreakdown } from '../cost/breakdown';
import { parseCsv } from './csv';
import { breakdownCsv, comparisonCsv } from './exports';

const SEED = aWorkload({
  requestsPerMonth: 1_000,
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
});

describe('CSV exports', () => {
  it('writes the breakdown with the amounts shown, which add up to the total', () => {
    const csv = breakdownCsv(
      buildBreakdown(billOf(SEED, pricesOf('0.95', '0.16', '4'))),
      'Kimi K2.6 via Moonshot AI',
    );
    expect(parseCsv(csv)).toEqual([
      ['Line', 'Monthly amount', 'Share of bill', 'Tokens per month'],
      ['Input cost', '$1.90', '49%', '2,000,000'],
      ['Cached input cost', '$0.00', '0%', '0'],
      ['Output cost', '$2.00', '51%', '500,000'],
      ['Monthly cost', '$3.90', '100%', ''],
      ['Yearly cost', '$46.80', '', ''],
      ['Cost per request', '$0.00390', '', ''],
      ['Route', 'Kimi K2.6 via Moonshot AI', '', ''],
    ]);
  });

  it('writes each route with empty cells for unknown values and neutralised formulas in names', () => {
    const route = aRoute(
      'x@evil',
      { input: '0.95', output: '4' },
      {
        modelName: '=HYPERLINK("http://evil")',
        providerName: 'Host, Inc.',
        contextWindow: null,
        maxOutput: 100,
      },
    );
    const [header, row] = parseCsv(comparisonCsv(buildComparisonRows([route], billInputsOf(shapesOf(SEED)))));
    expect(header?.[2]).toBe('Monthly cost');
    expect(row).toEqual([
      `'=HYPERLINK("http://evil")`,
      'Host, Inc.',
      '$3.90',
      '',
      '$1.56',
      '$1.7125',
      '$0.95',
      '',
      '$4.00',
      '',
      '100',
      "no: 500 output tokens exceed this route's maximum output of 100 tokens per request.",
      '2026-01-01',
      'test',
    ]);
  });
});

describe('CSV export with billing extras', () => {
  it('adds the "With fees and tax" column after the monthly cost, in the display currency, as on screen', () => {
    const { extras } = readBillingExtras({
      ...DEFAULT_BILLING_EXTRAS_INPUT,
      platformFeePercent: { host: '10' },
      currency: { code: 'EUR', perUsd: '0.5', date: '2026-11-28' },
    });
    const rows = buildComparisonRows(
      [aRoute('host', { input: '0.95', output: '4' })],
      billInputsOf(shapesOf(SEED)),
      extras,
    );
    const [header, row] = parseCsv(comparisonCsv(rows, extras.currency));
    expect(header?.slice(2, 4)).toEqual(['Monthly cost', 'With fees and tax (EUR)']);
    // $3.90 × 1.10 × 0.5 EUR per USD = €2.145 → €2.15 (half up).
    expect(row?.slice(2, 4)).toEqual(['$3.90', rows[0]?.withExtras?.text]);
    expect(row?.[3]).toMatch(/2\.15/);
  });
});
