import { describe, expect, it } from 'vitest';
import { IMPORT_OPTIONS, LITELLM_SAMPLE } from '../../../testing/rate-sheet-samples';
import { LITELLM_URL, readLiteLlmPrices } from './litellm-import';
import { importRateSheetText } from './rate-sheet-import';

describe('readLiteLlmPrices', () => {
  // Rule: per-token costs × 1,000,000, exactly, from the number's shortest decimal text.
  it.each([
    [6e-7, '0.6'],
    [1.5e-7, '0.15'],
    [2.5e-6, '2.5'],
    [1.1e-6, '1.1'],
    [8.333e-8, '0.08333'],
    [0.00003, '30'],
    [1e-12, '0.000001'],
    [0, '0'],
    ['3e-07', '0.3'],
    [0.01, '10000'],
  ])('%s per token → $%s per 1M', (perToken, perMillion) => {
    const { routes } = readLiteLlmPrices({ m: { input_cost_per_token: perToken, output_cost_per_token: 0 } });
    expect(routes[0]?.prices.input).toBe(perMillion);
  });

  // Rule: a price that is not exactly a whole number of micro-dollars per 1M is refused, never rounded.
  it.each([
    [1e-13, /finer than/],
    [(0.1 + 0.2) / 1e6, /finer than/],
    [0.011, /above \$10,000/],
    [-1e-7, /negative/],
    ['NaN', /not a number/],
    [null, /must be a number/],
  ])('%s per token is refused', (perToken, reason) => {
    const { routes, problems } = readLiteLlmPrices({
      m: { input_cost_per_token: perToken, output_cost_per_token: 0 },
    });
    expect(routes).toEqual([]);
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('imports chat entries and skips the rest, each with a reason', () => {
    const result = importRateSheetText(JSON.stringify(LITELLM_SAMPLE), IMPORT_OPTIONS);
    expect(result.format).toBe('litellm');
    expect(
      result.routes.map((route) => [route.id, route.providerName, route.prices, route.contextWindow]),
    ).toEqual([
      [
        'kimi-k2-0905-preview@moonshot-ai',
        'Moonshot AI',
        { input: '0.6', cachedInput: '0.15', output: '2.5' },
        262144,
      ],
      ['kimi-k2p6@fireworks-ai', 'Fireworks AI', { input: '0.95', cachedInput: null, output: '4' }, null],
      ['constructor@constructor', 'constructor', { input: '0.3', cachedInput: null, output: '1.2' }, null],
    ]);
    expect(
      result.problems.map((problem) => [problem.position, problem.entry, problem.reason, problem.imported]),
    ).toEqual([
      [0, 'sample_spec', 'LiteLLM’s sample entry describes the format; it is not a model.', false],
      [
        2,
        'fireworks_ai/accounts/fireworks/models/kimi-k2p6',
        expect.stringMatching(/max_input_tokens .* left out/),
        true,
      ],
      [3, 'text-embedding-3-small', 'It is a embedding model, not a chat model.', false],
      [4, 'dall-e-3', 'It is a image_generation model, not a chat model.', false],
      [5, 'openrouter/moonshotai/kimi-k2', 'It has no per-token input and output prices.', false],
      [6, 'tiny/model', 'input_cost_per_token 1e-13 is finer than $0.000001 per 1M tokens.', false],
    ]);
  });

  it('records where each price came from and what was not imported', () => {
    const [moonshot, fireworks] = readLiteLlmPrices(LITELLM_SAMPLE, IMPORT_OPTIONS).routes;
    expect(moonshot).toMatchObject({
      family: 'K2',
      group: 'kimi',
      modelName: 'kimi-k2-0905-preview',
      providerModelId: 'moonshot/kimi-k2-0905-preview',
      maxOutput: 262144,
      source: { url: LITELLM_URL, date: '2026-09-30', dateMeaning: 'date imported; the file gives no date' },
      notes: 'LiteLLM source: https://platform.moonshot.ai/docs/pricing/chat',
    });
    // A tier needs its input and output price: Fireworks lists only the input above 200K.
    expect(fireworks?.longContextTiers).toEqual([]);
    expect(fireworks?.notes).toMatch(
      /tiered prices \(input_cost_per_token_above_200k_tokens\) that were not imported/,
    );
  });

  // Rule: cache_creation_input_token_cost is the cache write (lifetime not stated), …_above_1hr a
  // one-hour write; prices above N k tokens with both input and output are a tier above N × 1,000
  // tokens (with its cached and cache-write prices); deprecation_date makes the route deprecated.
  it('maps cache writes, long-context tiers and a deprecation date', () => {
    const [route] = readLiteLlmPrices(
      {
        'anthropic/claude-x': {
          litellm_provider: 'anthropic',
          mode: 'chat',
          input_cost_per_token: 3e-6,
          output_cost_per_token: 1.5e-5,
          cache_read_input_token_cost: 3e-7,
          cache_creation_input_token_cost: 3.75e-6,
          cache_creation_input_token_cost_above_1hr: 6e-6,
          input_cost_per_token_above_200k_tokens: 6e-6,
          output_cost_per_token_above_200k_tokens: 2.25e-5,
          cache_read_input_token_cost_above_200k_tokens: 6e-7,
          cache_creation_input_token_cost_above_200k_tokens: 7.5e-6,
          cache_creation_input_token_cost_above_1hr_above_200k_tokens: 1.2e-5,
          deprecation_date: '2026-11-30',
        },
      },
      IMPORT_OPTIONS,
    ).routes;
    const source = route?.source;
    expect(route).toMatchObject({
      cacheWrites: [
        { price: '3.75', lifetimeMinutes: null, source, basis: 'cache_creation_input_token_cost' },
        { price: '6', lifetimeMinutes: 60, source, basis: 'cache_creation_input_token_cost_above_1hr' },
      ],
      longContextTiers: [
        {
          aboveTokens: 200_000,
          input: '6',
          cachedInput: '0.6',
          output: '22.5',
          cacheWrites: [
            { price: '7.5', lifetimeMinutes: null },
            { price: '12', lifetimeMinutes: 60 },
          ],
        },
      ],
      lifecycle: {
        status: 'deprecated',
        date: '2026-11-30',
        source: 'LiteLLM deprecation_date',
        successor: null,
      },
      batch: null,
      toolFees: [],
      checkedBy: 'import date',
      notes: '',
    });
  });

  it('imports only the keys that match, keeping their positions in the file', () => {
    const result = readLiteLlmPrices(LITELLM_SAMPLE, { match: 'KIMI' });
    expect(result.routes.map((route) => route.providerModelId)).toEqual([
      'moonshot/kimi-k2-0905-preview',
      'fireworks_ai/accounts/fireworks/models/kimi-k2p6',
    ]);
    expect(result.problems.map((problem) => problem.position)).toEqual([2, 5]);
  });
});

describe('large LiteLLM files', () => {
  it('imports 5,000 LiteLLM entries', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, index) => [
        `together_ai/org/kimi-k2-${index}`,
        {
          input_cost_per_token: 6e-7,
          output_cost_per_token: 2.5e-6,
          litellm_provider: 'together_ai',
          mode: 'chat',
        },
      ]),
    );
    const result = importRateSheetText(JSON.stringify(entries));
    expect(result.routes).toHaveLength(5_000);
    expect(result.problems).toEqual([]);
  });
});
