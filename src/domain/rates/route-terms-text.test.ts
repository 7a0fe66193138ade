import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { describeRouteTerms } from './route-terms-text';

const source = { label: 'vendor page', url: null, date: '2026-10-25', dateMeaning: 'test' };

describe("a route's other terms, as lines with their sources", () => {
  // Rule: every write price, tier, batch rule and tool fee is one line with its figure and source;
  // two different fees for one tool are marked as disagreeing; a route with none has no lines.
  it('lists nothing for a route with token prices only', () => {
    expect(describeRouteTerms(aRoute('plain', {}))).toEqual([]);
  });

  it('lists write prices, tiers, the batch rule and disagreeing tool fees', () => {
    const route = aRoute(
      'full',
      {},
      {
        cacheWrites: [
          { price: '2', lifetimeMinutes: 5, source, basis: 'x' },
          { price: '4', lifetimeMinutes: 60, source, basis: 'x' },
        ],
        longContextTiers: [
          { aboveTokens: 200_000, input: '6', cachedInput: null, output: '22.5', cacheWrites: [] },
        ],
        batch: { percentOfStandard: '60', note: 'Batch = 60 % of standard (batch page)' },
        toolFees: [
          { tool: '$web_search', usdPerCall: '0.005', source: 'tools page' },
          { tool: '$web_search', usdPerCall: '0.004', source: 'help centre' },
        ],
      },
    );
    expect(describeRouteTerms(route)).toEqual([
      { term: 'Cache write, 5-minute', value: '$2.00 per 1M tokens', source: 'vendor page, 2026-10-25' },
      { term: 'Cache write, 1-hour', value: '$4.00 per 1M tokens', source: 'vendor page, 2026-10-25' },
      {
        term: 'Prompts over 200,000 tokens',
        value: '$6.00 in / no cached price / $22.50 out per 1M',
        source: 'test, 2026-01-01',
      },
      { term: 'Batch', value: '60% of the standard prices', source: 'Batch = 60 % of standard (batch page)' },
      { term: '$web_search (sources disagree)', value: '$0.005 per call', source: 'tools page' },
      { term: '$web_search (sources disagree)', value: '$0.004 per call', source: 'help centre' },
    ]);
  });

  it('says when a batch rule states no percentage, and a fee agreed by two sources is not a disagreement', () => {
    const route = aRoute(
      'r',
      {},
      {
        batch: { percentOfStandard: null, note: 'Async batch prices published (not captured)' },
        toolFees: [
          { tool: 'search', usdPerCall: '0.01', source: 'a' },
          { tool: 'search', usdPerCall: '0.010', source: 'b' },
        ],
      },
    );
    expect(describeRouteTerms(route).map((line) => [line.term, line.value])).toEqual([
      ['Batch', 'no percentage stated'],
      ['search', '$0.01 per call'],
      ['search', '$0.010 per call'],
    ]);
  });
});
