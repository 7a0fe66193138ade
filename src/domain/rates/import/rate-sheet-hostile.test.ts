import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, IMPORT_OPTIONS, sheetOf } from '../../../testing/rate-sheet-samples';
import { parsePrice } from '../prices';
import { MAX_IMPORT_ENTRIES } from './rate-sheet-entries';
import { importRateSheetText, readRateSheet } from './rate-sheet-import';

const readOne = (entry: unknown) => readRateSheet(sheetOf(entry), IMPORT_OPTIONS);

describe('hostile files', () => {
  // Rule: whatever the file holds, reading returns a result; names stay text; long texts are cut.
  it('keeps markup as literal text and strips invisible characters', () => {
    const { routes } = readOne({
      ...APP_ENTRY,
      model: '<img src=x onerror=alert(1)>',
      provider: 'Evil\u202Ecorp\u0000',
      note: '<script>alert(1)</script>',
    });
    expect(routes[0]).toMatchObject({
      modelName: '<img src=x onerror=alert(1)>',
      providerName: 'Evilcorp',
      notes: '<script>alert(1)</script>',
      id: 'img-src-x-onerror-alert-1@evilcorp',
    });
  });

  it('cuts 10,000-character fields and says so', () => {
    const long = 'A'.repeat(10_000);
    const { routes, problems } = readOne({
      ...APP_ENTRY,
      model: long,
      note: long,
      source: { ...APP_ENTRY.source, label: long },
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
    const result = readRateSheet(sheetOf(...Array<unknown>(MAX_IMPORT_ENTRIES + 1).fill(0)));
    expect(result.problems[0]?.reason).toBe('Only the first 10000 of 10001 routes were read.');
    expect(result.problems).toHaveLength(MAX_IMPORT_ENTRIES + 1);
  });

  it('never throws, and every route it returns is usable', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(sheetOf(value, APP_ENTRY))),
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
      ...APP_ENTRY,
      provider: `Host ${index}`,
      note,
    }));
    const text = JSON.stringify(sheetOf(...routes));
    expect(text.length).toBeGreaterThan(10_000_000);
    const result = importRateSheetText(text, IMPORT_OPTIONS);
    expect(result.problems).toEqual([]);
    expect(new Set(result.routes.map((route) => route.id)).size).toBe(5_000);
  });
});
