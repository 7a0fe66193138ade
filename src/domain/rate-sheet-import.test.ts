// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUTES } from '../data/rate-sheet';
import { plainText } from './provenance';
import {
  exportRateSheet,
  guessFamily,
  importRateSheetText,
  LITELLM_URL,
  MAX_IMPORT_ENTRIES,
  readLiteLlmPrices,
  readRateSheet,
} from './rate-sheet-import';
import { type PriceTexts, parsePrice, priceToText, type Route } from './rates';

const OPTIONS = { importedOn: '2026-09-30' };

/** A valid entry in the app's schema; tests change one field at a time. */
const ENTRY = {
  model: 'Kimi K2.6',
  provider: 'Moonshot AI',
  prices: { input: '0.95', cachedInput: '0.16', output: '4.00' },
  contextWindow: 262_144,
  maxOutput: 262_144,
  source: { label: 'Moonshot pricing', url: 'https://platform.kimi.ai/docs/pricing', date: '2026-05-22' },
  note: 'List price',
};

const sheet = (...routes: unknown[]) => ({ schema: 'kimi-cost-calculator/rate-sheet', version: 1, routes });
const readOne = (entry: unknown) => readRateSheet(sheet(entry), OPTIONS);

describe('readRateSheet: a valid sheet', () => {
  it('imports every field, prices in canonical form, id generated like the bundled sheet', () => {
    expect(readOne(ENTRY)).toEqual({
      format: 'app',
      problems: [],
      routes: [
        {
          id: 'kimi-k2.6@moonshot-ai',
          group: 'kimi',
          family: 'K2.6',
          modelId: 'kimi-k2.6',
          modelName: 'Kimi K2.6',
          providerName: 'Moonshot AI',
          variant: null,
          providerModelId: 'kimi-k2.6',
          prices: { input: '0.95', cachedInput: '0.16', output: '4' },
          contextWindow: 262_144,
          maxOutput: 262_144,
          source: {
            label: 'Moonshot pricing',
            url: 'https://platform.kimi.ai/docs/pricing',
            date: '2026-05-22',
            dateMeaning: 'date given in the imported file',
          },
          notes: 'List price',
          references: [],
          disagrees: false,
          speed: null,
        },
      ],
    });
  });

  // Rule: prices may be decimal texts or JSON numbers; both are read exactly from their decimal text.
  it.each([
    [
      { input: 0.95, output: 4 },
      { input: '0.95', cachedInput: null, output: '4' },
    ],
    [
      { input: '0.083333', cachedInput: 0, output: '1e1' },
      { input: '0.083333', cachedInput: '0', output: '10' },
    ],
    [
      { input: ' 10000 ', cachedInput: null, output: '0.000001' },
      { input: '10000', cachedInput: null, output: '0.000001' },
    ],
  ])('prices %j → %j', (prices, expected) => {
    expect(readOne({ ...ENTRY, prices }).routes[0]?.prices).toEqual(expected);
  });

  it('takes a missing date from the import date, and marks a route whose references disagree', () => {
    const { routes } = readOne({
      ...ENTRY,
      source: undefined,
      variant: 'turbo',
      references: [{ prices: { input: '0.55', output: '2.65' }, note: 'article' }],
    });
    expect(routes[0]).toMatchObject({
      id: 'kimi-k2.6-turbo@moonshot-ai',
      source: { label: 'Imported rate sheet', url: null, date: '2026-09-30' },
      disagrees: true,
    });
    expect(readRateSheet(sheet({ ...ENTRY, source: undefined })).routes[0]?.source.date).toBe('');
  });
});

describe('readRateSheet: a partly invalid sheet', () => {
  // Rule: each bad entry is left out and reported with its position and reason; the rest import.
  it.each([
    [42, /The entry must be an object, not 42/],
    [{ ...ENTRY, model: undefined }, /model is missing/],
    [{ ...ENTRY, model: 123 }, /model must be text, not 123/],
    [{ ...ENTRY, provider: '   ' }, /provider is missing/],
    [{ ...ENTRY, prices: undefined }, /prices must be an object/],
    [{ ...ENTRY, prices: { input: '1' } }, /needs both an input and an output price/],
    [{ ...ENTRY, prices: { input: 'abc', output: '1' } }, /prices.input “abc” is not a number/],
    [{ ...ENTRY, prices: { input: '-1', output: '1' } }, /prices.input is negative/],
    [{ ...ENTRY, prices: { input: -0.5, output: '1' } }, /negative/],
    [{ ...ENTRY, prices: { input: '0.1234567', output: '1' } }, /finer than \$0.000001/],
    [{ ...ENTRY, prices: { input: '10000.000001', output: '1' } }, /above \$10,000/],
    [{ ...ENTRY, prices: { input: Number.NaN, output: '1' } }, /“NaN” is not a number/],
    [{ ...ENTRY, prices: { input: Number.POSITIVE_INFINITY, output: '1' } }, /“Infinity” is not a number/],
    [{ ...ENTRY, prices: { input: true, output: '1' } }, /must be a number, not true/],
    [
      { ...ENTRY, prices: { input: '1', output: '1', cachedInput: [] } },
      /cachedInput must be a number, not a list/,
    ],
    [{ ...ENTRY, contextWindow: 0 }, /contextWindow must be a whole number of tokens/],
    [{ ...ENTRY, contextWindow: -5 }, /contextWindow/],
    [{ ...ENTRY, maxOutput: 1.5 }, /maxOutput/],
    [{ ...ENTRY, maxOutput: 100_000_001 }, /maxOutput/],
    [{ ...ENTRY, maxOutput: 'lots' }, /maxOutput must be .* not “lots”/],
    [{ ...ENTRY, group: 'premium' }, /group must be "kimi" or "comparison"/],
    [{ ...ENTRY, source: 'a web page' }, /source must be an object/],
    [{ ...ENTRY, source: { url: 'javascript:alert(1)' } }, /source.url is not an http\(s\) link/],
    [{ ...ENTRY, source: { url: 'https://user:pw@evil.example' } }, /source.url/],
    [{ ...ENTRY, source: { date: '2026-02-30' } }, /source.date is not a date/],
    [{ ...ENTRY, speed: { outputTokensPerSecond: -1 } }, /speed.outputTokensPerSecond/],
  ])('entry %# is refused: %s', (bad, reason) => {
    const result = readRateSheet(sheet(ENTRY, bad, { ...ENTRY, provider: 'Groq' }), OPTIONS);
    expect(result.routes.map((route) => route.id)).toEqual(['kimi-k2.6@moonshot-ai', 'kimi-k2.6@groq']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      position: 1,
      reason: expect.stringMatching(reason),
      imported: false,
    });
  });

  it('names the entry in the report when it has a readable model name', () => {
    const { problems } = readOne({ ...ENTRY, model: 'My <b>model</b>', prices: null });
    expect(problems[0]).toMatchObject({ position: 0, entry: 'My <b>model</b>' });
  });

  it('leaves out a bad reference but keeps the route', () => {
    const { routes, problems } = readOne({
      ...ENTRY,
      references: [{ prices: { input: 'x', output: '1' } }, { prices: ENTRY.prices }],
    });
    expect(routes[0]?.references).toHaveLength(1);
    expect(problems).toEqual([
      {
        position: 0,
        entry: 'Kimi K2.6',
        reason: 'references[0].prices.input “x” is not a number. It was left out.',
        imported: true,
      },
    ]);
  });
});

describe('ids', () => {
  // Rule: given ids are cleaned; ids taken by the app or earlier entries get the first free suffix.
  it('makes ids unique, deterministically, and reports each rename', () => {
    const result = readRateSheet(sheet(ENTRY, ENTRY, { ...ENTRY, id: 'Custom Route!' }, ENTRY), {
      takenIds: ['kimi-k2.6@moonshot-ai', 'kimi-k2.6@moonshot-ai-3'],
    });
    expect(result.routes.map((route) => route.id)).toEqual([
      'kimi-k2.6@moonshot-ai-2',
      'kimi-k2.6@moonshot-ai-4',
      'custom-route',
      'kimi-k2.6@moonshot-ai-5',
    ]);
    expect(result.problems.map((problem) => [problem.position, problem.reason, problem.imported])).toEqual([
      [
        0,
        'The id “kimi-k2.6@moonshot-ai” is already used; the route was imported as “kimi-k2.6@moonshot-ai-2”.',
        true,
      ],
      [
        1,
        'The id “kimi-k2.6@moonshot-ai” is already used; the route was imported as “kimi-k2.6@moonshot-ai-4”.',
        true,
      ],
      [2, 'The id was changed to “custom-route”.', true],
      [
        3,
        'The id “kimi-k2.6@moonshot-ai” is already used; the route was imported as “kimi-k2.6@moonshot-ai-5”.',
        true,
      ],
    ]);
  });

  it.each([
    ['Kimi K2.7 Code', 'K2.7'],
    ['kimi-k2-thinking', 'K2'],
    ['Kimi-K2-Instruct', 'K2'],
    ['moonshot-v1-8k', 'Kimi'],
    ['gpt-5.1', 'GPT'],
    ['Claude Sonnet', 'Claude'],
    ['DeepSeek V3', 'Other'],
  ])('the family of %s is %s', (name, family) => {
    expect(guessFamily(name)).toBe(family);
  });
});

describe('hostile files', () => {
  // Rule: whatever the file holds, reading returns a result; names stay text; long texts are cut.
  it('keeps markup as literal text and strips invisible characters', () => {
    const { routes } = readOne({
      ...ENTRY,
      model: '<img src=x onerror=alert(1)>',
      provider: 'Evil\u202Ecorp\u0000',
      note: '<script>alert(1)</script>',
    });
    expect(routes[0]).toMatchObject({
      modelName: '<img src=x onerror=alert(1)>',
      providerName: 'Evil corp',
      notes: '<script>alert(1)</script>',
      id: 'img-src-x-onerror-alert-1@evil-corp',
    });
  });

  it('cuts 10,000-character fields and says so', () => {
    const long = 'A'.repeat(10_000);
    const { routes, problems } = readOne({
      ...ENTRY,
      model: long,
      note: long,
      source: { ...ENTRY.source, label: long },
    });
    expect([routes[0]?.modelName.length, routes[0]?.notes.length, routes[0]?.source.label.length]).toEqual([
      120, 2000, 200,
    ]);
    expect(problems.map((problem) => problem.reason)).toEqual([
      'model was cut to 120 characters.',
      'source.label was cut to 200 characters.',
      'note was cut to 2000 characters.',
    ]);
  });

  it.each([
    ['', /not JSON/],
    ['\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD garbage', /not JSON/],
    ['{"routes": [', /not JSON/],
    ['null', /neither a rate sheet/],
    ['[]', /neither a rate sheet/],
    ['"text"', /neither a rate sheet/],
    ['{"routes": {}}', /no list of routes/],
    ['{"models": []}', /neither a rate sheet/],
  ])('refuses %j as a whole', (text, reason) => {
    expect(importRateSheetText(text)).toEqual({
      format: null,
      routes: [],
      problems: [{ position: null, entry: null, reason: expect.stringMatching(reason), imported: false }],
    });
  });

  it('reads a byte-order mark, and reports a missing or newer version', () => {
    expect(importRateSheetText('\uFEFF{"version":1,"routes":[]}')).toEqual({
      format: 'app',
      routes: [],
      problems: [],
    });
    expect(importRateSheetText('{"routes":[]}').problems[0]?.reason).toMatch(/no readable version/);
    expect(importRateSheetText('{"version":2,"routes":[]}').problems[0]?.reason).toMatch(/version 2, newer/);
  });

  it('does not let a __proto__ key change any object', () => {
    const text = `{"version":1,"routes":[{"__proto__":{"model":"x","prices":{"input":"1","output":"1"}},"provider":"p"}]}`;
    expect(importRateSheetText(text).problems[0]?.reason).toBe('model is missing.');
    expect(({} as Record<string, unknown>).model).toBeUndefined();
  });

  it('refuses a file over 16 MB, and reads only the first 10,000 routes', () => {
    expect(importRateSheetText(' '.repeat(16 * 1024 * 1024 + 1)).problems[0]?.reason).toMatch(
      /larger than 16 MB/,
    );
    const result = readRateSheet(sheet(...Array<unknown>(MAX_IMPORT_ENTRIES + 1).fill(0)));
    expect(result.problems[0]?.reason).toBe('Only the first 10000 of 10001 routes were read.');
    expect(result.problems).toHaveLength(MAX_IMPORT_ENTRIES + 1);
  });

  it('never throws, and every route it returns is usable', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(sheet(value, ENTRY))),
        ),
        (text) => {
          const result = importRateSheetText(text);
          for (const route of result.routes) {
            expect(parsePrice(route.prices.input)).not.toBeNull();
            expect(parsePrice(route.prices.output)).not.toBeNull();
          }
          for (const problem of result.problems) expect(typeof problem.reason).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('large files', () => {
  it('imports 5,000 routes from a 10 MB sheet', () => {
    const note = 'n'.repeat(1_990);
    const routes = Array.from({ length: 5_000 }, (_, index) => ({
      ...ENTRY,
      provider: `Host ${index}`,
      note,
    }));
    const text = JSON.stringify(sheet(...routes));
    expect(text.length).toBeGreaterThan(10_000_000);
    const result = importRateSheetText(text, OPTIONS);
    expect(result.problems).toEqual([]);
    expect(new Set(result.routes.map((route) => route.id)).size).toBe(5_000);
  });

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

/** A small LiteLLM file shaped like model_prices_and_context_window.json. */
const LITELLM = {
  sample_spec: {
    input_cost_per_token: 0.0,
    output_cost_per_token: 0.0,
    litellm_provider: 'one of https://docs.litellm.ai/docs/providers',
    max_input_tokens: 'max input tokens, if the provider specifies it',
    mode: 'one of: chat, embedding, completion, image_generation',
  },
  'moonshot/kimi-k2-0905-preview': {
    cache_read_input_token_cost: 1.5e-7,
    input_cost_per_token: 6e-7,
    litellm_provider: 'moonshot',
    max_input_tokens: 262144,
    max_output_tokens: 262144,
    mode: 'chat',
    output_cost_per_token: 2.5e-6,
    source: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  'fireworks_ai/accounts/fireworks/models/kimi-k2p6': {
    input_cost_per_token: 9.5e-7,
    input_cost_per_token_above_200k_tokens: 1.9e-6,
    output_cost_per_token: 4e-6,
    litellm_provider: 'fireworks_ai',
    max_input_tokens: 'lots',
    mode: 'chat',
  },
  'text-embedding-3-small': {
    input_cost_per_token: 2e-8,
    output_cost_per_token: 0,
    litellm_provider: 'openai',
    mode: 'embedding',
  },
  'dall-e-3': { litellm_provider: 'openai', mode: 'image_generation', output_cost_per_pixel: 0 },
  'openrouter/moonshotai/kimi-k2': {
    input_cost_per_token: 5.5e-7,
    litellm_provider: 'openrouter',
    mode: 'chat',
  },
  'tiny/model': { input_cost_per_token: 1e-13, output_cost_per_token: 1e-6, litellm_provider: 'tiny' },
  constructor: {
    input_cost_per_token: '3e-07',
    output_cost_per_token: '1.2e-06',
    litellm_provider: 'constructor',
  },
};

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
    const result = importRateSheetText(JSON.stringify(LITELLM), OPTIONS);
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
    const [moonshot, fireworks] = readLiteLlmPrices(LITELLM, OPTIONS).routes;
    expect(moonshot).toMatchObject({
      family: 'K2',
      group: 'kimi',
      modelName: 'kimi-k2-0905-preview',
      providerModelId: 'moonshot/kimi-k2-0905-preview',
      maxOutput: 262144,
      source: { url: LITELLM_URL, date: '2026-09-30', dateMeaning: 'date imported; the file gives no date' },
      notes: 'LiteLLM source: https://platform.moonshot.ai/docs/pricing/chat',
    });
    expect(fireworks?.notes).toMatch(
      /tiered prices \(input_cost_per_token_above_200k_tokens\); only the base prices/,
    );
  });

  it('imports only the keys that match, keeping their positions in the file', () => {
    const result = readLiteLlmPrices(LITELLM, { match: 'KIMI' });
    expect(result.routes.map((route) => route.providerModelId)).toEqual([
      'moonshot/kimi-k2-0905-preview',
      'fireworks_ai/accounts/fireworks/models/kimi-k2p6',
    ]);
    expect(result.problems.map((problem) => problem.position)).toEqual([2, 5]);
  });
});

/** Prices as the importer stores them: "4.00" → "4". */
const canonical = (prices: PriceTexts): PriceTexts => ({
  input: priceToText(parsePrice(prices.input)!),
  cachedInput: prices.cachedInput === null ? null : priceToText(parsePrice(prices.cachedInput)!),
  output: priceToText(parsePrice(prices.output)!),
});
const canonicalRoute = (route: Route): Route => ({
  ...route,
  prices: canonical(route.prices),
  references: route.references.map((reference) => ({ ...reference, prices: canonical(reference.prices) })),
});

describe('exportRateSheet', () => {
  it('round-trips the bundled sheet (prices in canonical form)', () => {
    const result = importRateSheetText(exportRateSheet(BUNDLED_ROUTES));
    expect(result.problems).toEqual([]);
    expect(result.routes).toEqual(BUNDLED_ROUTES.map(canonicalRoute));
  });

  it('round-trips any route the importer produces', () => {
    // Texts the importer keeps as they are (already plain text, within the limits).
    const text = (limit: number) =>
      fc.string({ minLength: 1, maxLength: limit }).filter((value) => plainText(value, 200).text === value);
    const price = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map(priceToText);
    const prices = fc.record({ input: price, cachedInput: fc.option(price), output: price });
    const source = fc.record({
      label: text(30),
      url: fc.constantFrom(null, 'https://example.com/prices?x=1'),
      date: fc.constantFrom('2026', '2026-02', '2024-02-29'),
      dateMeaning: text(30),
    });
    const entry = fc.record({
      group: fc.constantFrom('kimi' as const, 'comparison' as const),
      family: text(20),
      modelId: text(20),
      model: text(40),
      provider: text(40),
      variant: fc.option(text(10)),
      providerModelId: text(40),
      prices,
      contextWindow: fc.option(fc.integer({ min: 1, max: 100_000_000 })),
      maxOutput: fc.option(fc.integer({ min: 1, max: 100_000_000 })),
      source,
      note: fc.constantFrom('', 'a note'),
      references: fc.array(fc.record({ prices, source, note: fc.constantFrom('', 'ref') }), { maxLength: 3 }),
      disagrees: fc.boolean(),
      speed: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), (drafts) => {
        const routes = readRateSheet(
          sheet(...drafts.map((draft, index) => ({ ...draft, id: `r${index}` }))),
        ).routes;
        const reread = importRateSheetText(exportRateSheet(routes));
        expect(reread.problems).toEqual([]);
        expect(reread.routes).toEqual(routes);
      }),
      { numRuns: 300 },
    );
  });
});
