import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../../testing/trace-samples';
import { createTraceParser } from './trace-parser';
import { MONTH_MS } from './trace-report';
import { endpointDrafts } from './trace-workload';

/** Feeds `text` cut at the given positions. */
function parseInChunks(text: string, cuts: readonly number[]) {
  const parser = createTraceParser();
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.feed(text.slice(start, cut));
    start = cut;
  }
  parser.feed(text.slice(start));
  return parser.finish();
}

// Three requests over exactly one day; totals by hand: input 6,000, cached 1,200, output 600.
const CSV = [
  'timestamp,input_tokens,cached_tokens,output_tokens,endpoint',
  '2026-01-01T00:00:00Z,1000,200,100,chat',
  '2026-01-01T12:00:00Z,3000,0,300,search',
  '2026-01-02T00:00:00Z,2000,1000,200,chat',
].join('\r\n');

// Kimi and OpenAI responses two hours apart (1767225600 = 2026-01-01T00:00:00Z); totals by hand:
// input 1,200 + 800 + 1,001 = 3,001; cached 1,000 + 0 + 512 = 1,512; output 301 + 150 + 50 = 501.
const JSONL = [
  '{"id":"a","model":"kimi-k2.6","created":1767225600,"usage":{"prompt_tokens":1200,"completion_tokens":301,"total_tokens":1501,"cached_tokens":1000}}',
  '{"id":"b","model":"kimi-k2.6","created":1767229200,"usage":{"prompt_tokens":800,"completion_tokens":150,"prompt_tokens_details":{"cached_tokens":0}}}',
  '{"id":"c","model":"gpt-4o","created":1767232800,"usage":{"prompt_tokens":1001,"completion_tokens":50,"prompt_tokens_details":{"cached_tokens":512}}}',
  '',
].join('\n');

describe('reading a CSV log', () => {
  const report = parseTraceText(CSV);

  it('sums the tokens and keeps the rows out', () => {
    expect(report.format).toBe('csv');
    expect(report.badRowCount).toBe(0);
    expect(report.overall).toMatchObject({
      requests: 3,
      input: { total: 6000, p50: 2000, p90: 3000, p99: 3000, max: 3000 },
      cached: { total: 1200, p50: 200, p90: 1000 },
      output: { total: 600, p50: 200, p90: 300 },
      cacheHitRatePercent: 20, // 1,200 ÷ 6,000
    });
  });

  it('scales requests per month from the one-day span: 3 × 30.4375 = 91.3125 → 91', () => {
    expect(report.time).toEqual({
      firstMs: Date.UTC(2026, 0, 1),
      lastMs: Date.UTC(2026, 0, 2),
      timestampedRequests: 3,
      basis: 'span',
    });
    expect(report.overall.requestsPerMonth).toBe(91);
  });

  it('summarises each endpoint, scaled by the whole span so the groups add up', () => {
    expect(report.groups.map((group) => [group.name, group.requests, group.requestsPerMonth])).toEqual([
      ['chat', 2, 61], // 2 × 30.4375 = 60.875
      ['search', 1, 30], // 30.4375
    ]);
    expect(report.groups[0]).toMatchObject({ input: { total: 3000 }, cacheHitRatePercent: 40 });
  });
});

describe('reading JSON Lines', () => {
  const report = parseTraceText(JSONL);

  it('counts Kimi cached_tokens inside prompt_tokens', () => {
    expect(report.format).toBe('jsonl');
    expect(report.overall).toMatchObject({
      requests: 3,
      input: { total: 3001 },
      cached: { total: 1512 },
      output: { total: 501 },
      cacheHitRatePercent: 50.38, // 1,512 ÷ 3,001 = 50.3832…%
    });
  });

  it('scales a two-hour span to a month: 3 × 2,629,800,000 ÷ 7,200,000 = 1,095.75 → 1,096', () => {
    expect(MONTH_MS).toBe(2_629_800_000);
    expect(report.overall.requestsPerMonth).toBe(1096);
  });

  it('counts requests per model and has no groups without tags', () => {
    expect(report.models).toEqual([
      { name: 'kimi-k2.6', requests: 2 },
      { name: 'gpt-4o', requests: 1 },
    ]);
    expect(report.groups).toEqual([]);
  });
});

describe('reading Anthropic usage', () => {
  // Per request: 100 + 900 + 0 = 1,000 (900 cached); 20 + 0 + 1,000 = 1,020; 5 + 1,000 = 1,005 (1,000 cached).
  const report = parseTraceText(
    [
      '{"type":"message","model":"claude","usage":{"input_tokens":100,"cache_read_input_tokens":900,"cache_creation_input_tokens":0,"output_tokens":50}}',
      '{"type":"message","model":"claude","usage":{"input_tokens":20,"cache_read_input_tokens":0,"cache_creation_input_tokens":1000,"output_tokens":80}}',
      '{"custom_id":"r3","result":{"type":"succeeded","message":{"model":"claude","usage":{"input_tokens":5,"cache_read_input_tokens":1000,"output_tokens":10}}}}',
    ].join('\n'),
  );

  it('adds cache reads and writes to input tokens, never to cached twice', () => {
    expect(report.overall).toMatchObject({
      input: { total: 3025 },
      cached: { total: 1900 },
      output: { total: 140 },
      cacheHitRatePercent: 62.81, // 1,900 ÷ 3,025 = 62.8099…%
    });
  });

  it('uses the row count as the monthly volume when there are no timestamps', () => {
    expect(report.time.basis).toBe('rows');
    expect(report.overall.requestsPerMonth).toBe(3);
  });
});

describe('chunks', () => {
  it('gives the same report however the text is cut', () => {
    const text = `\uFEFF${CSV}\n,,,\n${CSV.split('\r\n').slice(1).join('\n')}\n2026-01-03,x,0,1,chat\n`;
    const whole = parseTraceText(text);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 12 }), (cuts) => {
        expect(parseInChunks(text, cuts)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same report fed one character at a time', () => {
    expect(
      parseInChunks(
        JSONL,
        Array.from({ length: JSONL.length }, (_, index) => index),
      ),
    ).toEqual(parseTraceText(JSONL));
  });

  it('ignores feeds after finish', () => {
    const parser = createTraceParser();
    parser.feed(CSV);
    const report = parser.finish();
    parser.feed('\n1,0,1,x,2026-01-01');
    expect(parser.finish()).toEqual(report);
  });
});

describe('bad rows', () => {
  it('lists line numbers and reasons, and keeps them out of every figure', () => {
    const report = parseTraceText(
      [
        'input_tokens,cached_tokens,output_tokens',
        '100,10,20',
        '',
        '-5,0,1',
        'abc,0,1',
        '100,200,1',
        '100,0',
        '{"usage":{"prompt_tokens":1,"completion_tokens":1}}',
        '300,30,40',
      ].join('\n'),
    );
    expect(report.badRows).toEqual([
      { line: 4, reason: 'input tokens “-5” is negative' },
      { line: 5, reason: 'input tokens “abc” is not a number' },
      { line: 6, reason: 'cached tokens (200) are more than input tokens (100)' },
      { line: 7, reason: 'missing output tokens' },
      { line: 8, reason: 'a JSON line in a CSV file (mixed formats?)' },
    ]);
    expect(report.badRowCount).toBe(5);
    expect(report.overall).toMatchObject({ requests: 2, input: { total: 400 }, cached: { total: 40 } });
    expect(report.notes).toEqual([]);
  });

  it('lists the first 100 and counts them all', () => {
    const report = parseTraceText(`input,output\n${'x,1\n'.repeat(250)}5,5\n`);
    expect(report.badRowCount).toBe(250);
    expect(report.badRows).toHaveLength(100);
    expect(report.badRows[99]).toEqual({ line: 101, reason: 'input tokens “x” is not a number' });
    expect(report.overall.requests).toBe(1);
  });

  it('says when a CSV has no cached column, and when only some requests have timestamps', () => {
    expect(parseTraceText('prompt_tokens,completion_tokens\n1,1').notes).toEqual([
      'The CSV has no cached-tokens column, so cached tokens are counted as 0.',
    ]);
    const partly = parseTraceText(
      '{"usage":{"prompt_tokens":1,"completion_tokens":1},"created":1767225600}\n{"usage":{"prompt_tokens":1,"completion_tokens":1}}\n{"usage":{"prompt_tokens":1,"completion_tokens":1},"created":1767225660}',
    );
    expect(partly.notes).toEqual(['1 request has no timestamp; the time span comes from the others.']);
    expect(partly.overall.requestsPerMonth).toBe(131_490); // 3 × 2,629,800,000 ÷ 60,000
  });
});

describe('groups', () => {
  it('puts requests without a tag, before or after the first tag, in “(no tag)”', () => {
    const line = (tag: string | null, input: number) =>
      JSON.stringify({ usage: { prompt_tokens: input, completion_tokens: 1 }, ...(tag ? { tag } : {}) });
    const report = parseTraceText([line(null, 1), line(null, 2), line('a', 4), line(null, 8)].join('\n'));
    expect(report.groups.map((group) => [group.name, group.requests, group.input.total])).toEqual([
      ['(no tag)', 3, 11],
      ['a', 1, 4],
    ]);
  });

  it('keeps at most 100 tags and groups the rest as “Other tags”', () => {
    const rows = Array.from({ length: 150 }, (_, index) => `1,1,tag-${String(index).padStart(3, '0')}`);
    const report = parseTraceText(`input,output,tag\n${rows.join('\n')}`);
    expect(report.groups).toHaveLength(101);
    expect(report.groups[0]).toMatchObject({ name: 'Other tags', requests: 50 });
    expect(report.notes).toContain('More than 100 tags: requests of the others are grouped as “Other tags”.');
  });
});

describe('a log whose tags hold lone surrogates or bidirectional controls', () => {
  // Rule: text from a log is well-formed and names show what they say, so endpoints made from its
  // tags can be put in a link (encodeURIComponent throws on a lone surrogate).
  it('groups by the cleaned tag, and the endpoints made from them encode', () => {
    const report = parseTraceText(
      [
        '{"usage":{"prompt_tokens":100,"completion_tokens":10},"tag":"a\\ud800b"}',
        '{"usage":{"prompt_tokens":200,"completion_tokens":20},"tag":"chat\\u202e"}',
      ].join('\n'),
    );
    const names = endpointDrafts(report.groups, 'mean').map((draft) => draft.name);
    expect(names.sort()).toEqual(['a\uFFFDb', 'chat']);
    for (const name of names) expect(() => encodeURIComponent(name)).not.toThrow();
  });
});
