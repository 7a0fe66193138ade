import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import { parseTraceText } from '../../testing/trace-samples';
import { buildTraceCostRows } from './trace-cost';
import {
  binLabel,
  describeBadRows,
  describeDifference,
  describeRead,
  describeVolume,
  formatDuration,
  formatMean,
  tokenStatsTable,
} from './trace-view';

const JSONL = [
  '{"model":"kimi-k2.6","created":1767225600,"usage":{"prompt_tokens":1200,"completion_tokens":301,"cached_tokens":1000}}',
  '{"model":"kimi-k2.6","created":1767229200,"usage":{"prompt_tokens":800,"completion_tokens":150}}',
  '{"model":"kimi-k2.6","created":1767232800,"usage":{"prompt_tokens":1001,"completion_tokens":50,"prompt_tokens_details":{"cached_tokens":512}}}',
].join('\n');

describe('trace figures as shown', () => {
  it('writes means with one decimal, rounded half up from the exact fraction', () => {
    expect(formatMean(3001, 3)).toBe('1,000.3');
    expect(formatMean(5, 2)).toBe('2.5');
    expect(formatMean(1, 20)).toBe('0.1'); // 0.05 → 0.1
    expect(formatMean(0, 0)).toBe('0');
  });

  it('writes spans in the largest unit they fill', () => {
    expect(formatDuration(86_400_000)).toBe('1 day');
    expect(formatDuration(3 * 86_400_000 + 6 * 3_600_000)).toBe('3.25 days');
    expect(formatDuration(7_200_000)).toBe('2 hours');
    expect(formatDuration(90_000)).toBe('1.5 minutes');
    expect(formatDuration(500)).toBe('0.5 seconds');
  });

  it('labels histogram bins', () => {
    expect(binLabel({ from: 0, to: 0, input: 0, output: 0 })).toBe('0');
    expect(binLabel({ from: 2000, to: 4999, input: 0, output: 0 })).toBe('2,000–4,999');
    expect(binLabel({ from: 10_000_000, to: null, input: 0, output: 0 })).toBe('10,000,000 or more');
  });

  it('summarises a log in words and a table', () => {
    const report = parseTraceText(JSONL);
    expect(describeRead(report)).toBe('Read as JSON Lines: 3 requests from 3 non-blank lines.');
    expect(describeVolume(report)).toBe(
      '3 requests over 2 hours (2026-01-01 00:00:00 UTC to 2026-01-01 02:00:00 UTC): 1,096 a month, assuming a month of 365.25 ÷ 12 = 30.4375 days.',
    );
    expect(tokenStatsTable(report.overall).rows).toEqual([
      ['Input', '1,000.3', '1,001', '1,200', '1,200'],
      ['Cached', '504.0', '512', '1,000', '1,000'],
      ['Output', '167.0', '150', '301', '301'],
    ]);
  });

  it('says when there are no timestamps', () => {
    expect(describeVolume(parseTraceText('input,output\n1,1\n2,2'))).toBe(
      'The log has no timestamps, so requests per month are the 2 requests it holds.',
    );
  });

  it('counts bad rows in words', () => {
    expect(describeBadRows(parseTraceText('input,output\nx,1'))).toBe(
      '1 bad row was skipped: it is not in any figure.',
    );
    expect(describeBadRows(parseTraceText(`input,output\n${'x,1\n'.repeat(101)}`))).toBe(
      '101 bad rows were skipped: none of them is in any figure. The first 100 are listed.',
    );
  });

  it("says how far the average-based estimate is from the trace's own cost", () => {
    const group = parseTraceText(JSONL).overall;
    const [row] = buildTraceCostRows(group, [aRoute('Moonshot AI', { cachedInput: '0.1' })], {});
    if (!row) throw new Error('one route, one row');
    expect(describeDifference(row, group)).toBe(
      'On Kimi K2.6 via Moonshot AI the log costs $0.00364 request by request; the average-based estimate (3 requests × 1,000 input and 167 output tokens at 50.38% cached) is $0.00364, $0.000000460 (0.01%) less.',
    );
  });
});
