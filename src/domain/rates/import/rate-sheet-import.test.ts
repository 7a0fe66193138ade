import { describe, expect, it } from 'vitest';
import { APP_ENTRY, IMPORT_OPTIONS, sheetOf } from '../../../testing/rate-sheet-samples';
import { readRateSheet } from './rate-sheet-import';

const readOne = (entry: unknown) => readRateSheet(sheetOf(entry), IMPORT_OPTIONS);

describe('readRateSheet: a valid sheet', () => {
  it('imports every field, prices in canonical form, id generated like the bundled sheet', () => {
    expect(readOne(APP_ENTRY)).toEqual({
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
          lifecycle: { status: 'unknown', date: null, source: null, successor: null },
          cacheWrites: [],
          longContextTiers: [],
          batch: null,
          toolFees: [],
          region: null,
          checkedBy: 'unknown',
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
    expect(readOne({ ...APP_ENTRY, prices }).routes[0]?.prices).toEqual(expected);
  });

  it('takes a missing date from the import date, and marks a route whose references disagree', () => {
    const { routes } = readOne({
      ...APP_ENTRY,
      source: undefined,
      variant: 'turbo',
      references: [{ prices: { input: '0.55', output: '2.65' }, note: 'article' }],
    });
    expect(routes[0]).toMatchObject({
      id: 'kimi-k2.6-turbo@moonshot-ai',
      source: { label: 'Imported rate sheet', url: null, date: '2026-09-30' },
      disagrees: true,
    });
    expect(readRateSheet(sheetOf({ ...APP_ENTRY, source: undefined })).routes[0]?.source.date).toBe('');
  });
});

describe('readRateSheet: a partly invalid sheet', () => {
  // Rule: each bad entry is left out and reported with its position and reason; the rest import.
  it.each([
    [42, /The entry must be an object, not 42/],
    [{ ...APP_ENTRY, model: undefined }, /model is missing/],
    [{ ...APP_ENTRY, model: 123 }, /model must be text, not 123/],
    [{ ...APP_ENTRY, provider: '   ' }, /provider is missing/],
    [{ ...APP_ENTRY, prices: undefined }, /prices must be an object/],
    [{ ...APP_ENTRY, prices: { input: '1' } }, /needs both an input and an output price/],
    [{ ...APP_ENTRY, prices: { input: 'abc', output: '1' } }, /prices.input “abc” is not a number/],
    [{ ...APP_ENTRY, prices: { input: '-1', output: '1' } }, /prices.input is negative/],
    [{ ...APP_ENTRY, prices: { input: -0.5, output: '1' } }, /negative/],
    [{ ...APP_ENTRY, prices: { input: '0.1234567', output: '1' } }, /finer than \$0.000001/],
    [{ ...APP_ENTRY, prices: { input: '10000.000001', output: '1' } }, /above \$10,000/],
    [{ ...APP_ENTRY, prices: { input: Number.NaN, output: '1' } }, /“NaN” is not a number/],
    [
      { ...APP_ENTRY, prices: { input: Number.POSITIVE_INFINITY, output: '1' } },
      /“Infinity” is not a number/,
    ],
    [{ ...APP_ENTRY, prices: { input: true, output: '1' } }, /must be a number, not true/],
    [
      { ...APP_ENTRY, prices: { input: '1', output: '1', cachedInput: [] } },
      /cachedInput must be a number, not a list/,
    ],
    [{ ...APP_ENTRY, contextWindow: 0 }, /contextWindow must be a whole number of tokens/],
    [{ ...APP_ENTRY, contextWindow: -5 }, /contextWindow/],
    [{ ...APP_ENTRY, maxOutput: 1.5 }, /maxOutput/],
    [{ ...APP_ENTRY, maxOutput: 100_000_001 }, /maxOutput/],
    [{ ...APP_ENTRY, maxOutput: 'lots' }, /maxOutput must be .* not “lots”/],
    [{ ...APP_ENTRY, group: 'premium' }, /group must be "kimi" or "comparison"/],
    [{ ...APP_ENTRY, source: 'a web page' }, /source must be an object/],
    [{ ...APP_ENTRY, source: { url: 'javascript:alert(1)' } }, /source.url is not an http\(s\) link/],
    [{ ...APP_ENTRY, source: { url: 'https://user:pw@evil.example' } }, /source.url/],
    [{ ...APP_ENTRY, source: { date: '2026-02-30' } }, /source.date is not a date/],
    [{ ...APP_ENTRY, speed: { outputTokensPerSecond: -1 } }, /speed.outputTokensPerSecond/],
  ])('entry %# is refused: %s', (bad, reason) => {
    const result = readRateSheet(sheetOf(APP_ENTRY, bad, { ...APP_ENTRY, provider: 'Groq' }), IMPORT_OPTIONS);
    expect(result.routes.map((route) => route.id)).toEqual(['kimi-k2.6@moonshot-ai', 'kimi-k2.6@groq']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      position: 1,
      reason: expect.stringMatching(reason),
      imported: false,
    });
  });

  it('names the entry in the report when it has a readable model name', () => {
    const { problems } = readOne({ ...APP_ENTRY, model: 'My <b>model</b>', prices: null });
    expect(problems[0]).toMatchObject({ position: 0, entry: 'My <b>model</b>' });
  });

  it('leaves out a bad reference but keeps the route', () => {
    const { routes, problems } = readOne({
      ...APP_ENTRY,
      references: [{ prices: { input: 'x', output: '1' } }, { prices: APP_ENTRY.prices }],
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
    const result = readRateSheet(
      sheetOf(APP_ENTRY, APP_ENTRY, { ...APP_ENTRY, id: 'Custom Route!' }, APP_ENTRY),
      {
        takenIds: ['kimi-k2.6@moonshot-ai', 'kimi-k2.6@moonshot-ai-3'],
      },
    );
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
});
