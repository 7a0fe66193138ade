import { describe, expect, it } from 'vitest';
import { aRoute } from '../../testing/builders';
import {
  type CustomRouteDraft,
  customRouteDate,
  customRouteNotes,
  customRouteToDraft,
  EMPTY_CUSTOM_ROUTE_DRAFT,
  readCustomRoute,
} from './custom-route';
import { exportRateSheet, readRateSheet } from './import/rate-sheet-import';

const CONTEXT = { today: '2026-08-01', sheetDate: '2026-07-24' };

/** A complete draft; tests change one field at a time. */
const DRAFT: CustomRouteDraft = {
  modelName: 'Kimi K2.6',
  providerName: 'My Host',
  input: '0.80',
  cachedInput: '0.10',
  output: '3.5',
  contextWindow: '262,144',
  maxOutput: '16k',
  sourceNote: 'Quoted by sales, July',
};

const read = (draft: Partial<CustomRouteDraft>, existing = [aRoute('other', {})]) =>
  readCustomRoute({ ...DRAFT, ...draft }, existing, CONTEXT);

describe('readCustomRoute: a complete draft', () => {
  it('becomes a route with exact canonical prices, limits, a dated "Added by you" source, and nothing more known', () => {
    expect(read({})).toEqual({
      ok: true,
      route: {
        id: 'custom-kimi-k2.6@my-host',
        group: 'kimi',
        family: 'K2.6',
        modelId: 'kimi-k2.6',
        modelName: 'Kimi K2.6',
        providerName: 'My Host',
        variant: null,
        providerModelId: 'kimi-k2.6',
        prices: { input: '0.8', cachedInput: '0.1', output: '3.5' },
        contextWindow: 262_144,
        maxOutput: 16_000,
        source: {
          label: 'Added by you',
          url: null,
          date: '2026-08-01',
          dateMeaning: 'the day you entered these figures',
        },
        notes: 'Quoted by sales, July',
        references: [],
        disagrees: false,
        speed: null,
        lifecycle: { status: 'unknown', date: null, source: null, successor: null },
        cacheWrites: [],
        longContextTiers: [],
        batch: null,
        toolFees: [],
        region: null,
        checkedBy: 'entry date',
      },
    });
  });

  // Rule: optional fields may be empty; typed prices are read as people write them.
  it.each([
    [{ cachedInput: '' }, { prices: { input: '0.8', cachedInput: null, output: '3.5' } }],
    [{ cachedInput: '0' }, { prices: { input: '0.8', cachedInput: '0', output: '3.5' } }],
    [{ input: '$1,200.000001' }, { prices: { input: '1200.000001', cachedInput: '0.1', output: '3.5' } }],
    [
      { contextWindow: '', maxOutput: '' },
      { contextWindow: null, maxOutput: null },
    ],
    [{ sourceNote: '  ' }, { notes: '' }],
    [{ modelName: 'DeepSeek V3' }, { family: 'Other', group: 'comparison', modelId: 'deepseek-v3' }],
  ])('%j gives %j', (change, expected) => {
    const reading = read(change);
    expect(reading.ok && reading.route).toMatchObject(expected);
  });
});

describe("readCustomRoute: in the typist's locale", () => {
  // Rule: prices and limits are read as the user types them in their locale (see quantity.ts): a
  // decimal comma is a decimal comma, an ambiguous "1,000" in de-DE is refused with both readings.
  it.each([
    ['de-DE', { input: '0,95', output: '4,5', contextWindow: '262144', maxOutput: '16\u00A0000' }, true],
    ['fr-FR', { input: '0,95', output: '4,5', contextWindow: '262\u202F144', maxOutput: '16k' }, true],
    ['en-US', { input: '0.95', output: '4.5', contextWindow: '262,144', maxOutput: '16,000' }, false],
  ])('in %s, %j gives 0.95 / 4.5 and 262,144 / 16,000 (notes: %s)', (locale, change, noted) => {
    const draft = { ...DRAFT, ...change };
    const reading = readCustomRoute(draft, [], { ...CONTEXT, locale });
    expect(reading.ok && reading.route).toMatchObject({
      prices: { input: '0.95', output: '4.5' },
      contextWindow: 262_144,
      maxOutput: 16_000,
    });
    expect(customRouteNotes(draft, locale).input).toBe(noted ? 'Read as 0.95' : undefined);
  });

  it('refuses "1,000" for a price in de-DE, saying how it could be read', () => {
    expect(
      readCustomRoute({ ...DRAFT, output: '1,000', contextWindow: '262144' }, [], {
        ...CONTEXT,
        locale: 'de-DE',
      }),
    ).toEqual({
      ok: false,
      problems: [
        {
          field: 'output',
          message:
            '“1,000” could mean 1000 (comma between thousands) or 1 (decimal comma). Type 1000 or 1 instead.',
        },
      ],
    });
  });

  it('notes only the number fields that were reinterpreted', () => {
    const draft = {
      ...DRAFT,
      input: '0,8',
      cachedInput: '0.1',
      contextWindow: '1.000.000',
      sourceNote: '1,5',
    };
    expect(customRouteNotes(draft, 'de-DE')).toEqual({
      input: 'Read as 0.8',
      contextWindow: 'Read as 1000000',
    });
  });
});

describe('readCustomRoute: problems', () => {
  // Rule: every bad field is reported with its own message; nothing is saved.
  it.each([
    [{ modelName: '   ' }, 'modelName', 'Enter the model name.'],
    [{ providerName: '' }, 'providerName', 'Enter the provider name.'],
    [{ modelName: 'M'.repeat(121) }, 'modelName', 'Use at most 120 characters.'],
    [{ input: '' }, 'input', 'Enter a number.'],
    [{ output: 'cheap' }, 'output', '“cheap” is not a number. Type digits, e.g. 1000 or 2.5k.'],
    [{ input: '0.0000001' }, 'input', 'Use at most 6 decimal places.'],
    [{ cachedInput: '-1' }, 'cachedInput', 'Must be 0 or more.'],
    [{ output: '10001' }, 'output', 'Must be at most 10,000.'],
    [{ contextWindow: '0' }, 'contextWindow', 'Must be at least 1.'],
    [{ contextWindow: '1.5' }, 'contextWindow', 'Use a whole number.'],
    [{ maxOutput: '200,000,000' }, 'maxOutput', 'Must be at most 100,000,000.'],
    [
      { contextWindow: '8k', maxOutput: '16k' },
      'maxOutput',
      'Max output cannot be more than the context window (8,000).',
    ],
    [{ sourceNote: 'n'.repeat(2_001) }, 'sourceNote', 'Use at most 2,000 characters.'],
  ])('%j: %s says %j', (change, field, message) => {
    expect(read(change)).toEqual({ ok: false, problems: [{ field, message }] });
  });

  it('reports every bad field at once, in the form’s order', () => {
    const reading = readCustomRoute(EMPTY_CUSTOM_ROUTE_DRAFT, [], CONTEXT);
    expect(reading.ok ? [] : reading.problems.map((problem) => problem.field)).toEqual([
      'modelName',
      'providerName',
      'input',
      'output',
    ]);
  });
});

describe('hostile text', () => {
  // Rule: names and notes are plain text: markup stays literal, invisible characters go.
  it('keeps markup literal and strips control and direction-override characters', () => {
    const reading = read({
      modelName: '<img src=x onerror=alert(1)>',
      providerName: 'Evil\u202Ecorp\u0000',
      sourceNote: '<script>alert(1)</script>\n\nline two',
    });
    expect(reading.ok && reading.route).toMatchObject({
      id: 'custom-img-src-x-onerror-alert-1@evilcorp',
      modelName: '<img src=x onerror=alert(1)>',
      providerName: 'Evilcorp',
      notes: '<script>alert(1)</script> line two',
    });
  });

  it('names a route whose names have no Latin letters or digits', () => {
    const reading = read({ modelName: '月之暗面', providerName: '云' });
    expect(reading.ok && reading.route.id).toBe('custom-model@provider');
  });
});

describe('ids', () => {
  // Rule: ids are unique and stable: a taken id gets the first free suffix; editing keeps the id.
  it('adds the first free suffix when the id is taken', () => {
    const taken = [aRoute('custom-kimi-k2.6@my-host', {}), aRoute('custom-kimi-k2.6@my-host-2', {})];
    const reading = read({}, taken);
    expect(reading.ok && reading.route.id).toBe('custom-kimi-k2.6@my-host-3');
  });

  it('keeps the id of the route being edited, even when its names change', () => {
    const existing = [aRoute('custom-kimi-k2.6@my-host', {})];
    const reading = readCustomRoute({ ...DRAFT, providerName: 'Renamed' }, existing, {
      ...CONTEXT,
      editingId: 'custom-kimi-k2.6@my-host',
    });
    expect(reading.ok && [reading.route.id, reading.route.providerName]).toEqual([
      'custom-kimi-k2.6@my-host',
      'Renamed',
    ]);
  });

  it('survives an export and re-import without a rename', () => {
    const reading = read({ modelName: 'A'.repeat(120), providerName: 'B'.repeat(120) });
    if (!reading.ok) throw new Error('the draft should be valid');
    const reimported = readRateSheet(JSON.parse(exportRateSheet([reading.route])));
    expect(reimported.problems).toEqual([]);
    expect(reimported.routes).toEqual([reading.route]);
  });
});

describe('customRouteDate', () => {
  // Rule: today, unless it is unreadable or before the sheet's date (a wrong clock): then the sheet's date.
  it.each([
    ['2026-08-01', '2026-07-24', '2026-08-01'],
    ['2026-07-24', '2026-07-24', '2026-07-24'],
    ['2020-01-01', '2026-07-24', '2026-07-24'],
    ['', '2026-07-24', '2026-07-24'],
    ['2026-08', '2026-07-24', '2026-07-24'],
    ['2026-08-01', 'not a date', '2026-08-01'],
    ['', '', ''],
  ])('today %j, sheet %j → %j', (today, sheetDate, expected) => {
    expect(customRouteDate(today, sheetDate)).toBe(expected);
  });
});

describe('customRouteToDraft', () => {
  it('gives back the texts that make the same route', () => {
    const reading = read({});
    if (!reading.ok) throw new Error('the draft should be valid');
    const draft = customRouteToDraft(reading.route);
    expect(draft).toEqual({
      ...DRAFT,
      input: '0.8',
      cachedInput: '0.1',
      maxOutput: '16,000',
    });
    const again = readCustomRoute(draft, [reading.route], { ...CONTEXT, editingId: reading.route.id });
    expect(again).toEqual(reading);
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'pt-BR', 'en-IN'])(
    'gives texts that read back as the same route in %s (an untouched form saves it unchanged)',
    (locale) => {
      const route = aRoute(
        'custom-r@me',
        { input: '1.125', cachedInput: '0.125', output: '1234.5' },
        { contextWindow: 262_144, maxOutput: 1_000, notes: '' },
      );
      const draft = customRouteToDraft(route, locale);
      const again = readCustomRoute(draft, [route], { ...CONTEXT, locale, editingId: route.id });
      expect(again.ok && again.route).toMatchObject({
        prices: route.prices,
        contextWindow: 262_144,
        maxOutput: 1_000,
      });
    },
  );

  it('leaves absent figures empty', () => {
    const route = aRoute('r', { cachedInput: null }, { contextWindow: null, maxOutput: null, notes: '' });
    expect(customRouteToDraft(route)).toMatchObject({ cachedInput: '', contextWindow: '', maxOutput: '' });
  });
});
