import { describe, expect, it } from 'vitest';
import { readJsonRecord } from './trace-json';

const tokens = (line: unknown) => {
  const reading = readJsonRecord(JSON.stringify(line));
  return reading.ok
    ? { input: reading.value.input, cached: reading.value.cached, output: reading.value.output }
    : reading;
};

describe('JSON Lines usage', () => {
  // Convention: input = every prompt token, cached = the part of it served from the cache.
  it.each([
    [
      'an OpenAI-compatible response',
      {
        usage: {
          prompt_tokens: 1200,
          completion_tokens: 300,
          prompt_tokens_details: { cached_tokens: 1000 },
        },
      },
      { input: 1200, cached: 1000, output: 300 },
    ],
    [
      "Kimi's top-level usage.cached_tokens (part of prompt_tokens, never added on top)",
      { usage: { prompt_tokens: 1200, completion_tokens: 300, total_tokens: 1500, cached_tokens: 1000 } },
      { input: 1200, cached: 1000, output: 300 },
    ],
    [
      "DeepSeek's prompt_cache_hit_tokens",
      {
        usage: {
          prompt_tokens: 90,
          completion_tokens: 9,
          prompt_cache_hit_tokens: 64,
          prompt_cache_miss_tokens: 26,
        },
      },
      { input: 90, cached: 64, output: 9 },
    ],
    [
      'a bare usage object',
      { prompt_tokens: 500, completion_tokens: 100 },
      { input: 500, cached: 0, output: 100 },
    ],
    [
      'a null cached_tokens detail',
      { prompt_tokens: 500, completion_tokens: 100, prompt_tokens_details: { cached_tokens: null } },
      { input: 500, cached: 0, output: 100 },
    ],
    [
      'OpenAI Responses usage (cached inside input_tokens)',
      { usage: { input_tokens: 300, output_tokens: 60, input_tokens_details: { cached_tokens: 200 } } },
      { input: 300, cached: 200, output: 60 },
    ],
    [
      'Anthropic usage: input_tokens + cache reads + cache writes; cached = cache reads',
      {
        type: 'message',
        usage: {
          input_tokens: 100,
          cache_read_input_tokens: 900,
          cache_creation_input_tokens: 50,
          output_tokens: 20,
        },
      },
      { input: 1050, cached: 900, output: 20 },
    ],
    [
      'an OpenAI Batch output line',
      {
        custom_id: 'q1',
        response: { status_code: 200, body: { usage: { prompt_tokens: 10, completion_tokens: 5 } } },
      },
      { input: 10, cached: 0, output: 5 },
    ],
    [
      'an Anthropic batch result',
      {
        custom_id: 'r1',
        result: { type: 'succeeded', message: { usage: { input_tokens: 5, output_tokens: 7 } } },
      },
      { input: 5, cached: 0, output: 7 },
    ],
  ])('reads %s', (_name, line, expected) => {
    expect(tokens(line)).toEqual(expected);
  });

  it('reads model, timestamp and tag from the response or the line', () => {
    const reading = readJsonRecord(
      JSON.stringify({
        response: {
          body: {
            model: 'kimi-k2.6',
            created: 1767225600,
            usage: { prompt_tokens: 1, completion_tokens: 1 },
          },
        },
        metadata: { endpoint: 'search' },
      }),
    );
    expect(reading).toMatchObject({
      ok: true,
      value: { model: 'kimi-k2.6', timestampMs: Date.UTC(2026, 0, 1), tag: 'search' },
    });
  });

  it.each([
    ['{"usage": {"prompt_tokens": 10}', 'not valid JSON (starts “{"usage": {"prompt_toke…”)'],
    ['[1,2]', 'not a JSON object'],
    ['{"id": "x"}', 'unknown format: no usage with token counts in this line'],
    [
      '{"response": null, "error": {"message": "boom"}}',
      'unknown format: no usage with token counts in this line',
    ],
    ['{"usage": {"prompt_tokens": 10}}', 'missing completion_tokens'],
    ['{"usage": {"prompt_tokens": -1, "completion_tokens": 1}}', 'prompt_tokens “-1” is negative'],
    [
      '{"usage": {"prompt_tokens": 10, "completion_tokens": 1, "cached_tokens": 11}}',
      'cached tokens (11) are more than input tokens (10)',
    ],
    ['{"usage": {"input_tokens": "ten", "output_tokens": 1}}', 'input_tokens “ten” is not a number'],
    [
      '{"usage": {"prompt_tokens": 1, "completion_tokens": 1}, "created": "later"}',
      'timestamp “later” is not a date',
    ],
  ])('refuses %s: %s', (line, reason) => {
    expect(readJsonRecord(line)).toEqual({ ok: false, reason });
  });
});
