import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { effectivePriceTexts } from './prices';
import {
  chooseReference,
  listReferences,
  parseSourceDate,
  plainText,
  priceAge,
  readSourceRef,
  safeLink,
  samePrices,
} from './provenance';
import type { Route, SourceRef } from './route';

/** Days since 1970-01-01 by the platform's calendar, to check the module's own arithmetic. */
function day(text: string): number {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

describe('parseSourceDate', () => {
  // Rule: YYYY, YYYY-MM and real YYYY-MM-DD dates are read as the span of days they could mean.
  it.each([
    ['2026-07-24', 'day', '2026-07-24', '2026-07-24'],
    ['2026-02', 'month', '2026-02-01', '2026-02-28'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['2000-02-29', 'day', '2000-02-29', '2000-02-29'],
  ])('%s is a %s from %s to %s', (text, precision, first, last) => {
    expect(parseSourceDate(text)).toEqual({ precision, firstDay: day(first), lastDay: day(last) });
  });

  // Rule: anything else is no date at all (never a guess).
  it.each([
    '',
    '2026-13',
    '2026-00',
    '2026-02-30',
    '1900-02-29',
    '1969-12-31',
    '26-07-24',
    '2026/07/24',
    ' 2026',
    '<=2026-07-05',
    'undated (2026)',
    null,
    20260724,
  ])('refuses %j', (text) => {
    expect(parseSourceDate(text)).toBeNull();
  });

  it('counts days like the calendar does, for any real day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1970, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(parseSourceDate(text)?.firstDay).toBe(day(text));
        },
      ),
    );
  });
});

describe('priceAge', () => {
  // Rule: possibly stale when the source date could be more than 90 days before today. Partial
  // source dates count from their first day; a partial today from its last day. The same price grows
  // stale as today moves on.
  it.each([
    ['2026-05-22', '2026-06-01', 'fresh', 10],
    ['2026-05-22', '2026-08-20', 'fresh', 90],
    ['2026-05-22', '2026-08-21', 'possibly-stale', 91],
    ['2026-05-22', '2026-12-01', 'possibly-stale', 193],
    ['2026-09-02', '2026-12-01', 'fresh', 90],
    ['2024-02-29', '2024-05-29', 'fresh', 90],
    ['2026-04-25', '2026-07-24', 'fresh', 90],
    ['2026-04-24', '2026-07-24', 'possibly-stale', 91],
    ['2026-07-24', '2026-07-24', 'fresh', 0],
    ['2026-08-01', '2026-07-24', 'fresh', -8],
    ['2026-05', '2026-07-24', 'fresh', 84],
    ['2026-04', '2026-07-24', 'possibly-stale', 114],
    ['2026-06', '2026-07-24', 'fresh', 53],
    ['2026', '2026-07-24', 'possibly-stale', 204],
    ['2026', '2026-02-15', 'fresh', 45],
    ['2026-04-20', '2026-07', 'possibly-stale', 102],
    ['2025-12-31', '2026', 'possibly-stale', 365],
  ])('a price from %s on %s is %s (at most %s days old)', (source, today, status, days) => {
    expect(priceAge(source, today)).toEqual({
      status,
      possiblyStale: status === 'possibly-stale',
      maxAgeDays: days,
    });
  });

  // Rule: an undated price (or an unreadable today) cannot be shown to be recent.
  it.each([
    ['', '2026-07-24'],
    ['sometime', '2026-07-24'],
    ['2026-07-01', ''],
  ])('%j on %j is undated and possibly stale', (source, today) => {
    expect(priceAge(source, today)).toEqual({ status: 'undated', possiblyStale: true, maxAgeDays: null });
  });

  it('never calls a full date fresh when it is more than 90 days old', () => {
    const anyDay = fc
      .integer({ min: 0, max: 2_900_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyDay, anyDay, (source, today) => {
        expect(priceAge(source, today).possiblyStale).toBe(day(today) - day(source) > 90);
      }),
    );
  });
});

describe('plainText', () => {
  // Rule: text from a file is shown as text: markup stays literal, direction-changing characters go,
  // other invisible characters become spaces, runs of spaces collapse, and long texts are cut with "…".
  it.each([
    ['<img src=x onerror=alert(1)>', 120, '<img src=x onerror=alert(1)>', false],
    ['Kimi\u0000K2\u0007', 120, 'Kimi K2', false],
    ['abc\u202Egnp.exe', 120, 'abcgnp.exe', false],
    ['  two\n\tlines  ', 120, 'two lines', false],
    ['lone \uD800 surrogate', 120, 'lone \uFFFD surrogate', false],
    ['x'.repeat(10_000), 10, `${'x'.repeat(9)}…`, true],
    [`${'x'.repeat(8)}😀😀`, 10, `${'x'.repeat(8)}…`, true],
  ])('%j (limit %s) → %j', (input, limit, text, cut) => {
    expect(plainText(input, limit)).toEqual({ text, cut });
  });
});

describe('safeLink', () => {
  // Rule: only absolute http(s) links without user names or passwords are kept.
  it.each([
    ['https://platform.moonshot.ai/docs/pricing', 'https://platform.moonshot.ai/docs/pricing'],
    ['  http://example.com/a?b=1#c  ', 'http://example.com/a?b=1#c'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['https://user:secret@evil.example/', null],
    ['https://trusted.example@evil.example/', null],
    ['//example.com/no-scheme', null],
    ['/relative/path', null],
    ['https://exa mple.com', null],
    ['https://example.com/\u0000', null],
    [`https://example.com/${'a'.repeat(3_000)}`, null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(safeLink(input)).toBe(expected);
  });
});

describe('readSourceRef', () => {
  const fallback: SourceRef = {
    label: 'Imported',
    url: null,
    date: '2026-09-01',
    dateMeaning: 'date imported',
  };

  // Rule: absent fields come from the fallback; a bad link or date refuses the source.
  it.each([
    [undefined, { ok: true, source: fallback, repairs: [] }],
    [
      { label: 'Moonshot pricing', url: 'https://platform.moonshot.ai/docs/pricing', date: '2026-03' },
      {
        ok: true,
        source: {
          label: 'Moonshot pricing',
          url: 'https://platform.moonshot.ai/docs/pricing',
          date: '2026-03',
          dateMeaning: 'date given in the imported file',
        },
        repairs: [],
      },
    ],
    [
      { label: 'x', date: '' },
      { ok: true, source: { ...fallback, label: 'x' }, repairs: [] },
    ],
    [
      { url: 'javascript:alert(1)' },
      { ok: false, reason: 'source.url is not an http(s) link without a password.' },
    ],
    [
      { date: '2026-02-30' },
      { ok: false, reason: 'source.date is not a date (YYYY-MM-DD, YYYY-MM or YYYY).' },
    ],
    [{ label: 42 }, { ok: false, reason: 'source.label and source.dateMeaning must be text.' }],
    ['a string', { ok: false, reason: 'source must be an object with a label, link and date.' }],
    [[1, 2], { ok: false, reason: 'source must be an object with a label, link and date.' }],
  ])('%j', (value, expected) => {
    expect(readSourceRef(value, fallback)).toEqual(expected);
  });

  it('cuts a long label and says so', () => {
    const reading = readSourceRef({ label: 'L'.repeat(10_000) }, fallback);
    expect(reading.ok && reading.source.label.length).toBe(200);
    expect(reading.ok && reading.repairs).toEqual(['source.label was cut to 200 characters.']);
  });
});

const SOURCE = (date: string, label = 'registry'): SourceRef => ({
  label,
  url: null,
  date,
  dateMeaning: 'checked',
});

/** K2.6 on Moonshot with the article's two figures, like the bundled sheet. */
const K26: Route = {
  ...makeRoute({
    modelId: 'kimi-k2.6',
    providerName: 'Moonshot AI',
    prices: { input: '0.95', cachedInput: '0.16', output: '4' },
  }),
  source: SOURCE('2026-05-22', 'genai-prices'),
  references: [
    {
      prices: { input: '0.55', cachedInput: null, output: '2.65' },
      source: SOURCE('2026', 'article'),
      note: 'one reference',
    },
    {
      prices: { input: '0.95', cachedInput: null, output: '4.00' },
      source: SOURCE('2026', 'article'),
      note: 'another guide',
    },
  ],
  disagrees: true,
};

describe('listReferences', () => {
  // Rule: the sheet's figure first, then each reference; the first whose prices are in force is in use;
  // typed prices matching none of them are added as "Your prices".
  it.each([
    ['no overrides: the sheet figure', undefined, ['sheet'], 3],
    [
      'the first article figure chosen',
      { input: '0.55', cachedInput: null, output: '2.65' },
      ['reference-0'],
      3,
    ],
    ['"4" and "4.00" are the same price', { cachedInput: null, output: '4' }, ['reference-1'], 3],
    ['prices that match no figure', { input: '0.5' }, ['custom'], 4],
  ] as const)('%s', (_name, overrides, inUse, count) => {
    const entries = listReferences(K26, overrides, '2026-07-24');
    expect(entries.filter((entry) => entry.inUse).map((entry) => entry.key)).toEqual(inUse);
    expect(entries).toHaveLength(count);
    const inForce = effectivePriceTexts(K26, overrides);
    for (const entry of entries) expect(entry.differsFromInUse).toBe(!samePrices(entry.prices, inForce));
  });

  // Rule: the figure the user chose is the one in use while its prices are in force, even when an
  // earlier source publishes the same figures; once other prices are in force, the first match is.
  const SAME_AS_SHEET: Route = {
    ...K26,
    references: [
      ...K26.references,
      {
        prices: { input: '0.95', cachedInput: '0.16', output: '4' },
        source: SOURCE('2026-06', 'litellm'),
        note: '',
      },
    ],
  };
  it.each([
    ['the chosen twin of the sheet', undefined, 'reference-2', 'reference-2'],
    ['nothing chosen', undefined, undefined, 'sheet'],
    ['chosen, then other prices typed', { input: '0.5' }, 'reference-2', 'custom'],
    [
      'chosen, then another figure in force',
      { cachedInput: null, output: '4.00' },
      'reference-2',
      'reference-1',
    ],
  ] as const)('%s: %s in use', (_name, overrides, chosen, inUse) => {
    const entries = listReferences(SAME_AS_SHEET, overrides, '2026-07-24', chosen);
    expect(entries.filter((entry) => entry.inUse).map((entry) => entry.key)).toEqual([inUse]);
  });

  it('dates every sourced figure against the sheet date', () => {
    const entries = listReferences(K26, { input: '0.5' }, '2026-07-24');
    expect(
      entries.map((entry) => [entry.key, entry.age?.status ?? null, entry.source?.label ?? null]),
    ).toEqual([
      ['sheet', 'fresh', 'genai-prices'],
      ['reference-0', 'possibly-stale', 'article'],
      ['reference-1', 'possibly-stale', 'article'],
      ['custom', null, null],
    ]);
  });
});

describe('chooseReference', () => {
  // Rule: choosing a figure stores only the prices that differ from the sheet, texts as published;
  // choosing the sheet's figure (or one equal to it) clears the overrides.
  it.each([
    ['sheet', { kind: 'use-sheet' }],
    ['reference-0', { kind: 'override', overrides: { input: '0.55', cachedInput: null, output: '2.65' } }],
    ['reference-1', { kind: 'override', overrides: { cachedInput: null } }],
    ['reference-2', { kind: 'unknown-reference' }],
    ['custom', { kind: 'unknown-reference' }],
  ] as const)('%s → %j', (key, expected) => {
    expect(chooseReference(K26, key)).toEqual(expected);
  });

  it('puts the chosen figure in use', () => {
    for (const [index] of K26.references.entries()) {
      const selection = chooseReference(K26, `reference-${index}`);
      const overrides = selection.kind === 'override' ? selection.overrides : undefined;
      const marked = listReferences(K26, overrides, '2026-07-24').find((entry) => entry.inUse);
      expect(samePrices(marked?.prices ?? K26.prices, K26.references[index]?.prices ?? K26.prices)).toBe(
        true,
      );
    }
  });

  it('clears the overrides when a reference repeats the sheet', () => {
    const route = {
      ...K26,
      references: [{ ...K26.references[0]!, prices: { input: '0.950', cachedInput: '0.16', output: '4' } }],
    };
    expect(chooseReference(route, 'reference-0')).toEqual({ kind: 'use-sheet' });
  });
});
