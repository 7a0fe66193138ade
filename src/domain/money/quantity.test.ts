import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberConventions } from './number-conventions';
import { fieldText, type QuantityRange, readQuantity } from './quantity';

const WHOLE = { min: 0, max: 1_000_000_000_000, maxDecimals: 0 };
const PERCENT = { min: 0, max: 100, maxDecimals: 2 };
const PRICE = { min: 0, max: 10_000, maxDecimals: 6 };

const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';

/** Locales whose decimal mark is a comma. */
const COMMA_LOCALES = ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ru-RU', 'pl-PL', 'nl-NL', 'it-IT', 'tr-TR'];
/** Locales whose decimal mark is a point and whose thousands mark is a comma. */
const POINT_LOCALES = ['en-US', 'en-IN'];
const ALL_LOCALES = [...POINT_LOCALES, ...COMMA_LOCALES];

function expectValue(text: string, range: QuantityRange, locale: string | null, value: number) {
  const reading = readQuantity(text, range, locale);
  expect(reading, `${JSON.stringify(text)} in ${locale}`).toMatchObject({ ok: true, value });
}

function expectRefused(text: string, range: QuantityRange, locale: string | null, message: string) {
  const reading = readQuantity(text, range, locale);
  expect(reading.ok, `${JSON.stringify(text)} in ${locale}`).toBe(false);
  expect(reading.ok ? '' : reading.message).toContain(message);
}

describe('numberConventions', () => {
  // Rule: the locale's own marks, from Intl, with Latin digits; an unknown locale is en-US.
  it.each([
    ['en-US', '.', ',', false],
    ['en-IN', '.', ',', true],
    ['de-DE', ',', '.', false],
    ['fr-FR', ',', NARROW_NBSP, false],
    ['es-ES', ',', '.', false],
    ['pt-BR', ',', '.', false],
    ['ru-RU', ',', NBSP, false],
    ['pl-PL', ',', NBSP, false],
    ['nl-NL', ',', '.', false],
    ['it-IT', ',', '.', false],
    ['tr-TR', ',', '.', false],
    ['not a locale!', '.', ',', false],
  ])(
    '%s writes decimals with %j and thousands with %j (Indian grouping: %s)',
    (locale, decimal, group, indian) => {
      expect(numberConventions(locale)).toEqual({ decimal, group, indianGrouping: indian });
    },
  );
});

describe('readQuantity: plain notation', () => {
  // Rule: plain digits with a decimal point, suffixes, exponents, "$" and "%" read the same everywhere,
  // and without a locale (machine text) too.
  it.each([
    ['1000', 1000, WHOLE],
    ['2.5k', 2500, WHOLE],
    ['1.5M', 1_500_000, WHOLE],
    ['2bn', 2_000_000_000, WHOLE],
    ['1T', 1_000_000_000_000, WHOLE],
    ['1e6', 1_000_000, WHOLE],
    ['2.5E-3', 0.0025, PRICE],
    ['  42 ', 42, WHOLE],
    ['0', 0, WHOLE],
    ['$0.95', 0.95, PRICE],
    ['0.95', 0.95, PRICE],
    ['12.5%', 12.5, PERCENT],
    ['33.33', 33.33, PERCENT],
    ['.5', 0.5, PRICE],
    ['1_000', 1000, WHOLE],
    ['1 000 000', 1_000_000, WHOLE],
  ])('%j → %s in every locale, with no note', (text, value, range) => {
    for (const locale of [null, ...ALL_LOCALES]) {
      const reading = readQuantity(text, range, locale);
      expect(reading, `${text} in ${locale}`).toMatchObject({ ok: true, value, note: null });
    }
  });
});

describe('readQuantity: a decimal comma where it cannot be a thousands separator', () => {
  // Rule: a comma followed by other than three digits, or after a leading 0, is a decimal comma,
  // in every locale; the reading says so ("Read as 0.95").
  it.each([
    ['0,95', 0.95, PRICE, 'Read as 0.95'],
    ['1,5', 1.5, PERCENT, 'Read as 1.5'],
    ['12,5 %', 12.5, PERCENT, 'Read as 12.5'],
    [`12,5${NARROW_NBSP}%`, 12.5, PERCENT, 'Read as 12.5'],
    ['0,950', 0.95, PRICE, 'Read as 0.950'],
    ['1234,567', 1234.567, PRICE, 'Read as 1234.567'],
    ['$0,083333', 0.083333, PRICE, 'Read as 0.083333'],
    ['0,95 $', 0.95, PRICE, 'Read as 0.95'],
    [',5', 0.5, PRICE, 'Read as 0.5'],
    ['1,5k', 1500, WHOLE, 'Read as 1.5k'],
    ['2,5e3', 2500, WHOLE, 'Read as 2.5e3'],
  ])('%j → %s (%s)', (text, value, range, note) => {
    for (const locale of ALL_LOCALES) {
      expect(readQuantity(text, range, locale), `${text} in ${locale}`).toMatchObject({
        ok: true,
        value,
        note,
      });
    }
  });
});

describe('readQuantity: two kinds of mark', () => {
  // Rule: when a number has two kinds of mark, the last is the decimal mark and the other groups
  // thousands, in groups of three. Grouping with a point or a space the way each locale writes it.
  it.each([
    ['de-DE', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['de-DE', '1.234.567,25', 1_234_567.25, 'Read as 1234567.25'],
    ['fr-FR', `1${NARROW_NBSP}000,5`, 1000.5, 'Read as 1000.5'],
    ['fr-FR', `1${NBSP}000,5`, 1000.5, 'Read as 1000.5'],
    ['fr-FR', '1 000,5', 1000.5, 'Read as 1000.5'],
    ['es-ES', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['pt-BR', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['ru-RU', `1${NBSP}000,5`, 1000.5, 'Read as 1000.5'],
    ['pl-PL', `9${NBSP}999,99`, 9999.99, 'Read as 9999.99'],
    ['nl-NL', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['it-IT', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['tr-TR', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['en-US', '1,000.5', 1000.5, null],
    ['en-US', '1.000,5', 1000.5, 'Read as 1000.5'],
    ['de-DE', '1,000.5', 1000.5, null],
    ['en-IN', '1,00,000.5', 100_000.5, null],
  ])('in %s, %j → %s', (locale, text, value, note) => {
    expect(readQuantity(text, { ...PRICE, max: 10_000_000 }, locale)).toMatchObject({
      ok: true,
      value,
      note,
    });
  });
});

describe('readQuantity: grouping', () => {
  // Rule: one mark used more than once only groups thousands; groups are of three digits (en-IN
  // also groups lakhs and crores in twos); any other grouping is refused.
  it.each([
    ['en-US', '1,000,000', 1_000_000, null],
    ['de-DE', '1.000.000', 1_000_000, 'Read as 1000000'],
    ['de-DE', '1,000,000', 1_000_000, null],
    ['fr-FR', `1${NARROW_NBSP}000${NARROW_NBSP}000`, 1_000_000, null],
    ['ru-RU', `25${NBSP}000`, 25_000, null],
    ['pl-PL', `250${NBSP}000`, 250_000, null],
    ['de-DE', "1'000'000", 1_000_000, null],
    ['en-IN', '10,00,000', 1_000_000, null],
    ['en-IN', '1,00,00,000', 10_000_000, null],
    ['en-IN', '1,000,000', 1_000_000, null],
    ['en-US', '1 000', 1000, null],
  ])('in %s, %j → %s', (locale, text, value, note) => {
    expect(readQuantity(text, WHOLE, locale)).toMatchObject({ ok: true, value, note });
  });

  it.each([
    ['en-US', '10,00,000'],
    ['de-DE', '1.00.000'],
    ['en-US', '1,0000,000'],
    ['fr-FR', '1 00'],
    ['en-US', '12 5'],
    ['de-DE', '1.000.00'],
    ['en-IN', '1,00,0000'],
  ])('in %s, %j is refused: groups of three', (locale, text) => {
    expectRefused(text, WHOLE, locale, 'between groups of three digits');
  });

  it.each([['1,000 000'], ['1.000 000,5'], ['1,,000'], ['1.,5'], ['_1000']])(
    'mixed or doubled marks %j are not a number',
    (text) => {
      for (const locale of ALL_LOCALES) expectRefused(text, WHOLE, locale, 'is not a number');
    },
  );
});

describe('readQuantity: one mark before three digits', () => {
  // Rule: "1,000" and "1.234" are read the locale's way where the locale says (en: a comma between
  // thousands, a decimal point). Where decimals are written with a comma they could mean either, so
  // they are refused with both readings and what to type instead.
  it.each([
    ['en-US', '1,000', 1000, WHOLE],
    ['en-US', '1,234', 1234, PRICE],
    ['en-US', '1.234', 1.234, PRICE],
    ['en-IN', '1,000', 1000, WHOLE],
    ['en-IN', '1.234', 1.234, PRICE],
    ['de-DE', '0,123', 0.123, PRICE],
    ['de-DE', '0.123', 0.123, PRICE],
  ])('in %s, %j → %s', (locale, text, value, range) => {
    expectValue(text, range, locale, value);
  });

  it.each(COMMA_LOCALES)('in %s, "1,000" and "1.234" are refused with both readings', (locale) => {
    expect(readQuantity('1,000', PRICE, locale)).toEqual({
      ok: false,
      message:
        '“1,000” could mean 1000 (comma between thousands) or 1 (decimal comma). Type 1000 or 1 instead.',
    });
    expect(readQuantity('1.234', PRICE, locale)).toEqual({
      ok: false,
      message:
        '“1.234” could mean 1234 (point between thousands) or 1.234 (decimal point). Type 1234 or 1.2340 instead.',
    });
  });

  // Rule: the advice offers only the readings the field can take, typed so they cannot be mistaken.
  it.each([
    ['1,500', 'Type 1500 or 1,5 instead.', PRICE],
    ['1.250', 'Type 1250 instead.', WHOLE],
    ['1,500', 'Type 1,5 instead.', PERCENT],
    ['12,345', 'Use at most 2 decimal places.', PERCENT],
    ['1,500k', '1500k (comma between thousands) or 1.5k (decimal comma). Type 1500k or 1,5k instead.', WHOLE],
    ['$2.500', 'Type 2500 or 2.5 instead.', PRICE],
  ])('in de-DE, %j is refused: %s', (text, message, range) => {
    expectRefused(text, range, 'de-DE', message);
  });
});

describe('readQuantity: refusals', () => {
  // Rule: anything else is refused with a message that says why; nothing throws.
  it.each([
    ['', 'Enter a number.'],
    ['abc', 'is not a number'],
    ['-5', 'Must be 0 or more.'],
    ['-0,5', 'Must be 0 or more.'],
    ['\u22125', 'Must be 0 or more.'],
    ['-+5', 'is not a number'],
    ['1.5', 'Use a whole number.'],
    ['1,5', 'Use a whole number.'],
    ['2000000000000', 'Must be at most 1,000,000,000,000.'],
    ['1e999', 'Must be at most'],
    ['NaN', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['1e3k', 'is not a number'],
    ['e6', 'is not a number'],
    ['.', 'is not a number'],
    [',', 'is not a number'],
    ['<script>', 'is not a number'],
    ['9'.repeat(100), 'too long'],
  ])('refuses %j', (text, message) => {
    expectRefused(text, WHOLE, 'en-US', message);
  });

  it.each([
    ['100,01', 'Must be at most 100.'],
    ['12,345 %', 'Use at most 2 decimal places.'],
    ['0,001', 'Use at most 2 decimal places.'],
  ])('a percentage %j in de-DE is refused: %s', (text, message) => {
    expectRefused(text, PERCENT, 'de-DE', message);
  });

  it('writes limits so they cannot be misread: grouped with spaces where "10,000" could be ten', () => {
    expectRefused('20000,5', PRICE, 'de-DE', `Must be at most 10${NBSP}000.`);
    expectRefused('20000.5', PRICE, 'en-US', 'Must be at most 10,000.');
    expectRefused('0,0000001', PRICE, 'fr-FR', 'Use at most 6 decimal places.');
  });
});

describe('readQuantity: strict, for machine text (links)', () => {
  // Rule: without a locale, only plain en notation is read; a text that would need a note is refused,
  // so a link never carries a reinterpreted number.
  it.each([
    ['1,000', 1000, WHOLE],
    ['1,000,000', 1_000_000, WHOLE],
    ['0.95', 0.95, PRICE],
    ['1.234', 1.234, PRICE],
    ['250k', 250_000, WHOLE],
  ])('%j → %s', (text, value, range) => {
    expectValue(text, range, null, value);
  });

  it.each([
    ['1,5', 'write 1.5'],
    ['0,95', 'write 0.95'],
    ['1.000.000', 'write 1000000'],
    ['1.000,5', 'write 1000.5'],
  ])('%j is refused: %s', (text, message) => {
    expectRefused(text, PRICE, null, message);
  });
});

describe('readQuantity: never silently a multiple of what was meant', () => {
  // Rule: a number written the way the locale writes it, or the way this app shows it (en), is read as
  // exactly that number or refused, never as another number.
  const amounts = fc
    .tuple(fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => units / 10 ** scale)
    .filter((value) => value <= PRICE.max);

  it.each(ALL_LOCALES)('in %s', (locale) => {
    const own = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
    const app = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(amounts, (value) => {
        for (const text of [own.format(value), app.format(value)]) {
          const reading = readQuantity(text, PRICE, locale);
          if (reading.ok) expect(reading.value, `${text} in ${locale}`).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads what the locale writes, whenever it is not ambiguous', () => {
    for (const locale of ALL_LOCALES) {
      const own = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
      for (const value of [0.95, 1.5, 12.5, 1000.5, 1_234_567.25, 9999.999999]) {
        expectValue(own.format(value), { ...PRICE, max: 10_000_000 }, locale, value);
      }
    }
  });
});

describe('fieldText', () => {
  // Rule: a field shows the app's en notation, except where the typist's locale could misread it on
  // the way back: there thousands are grouped with no-break spaces and a lone point before exactly
  // three decimals gets a fourth digit.
  it.each([
    ['en-US', '10,000', '10,000'],
    ['en-IN', '1,000,000', '1,000,000'],
    ['de-DE', '10,000', `10${NBSP}000`],
    ['de-DE', '1,234,567.5', `1${NBSP}234${NBSP}567.5`],
    ['de-DE', '1.125', '1.1250'],
    ['de-DE', '1.125%', '1.1250%'],
    ['de-DE', '0.125', '0.125'],
    ['de-DE', '1,000.125', `1${NBSP}000.125`],
    ['de-DE', '0.95', '0.95'],
    ['de-DE', '12.5%', '12.5%'],
    ['fr-FR', '262,144', `262${NBSP}144`],
    ['de-DE', '2026-09-01', '2026-09-01'],
    ['de-DE', '', ''],
  ])('in %s, %j is shown as %j', (locale, text, shown) => {
    expect(fieldText(text, locale)).toBe(shown);
  });

  it('reads back as the same value in every locale', () => {
    const app = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(...ALL_LOCALES),
        (micros, locale) => {
          const value = micros / 1_000_000;
          const shown = fieldText(app.format(value), locale);
          expect(readQuantity(shown, PRICE, locale), `${shown} in ${locale}`).toMatchObject({
            ok: true,
            value,
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
