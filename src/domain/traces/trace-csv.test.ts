import { describe, expect, it } from 'vitest';
import { normaliseHeaderName, readCsvHeader, readCsvRecord, splitCsvLine } from './trace-csv';

describe('CSV header', () => {
  // Names match ignoring case, spaces, dots, dashes, underscores and a leading "usage".
  it.each([
    ['input_tokens', 'inputtokens'],
    ['Prompt Tokens', 'prompttokens'],
    ['usage.prompt_tokens', 'prompttokens'],
    ['Usage-Completion-Tokens', 'completiontokens'],
    ['CACHED', 'cached'],
    ['usage_count', 'usagecount'],
  ])('normalises %s to %s', (name, expected) => {
    expect(normaliseHeaderName(name)).toBe(expected);
  });

  it('finds every role, the first matching column winning', () => {
    const header = readCsvHeader(
      splitCsvLine('Time,Model,Prompt Tokens,Cached Tokens,Completion Tokens,Endpoint,input'),
    );
    expect(header).toEqual({
      ok: true,
      value: {
        columns: { timestamp: 0, model: 1, input: 2, cached: 3, output: 4, tag: 5 },
        anthropic: false,
      },
    });
  });

  it("switches to Anthropic's convention when the header uses its cache column names", () => {
    const header = readCsvHeader(
      splitCsvLine('input_tokens,cache_read_input_tokens,cache_creation_input_tokens,output_tokens'),
    );
    expect(header.ok && header.value.anthropic).toBe(true);
  });

  it('refuses a header without input or output columns, saying which', () => {
    expect(readCsvHeader(['prompt', 'foo'])).toEqual({
      ok: false,
      reason:
        'unknown format: the first line is neither JSON nor a CSV header with output token columns (e.g. input_tokens, output_tokens)',
    });
    expect(readCsvHeader(['a', 'b'])).toMatchObject({
      ok: false,
      reason: expect.stringContaining('input and output'),
    });
  });
});

describe('CSV records', () => {
  const openAi = readCsvHeader(splitCsvLine('input_tokens,cached_tokens,output_tokens,tag,timestamp'));
  const anthropic = readCsvHeader(
    splitCsvLine('input_tokens,cache_read_input_tokens,cache_creation_input_tokens,output_tokens'),
  );
  if (!openAi.ok || !anthropic.ok) throw new Error('fixture headers must read');

  it('reads cached tokens as a part of input tokens', () => {
    expect(readCsvRecord(splitCsvLine('2000,500,400,chat,2026-01-01'), openAi.value)).toEqual({
      ok: true,
      value: {
        input: 2000,
        cached: 500,
        output: 400,
        tag: 'chat',
        model: null,
        timestampMs: Date.UTC(2026, 0, 1),
      },
    });
  });

  it('adds Anthropic cache reads and writes to input tokens; cached = cache reads', () => {
    // 100 + 900 + 50 = 1,050 input tokens, 900 of them cached.
    expect(readCsvRecord(['100', '900', '50', '20'], anthropic.value)).toMatchObject({
      ok: true,
      value: { input: 1050, cached: 900, output: 20 },
    });
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(splitCsvLine('"1,200",0,5,"say ""hi"", then go"')).toEqual([
      '1,200',
      '0',
      '5',
      'say "hi", then go',
    ]);
    expect(readCsvRecord(splitCsvLine('"1,200",0,5,"a, b",2026-01-01'), openAi.value)).toMatchObject({
      ok: true,
      value: { input: 1200, tag: 'a, b' },
    });
  });

  it('counts an empty cached cell as 0 and an empty tag as none', () => {
    expect(readCsvRecord(['10', '', '5', '', '2026-01-01'], openAi.value)).toMatchObject({
      ok: true,
      value: { cached: 0, tag: null },
    });
  });

  // Bad rows: the reason says what is wrong.
  it.each([
    [['', '0', '5', 'x', '2026-01-01'], 'missing input tokens'],
    [['10', '0'], 'missing output tokens'],
    [['-10', '0', '5', 'x', '2026-01-01'], 'input tokens “-10” is negative'],
    [['10', 'many', '5', 'x', '2026-01-01'], 'cached tokens “many” is not a number'],
    [['10', '11', '5', 'x', '2026-01-01'], 'cached tokens (11) are more than input tokens (10)'],
    [['10', '0', '5', 'x', ''], 'missing timestamp'],
    [['10', '0', '5', 'x', 'soon'], 'timestamp “soon” is not a date'],
  ])('refuses %j: %s', (fields, reason) => {
    expect(readCsvRecord(fields, openAi.value)).toEqual({ ok: false, reason });
  });
});
