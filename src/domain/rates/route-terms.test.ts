import { describe, expect, it } from 'vitest';
import { groupToolFees, readBatchNote, unknownRouteTerms } from './route-terms';

describe('readBatchNote', () => {
  // Rule: the first "N % of …" is the share of the standard price billed; otherwise the first
  // "N % discount / off / cost reduction" bills 100 − N %; a note with neither, or above 100 %, gives
  // no percentage. The note is kept as written.
  it.each([
    ['Moonshot batch = 60 % of standard (platform.kimi.ai/docs/pricing/batch). A profile says 50 %', '60'],
    ['Fireworks batch inference = 50 % of serverless on input and output', '50'],
    ['Anthropic Batch API = 50 % discount on input and output', '50'],
    ['Gemini API Batch = 50 % cost reduction; Priority 1.8x', '50'],
    ['OpenAI Batch and Flex = 50 % of standard, Fast/priority = 2x', '50'],
    ['Batch is 25% off list', '75'],
    ['Batch is 12.5 % off list', '87.5'],
    ['Batch is 0.5 % off list', '99.5'],
    ['Batch requests cost 100 % of standard', '100'],
    ['Batch: 40 % discount on 24-hour jobs; priority jobs cost 120 % of standard', '60'],
    ['Doubleword publishes separate Async and Batch prices; figures not captured', null],
    ['Batch costs 150 % of standard', null],
    ['', null],
  ])('%j → %j', (note, percent) => {
    expect(readBatchNote(note)).toEqual({ percentOfStandard: percent, note });
  });
});

describe('groupToolFees', () => {
  // Rule: fees are grouped by tool in first-seen order; a group disagrees when its fees are not all
  // the same amount ("0.01" and "0.010" are the same).
  const fee = (tool: string, usdPerCall: string, source = 's') => ({ tool, usdPerCall, source });
  it.each([
    [[], []],
    [
      [fee('$web_search', '0.005', 'tools page'), fee('$web_search', '0.004', 'help centre')],
      [['$web_search', 2, true]],
    ],
    [[fee('web_search', '0.01'), fee('web_search', '0.010')], [['web_search', 2, false]]],
    [
      [fee('web_search', '0.01'), fee('file_search', '0.0025'), fee('web_search', '0.02')],
      [
        ['web_search', 2, true],
        ['file_search', 1, false],
      ],
    ],
  ])('%j', (fees, expected) => {
    expect(groupToolFees(fees).map((group) => [group.tool, group.fees.length, group.disagree])).toEqual(
      expected,
    );
  });
});

describe('unknownRouteTerms', () => {
  it('is a route about which nothing more is known', () => {
    expect(unknownRouteTerms()).toEqual({
      lifecycle: { status: 'unknown', date: null, source: null, successor: null },
      cacheWrites: [],
      longContextTiers: [],
      batch: null,
      toolFees: [],
      region: null,
      checkedBy: 'unknown',
    });
    expect(unknownRouteTerms('entry date').checkedBy).toBe('entry date');
  });
});
