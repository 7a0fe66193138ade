import { describe, expect, it } from 'vitest';
import { aRoute, aWorkload, billInputsOf, billOf, pricesOf, shapesOf } from '../../testing/builders';
import { DEFAULT_BILLING_EXTRAS_INPUT, readBillingExtras } from '../billing/extras-input';
import { buildComparisonRows } from '../compare/comparison-rows';
import { buildBreakdown } from '../cost/breakdown';
import { parseCsv } from './csv';
import { breakdownCsv, comparisonCsv, comparisonMarkdown } from './exports';

const SEED = aWorkload({
  requestsPerMonth: 1_000,
  inputTokensPerRequest: 2_000,
  outputTokensPerRequest: 500,
});

// Rule: files carry plain numbers (no currency sign, no grouping; the unit is in the header), rounded
// exactly as the screen rounds them, in UTF-8 with a byte-order mark; dates are ISO.
describe('CSV exports', () => {
  it('writes the breakdown as plain numbers that add up to the total shown', () => {
    const csv = breakdownCsv(
      buildBreakdown(billOf(SEED, pricesOf('0.95', '0.16', '4'))),
      'Kimi K2.6 via Moonshot AI',
    );
    expect(csv.startsWith('\uFEFFLine,')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['Line', 'Monthly amount (USD)', 'Share of bill (%)', 'Tokens per month'],
      ['Input cost', '1.90', '49', '2000000'],
      ['Cached input cost', '0.00', '0', '0'],
      ['Output cost', '2.00', '51', '500000'],
      ['Monthly cost', '3.90', '100', ''],
      ['Yearly cost', '46.80', '', ''],
      ['Cost per request', '0.00390', '', ''],
      ['Route', 'Kimi K2.6 via Moonshot AI', '', ''],
    ]);
  });

  it('writes large amounts and token counts without grouping, so a spreadsheet reads numbers', () => {
    const big = aWorkload({
      requestsPerMonth: 1_000_000,
      inputTokensPerRequest: 2_943,
      outputTokensPerRequest: 50,
    });
    const [, input, , , monthly] = parseCsv(
      breakdownCsv(buildBreakdown(billOf(big, pricesOf('0.95', '0.16', '4'))), 'r'),
    );
    // 2,943,000,000 input tokens × $0.95 per 1M = $2,795.85; + 50,000,000 output × $4 = $200.00.
    expect(input).toEqual(['Input cost', '2795.85', '93', '2943000000']);
    expect(monthly?.slice(0, 2)).toEqual(['Monthly cost', '2995.85']);
    for (const row of parseCsv(
      breakdownCsv(buildBreakdown(billOf(big, pricesOf('0.95', '0.16', '4'))), 'r'),
    ).slice(1, 6)) {
      expect(Number.isFinite(Number(row[1])), `${row[0]}: ${row[1]}`).toBe(true);
    }
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
    expect(header).toEqual([
      'Model',
      'Provider',
      'Monthly cost (USD)',
      '× cheapest',
      'Your mix $/1M (USD per 1M tokens)',
      'Blended 3:1 $/1M (USD per 1M tokens)',
      'Input $/1M (USD per 1M tokens)',
      'Cached input $/1M (USD per 1M tokens)',
      'Output $/1M (USD per 1M tokens)',
      'Context window (tokens)',
      'Max output (tokens)',
      'Output tokens/s',
      'Time to first token (seconds)',
      'Fits',
      'Price checked',
      'Source',
    ]);
    expect(row).toEqual([
      `'=HYPERLINK("http://evil")`,
      'Host, Inc.',
      '3.90',
      '',
      '1.56',
      '1.7125',
      '0.95',
      '',
      '4.00',
      '',
      '100',
      '',
      '',
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
    expect(header?.slice(2, 4)).toEqual(['Monthly cost (USD)', 'With fees and tax (EUR)']);
    // $3.90 × 1.10 × 0.5 EUR per USD = €2.145 → €2.15 (half up), the figure the screen shows.
    expect(row?.slice(2, 4)).toEqual(['3.90', '2.15']);
    expect(rows[0]?.withExtras?.text).toBe('EUR 2.15');
  });
});

describe('Markdown copy of the comparison', () => {
  // Rule: the figures exactly as the screen writes them, "—" for what is not known, numbers
  // right-aligned, and cell text that cannot break the table or inject markup.
  it('writes a GitHub-flavoured table with the screen figures', () => {
    const routes = [
      aRoute(
        'cheap',
        { input: '0.6', output: '2.5' },
        { modelName: 'Kimi K2.6', providerName: 'Cheap | Host', maxOutput: 262_144 },
      ),
      aRoute(
        'dear',
        { input: '0.95', cachedInput: '0.16', output: '4' },
        { modelName: '<b>K2.6</b>', maxOutput: 262_144 },
      ),
    ];
    const lines = comparisonMarkdown(buildComparisonRows(routes, billInputsOf(shapesOf(SEED)))).split('\n');
    expect(lines[0]).toBe(
      '| Model | Provider | Monthly cost | × cheapest | Your mix $/1M | Blended 3:1 $/1M | Input $/1M | Cached input $/1M | Output $/1M | Context window | Max output | Output tokens/s | Time to first token | Fits | Price checked | Source |',
    );
    expect(lines[1]).toBe(
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
    );
    // 1,000 × 2,000 × $0.60/1M + 1,000 × 500 × $2.50/1M = $1.20 + $1.25 = $2.45.
    expect(lines[2]).toContain('| Kimi K2.6 | Cheap \\| Host | $2.45 | 1.00× |');
    expect(lines[3]).toContain('| &lt;b&gt;K2.6&lt;/b&gt; |');
    expect(lines[3]).toContain('| $3.90 | 1.59× |');
    expect(lines[2]?.split(' | ')[7]).toBe('—');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});
