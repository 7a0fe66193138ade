import { describe, expect, it } from 'vitest';
import { APP_ENTRY, IMPORT_OPTIONS, sheetOf } from '../../../testing/rate-sheet-samples';
import { exportRateSheet, importRateSheetText, readRateSheet } from './rate-sheet-import';

const readOne = (entry: unknown) => readRateSheet(sheetOf(entry), IMPORT_OPTIONS);
const SOURCE = {
  label: 'Moonshot pricing',
  url: 'https://platform.kimi.ai/docs/pricing',
  date: '2026-05-22',
};

describe('readRateSheet: the optional lifecycle, cache-write, tier, batch, tool-fee, region and checkedBy fields', () => {
  it('reads every one, prices in canonical form', () => {
    const route = readOne({
      ...APP_ENTRY,
      lifecycle: { status: 'retired', date: '2026-05-25', source: 'moonshotai.yml', successor: 'kimi-k2.6' },
      cacheWrites: [
        { price: '2.00', lifetimeMinutes: 5, source: SOURCE, basis: 'price page' },
        { price: 4, lifetimeMinutes: 60 },
      ],
      longContextTiers: [
        { aboveTokens: 272_000, input: '4', cachedInput: '0.4', output: '15', cacheWrites: [{ price: '5' }] },
      ],
      batch: { percentOfStandard: '60', note: 'Moonshot batch = 60 % of standard' },
      toolFees: [
        { tool: '$web_search', usdPerCall: '0.005', source: 'https://platform.kimi.ai/docs/pricing/tools' },
      ],
      region: 'cn (Beijing)',
      checkedBy: 'maintainer date',
    }).routes[0];
    const source = { ...SOURCE, dateMeaning: 'date given in the imported file' };
    expect(route).toMatchObject({
      lifecycle: {
        status: 'retired',
        date: '2026-05-25',
        source: 'moonshotai.yml',
        successor: { modelId: 'kimi-k2.6', modelName: null, routeId: null },
      },
      cacheWrites: [
        { price: '2', lifetimeMinutes: 5, source, basis: 'price page' },
        { price: '4', lifetimeMinutes: 60, source, basis: 'given in the imported file' },
      ],
      longContextTiers: [
        {
          aboveTokens: 272_000,
          input: '4',
          cachedInput: '0.4',
          output: '15',
          cacheWrites: [{ price: '5', lifetimeMinutes: null }],
        },
      ],
      batch: { percentOfStandard: '60', note: 'Moonshot batch = 60 % of standard' },
      toolFees: [
        { tool: '$web_search', usdPerCall: '0.005', source: 'https://platform.kimi.ai/docs/pricing/tools' },
      ],
      region: 'cn (Beijing)',
      checkedBy: 'maintainer date',
    });
  });

  // Rule: absent, a route is unknown with nothing more; checkedBy is "import date" when the price
  // took the import date, "undated" without a date, otherwise "unknown".
  it.each([
    [{}, 'unknown'],
    [{ source: undefined }, 'import date'],
  ])('absent fields (%j) give the unknown values, checkedBy %j', (change, checkedBy) => {
    expect(readOne({ ...APP_ENTRY, ...change }).routes[0]).toMatchObject({
      lifecycle: { status: 'unknown', date: null, source: null, successor: null },
      cacheWrites: [],
      longContextTiers: [],
      batch: null,
      toolFees: [],
      region: null,
      checkedBy,
    });
    expect(readRateSheet(sheetOf({ ...APP_ENTRY, source: undefined })).routes[0]?.checkedBy).toBe('undated');
  });

  // Rule: a batch rule given as text (or without a percentage) has its percentage read from the note.
  it.each([
    [
      'Anthropic Batch API = 50 % discount',
      { percentOfStandard: '50', note: 'Anthropic Batch API = 50 % discount' },
    ],
    [{ note: 'batch = 60 % of standard' }, { percentOfStandard: '60', note: 'batch = 60 % of standard' }],
    [
      { percentOfStandard: null, note: '60 % of standard' },
      { percentOfStandard: null, note: '60 % of standard' },
    ],
    [{ percentOfStandard: 12.5 }, { percentOfStandard: '12.5', note: '' }],
  ])('batch %j → %j', (batch, expected) => {
    expect(readOne({ ...APP_ENTRY, batch }).routes[0]?.batch).toEqual(expected);
  });

  // Rule: writes are kept shortest-lived first (no lifetime = the standard write), tiers by
  // threshold with each threshold once; the repair is reported.
  it('puts cache writes and tiers in order, and drops a repeated threshold', () => {
    const { routes, problems } = readOne({
      ...APP_ENTRY,
      cacheWrites: [{ price: '4', lifetimeMinutes: 60 }, { price: '2' }],
      longContextTiers: [
        { aboveTokens: 500_000, input: '8', output: '30' },
        { aboveTokens: 200_000, input: '4', output: '15' },
        { aboveTokens: 200_000, input: '5', output: '16' },
      ],
    });
    expect(routes[0]?.cacheWrites.map((write) => write.price)).toEqual(['2', '4']);
    expect(routes[0]?.longContextTiers.map((tier) => [tier.aboveTokens, tier.input])).toEqual([
      [200_000, '4'],
      [500_000, '8'],
    ]);
    expect(problems.map((problem) => [problem.reason, problem.imported])).toEqual([
      ['cacheWrites were put shortest-lived first.', true],
      ['longContextTiers were put in order.', true],
      ['A second long-context tier above 200000 tokens was left out.', true],
    ]);
  });

  // Rule: a field that cannot be read is left out and reported; the route is imported without it.
  it.each([
    [
      { lifecycle: { status: 'gone' } },
      'lifecycle',
      /lifecycle.status must be active, deprecated, retired or unknown/,
    ],
    [
      { lifecycle: { status: 'retired', date: '25/05/2026' } },
      'lifecycle',
      /lifecycle.date must be YYYY-MM-DD/,
    ],
    [{ cacheWrites: [{ price: '-1' }] }, 'cacheWrites', /cacheWrites\[0\].price is negative/],
    [
      { cacheWrites: [{ price: '1', lifetimeMinutes: 0 }] },
      'cacheWrites',
      /lifetimeMinutes must be a whole number/,
    ],
    [{ cacheWrites: { price: '1' } }, 'cacheWrites', /cacheWrites must be a list/],
    [{ longContextTiers: [{ input: '4', output: '15' }] }, 'longContextTiers', /aboveTokens is missing/],
    [
      { longContextTiers: [{ aboveTokens: 1000, input: '4' }] },
      'longContextTiers',
      /needs both an input and an output price/,
    ],
    [{ batch: { percentOfStandard: '150' } }, 'batch', /percentOfStandard must be from 0 to 100/],
    [{ batch: 60 }, 'batch', /batch must be an object/],
    [{ toolFees: [{ tool: 'search', usdPerCall: 'free' }] }, 'toolFees', /usdPerCall .* is not a number/],
    [{ region: 42 }, 'region', /region must be text/],
    [{ checkedBy: 'yesterday' }, 'checkedBy', /checkedBy “yesterday” is not a kind of date/],
  ])('%j is left out and reported', (change, field, reason) => {
    const { routes, problems } = readOne({ ...APP_ENTRY, ...change });
    expect(routes).toHaveLength(1);
    const fresh = readOne(APP_ENTRY).routes[0] as unknown as Record<string, unknown>;
    expect((routes[0] as unknown as Record<string, unknown>)[field]).toEqual(fresh[field]);
    expect(problems).toEqual([
      { position: 0, entry: 'Kimi K2.6', reason: expect.stringMatching(reason), imported: true },
    ]);
    expect(problems[0]?.reason).toMatch(/It was left out\.$/);
  });
});

describe('exportRateSheet: the optional fields', () => {
  it('writes only the fields that say something, so a plain route is written as before', () => {
    const [plain] = readOne(APP_ENTRY).routes;
    const written = JSON.parse(exportRateSheet(plain ? [plain] : [])).routes[0];
    for (const field of [
      'lifecycle',
      'cacheWrites',
      'longContextTiers',
      'batch',
      'toolFees',
      'region',
      'checkedBy',
    ]) {
      expect(written, field).not.toHaveProperty(field);
    }
  });

  it('round-trips a route that carries them all', () => {
    const { routes } = readOne({
      ...APP_ENTRY,
      lifecycle: {
        status: 'deprecated',
        date: '2026-12-11',
        successor: { modelId: 'gpt-6.1-sol', routeId: 'gpt-6.1-sol@openai' },
      },
      cacheWrites: [
        { price: '2', lifetimeMinutes: 5 },
        { price: '4', lifetimeMinutes: 60 },
      ],
      longContextTiers: [{ aboveTokens: 272_000, input: '4', output: '15' }],
      batch: 'Batch = 50 % of standard',
      toolFees: [{ tool: 'web_search', usdPerCall: '0.01' }],
      region: 'us',
      checkedBy: 'page capture date',
    });
    const reread = importRateSheetText(exportRateSheet(routes), IMPORT_OPTIONS);
    expect(reread.problems).toEqual([]);
    expect(reread.routes).toEqual(routes);
  });
});
