import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExactDecimal, toScaledInteger } from '../money/decimal';
import { type Money, roundToStep, UNITS_PER_CENT } from '../money/money';
import {
  DISPLAY_SCALE,
  type DisplayCurrency,
  describeDisplayCurrency,
  formatMinorUnits,
  formatMinorUnitsOf,
  minorUnitStep,
  toDisplayCurrency,
  USD,
} from './display-currency';
import { billsWithExtras, billWithExtras, totalWithExtras, type UsagePart } from './extras-bill';
import {
  type BillingExtras,
  type BillingExtrasInput,
  DEFAULT_BILLING_EXTRAS_INPUT,
  readBillingExtras,
  readExtrasField,
} from './extras-input';

/** Exact Money for a dollar text: usd('1.90'). */
const usd = (text: string): Money => toScaledInteger(parseExactDecimal(text)!, 24)!;

const extrasOf = (input: Partial<BillingExtrasInput>): BillingExtras => {
  const { extras, problems } = readBillingExtras({ ...DEFAULT_BILLING_EXTRAS_INPUT, ...input });
  expect(problems).toEqual([]);
  return extras;
};

/** The seed article's bill: 2M input tokens at $0.95 and 0.5M output tokens at $4.00. */
const ARTICLE_PARTS: UsagePart[] = [
  { key: 'input', label: 'Input', amount: usd('1.90') },
  { key: 'output', label: 'Output', amount: usd('2.00') },
];

const shown = (parts: readonly UsagePart[], provider: string, extras: BillingExtras) => {
  const bill = billWithExtras(parts, provider, extras);
  return { lines: bill.lines.map((line) => `${line.label} ${line.text}`), total: bill.total };
};

describe('readBillingExtras', () => {
  it('reads typed percentages, rates and amounts exactly', () => {
    const extras = extrasOf({
      platformFeePercent: { OpenRouter: '5.5', 'Moonshot AI': '0' },
      taxEnabled: true,
      taxPercent: '19%',
      currency: { code: 'eur', perUsd: '0.921234', date: '2026-09-01' },
      minimumRechargeUsd: { 'Moonshot AI': '$5' },
      promotionalCreditUsd: '1.25',
    });
    expect(extras.platformFees).toEqual(new Map([['OpenRouter', 550n]]));
    expect(extras.taxHundredths).toBe(1900n);
    expect(extras.currency).toEqual({
      code: 'EUR',
      microPerUsd: 921_234n,
      perUsd: '0.921234',
      date: '2026-09-01',
      fractionDigits: 2,
    });
    expect(extras.minimumRecharge).toEqual(new Map([['Moonshot AI', usd('5')]]));
    expect(extras.promotionalCredit).toBe(usd('1.25'));
  });

  it('ignores the tax percentage while tax is off, and USD at any rate is plain USD', () => {
    const extras = extrasOf({ taxPercent: '20', currency: { code: 'usd', perUsd: '3', date: '' } });
    expect(extras.taxHundredths).toBe(0n);
    expect(extras.currency).toBe(USD);
  });

  // Rule: an unreadable field is left out (no fee, no tax, no conversion) and reported, never thrown.
  it.each([
    [{ platformFeePercent: { OpenRouter: 'abc' } }, 'platformFee:OpenRouter', /not a number/],
    [{ platformFeePercent: { OpenRouter: '-5' } }, 'platformFee:OpenRouter', /0 or more/],
    [{ platformFeePercent: { OpenRouter: '101' } }, 'platformFee:OpenRouter', /at most 100/],
    [{ platformFeePercent: { OpenRouter: '5.555' } }, 'platformFee:OpenRouter', /2 decimal/],
    [{ taxEnabled: true, taxPercent: 'NaN' }, 'tax', /not a number/],
    [{ taxEnabled: true, taxPercent: 'Infinity' }, 'tax', /not a number/],
    [{ currency: { code: '€', perUsd: '0.92', date: '2026-09-01' } }, 'currency', /three-letter/],
    [{ currency: { code: 'EUR', perUsd: '0', date: '2026-09-01' } }, 'exchangeRate', /at least/],
    [{ currency: { code: 'EUR', perUsd: '0.1234567', date: '2026-09-01' } }, 'exchangeRate', /6 decimal/],
    [{ currency: { code: 'EUR', perUsd: '', date: '2026-09-01' } }, 'exchangeRate', /how many EUR/],
    [{ minimumRechargeUsd: { Moonshot: 'five' } }, 'recharge:Moonshot', /not a number/],
    [{ promotionalCreditUsd: '-1' }, 'credit', /0 or more/],
    [{ promotionalCreditUsd: 'x'.repeat(10_000) }, 'credit', /too long/],
  ] as const)('%j → a problem with %s', (input, field, message) => {
    const { extras, problems } = readBillingExtras({ ...DEFAULT_BILLING_EXTRAS_INPUT, ...input });
    expect(problems).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(extras.platformFees.size).toBe(0);
    expect(extras.taxHundredths).toBe(0n);
    expect(extras.promotionalCredit).toBe(0n);
    expect(extras.currency).toBe(USD);
  });

  it('converts without a readable date, and says the date is missing', () => {
    const { extras, problems } = readBillingExtras({
      ...DEFAULT_BILLING_EXTRAS_INPUT,
      currency: { code: 'CNY', perUsd: '7.2', date: 'yesterday' },
    });
    expect(extras.currency).toMatchObject({ code: 'CNY', microPerUsd: 7_200_000n, date: null });
    expect(problems).toEqual([{ field: 'rateDate', message: expect.stringMatching(/date/) }]);
  });
});

describe('readExtrasField', () => {
  // Rule: a field is read as typed, in the typist's locale, and kept in plain notation, which is what
  // the scenario and its link hold; empty is none. A date must be on the calendar.
  it.each([
    ['percent', '5,5', 'de-DE', '5.5', 'Read as 5.5'],
    ['percent', '5.5', 'en-US', '5.5', null],
    ['percent', '19 %', 'fr-FR', '19', null],
    ['percent', '12,50', 'en-US', '12.5', 'Read as 12.50'],
    ['usd', '$1,000', 'en-US', '1000', null],
    ['usd', '1.000,50', 'de-DE', '1000.5', 'Read as 1000.50'],
    ['usd', '2\u00A0500', 'ru-RU', '2500', null],
    ['exchangeRate', '0,92', 'pt-BR', '0.92', 'Read as 0.92'],
    ['exchangeRate', '147.25', 'en-IN', '147.25', null],
    ['rateDate', ' 2026-09-01 ', 'de-DE', '2026-09-01', null],
    ['rateDate', '2026-09', 'de-DE', '2026-09', null],
    ['percent', '', 'de-DE', '', null],
    ['rateDate', '  ', 'de-DE', '', null],
  ] as const)('%s %j in %s keeps %j', (kind, text, locale, kept, note) => {
    expect(readExtrasField(kind, text, locale)).toEqual({ ok: true, text: kept, note });
  });

  it.each([
    ['percent', '1,000', 'de-DE', 'could mean 1000 (comma between thousands) or 1 (decimal comma)'],
    ['percent', '101', 'en-US', 'Must be at most 100.'],
    ['usd', '-5', 'en-US', 'Must be 0 or more.'],
    ['exchangeRate', '0', 'en-US', 'Must be at least 0.000001.'],
    ['rateDate', '2026-13-45', 'en-US', 'There is no month 13: months run from 01 to 12.'],
    ['rateDate', '2026-02-30', 'en-US', 'February 2026 has 28 days: there is no day 30.'],
    ['rateDate', '01.09.2026', 'de-DE', 'is not a date'],
  ] as const)('%s %j in %s is refused: %s', (kind, text, locale, message) => {
    const reading = readExtrasField(kind, text, locale);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? '' : reading.message).toContain(message);
  });

  it('a rate date off the calendar in a link is reported, and the rate applies undated', () => {
    const { extras, problems } = readBillingExtras({
      ...DEFAULT_BILLING_EXTRAS_INPUT,
      currency: { code: 'EUR', perUsd: '0.92', date: '2026-13-45' },
    });
    expect(extras.currency).toMatchObject({ code: 'EUR', microPerUsd: 920_000n, date: null });
    expect(problems).toEqual([
      { field: 'rateDate', message: 'There is no month 13: months run from 01 to 12.' },
    ]);
  });

  it('reads a link\'s texts strictly: "5,5" is refused, not read as 55', () => {
    const { extras, problems } = readBillingExtras({
      ...DEFAULT_BILLING_EXTRAS_INPUT,
      platformFeePercent: { OpenRouter: '5,5' },
    });
    expect(extras.platformFees.size).toBe(0);
    expect(problems).toEqual([
      { field: 'platformFee:OpenRouter', message: expect.stringContaining('write 5.5') },
    ]);
  });
});

describe('billWithExtras: exact to the cent', () => {
  // Rule: fee = usage × fee % (that provider only); tax = (usage + fee) × tax %; all × exchange rate.
  // Usage lines are rounded by the largest remainder to the rounded usage; the fee line is what the fee
  // adds to the rounded total, then the tax line what tax adds, so the lines add up to the rounded
  // exact total and switching tax on never moves the fee line.
  // Hand-computed from $1.90 input + $2.00 output = $3.90 of usage.
  it.each([
    {
      name: 'no extras',
      input: {},
      provider: 'OpenRouter',
      lines: ['Input $1.90', 'Output $2.00'],
      total: '$3.90',
    },
    {
      // fee 3.90 × 5.5 % = 0.2145; total 4.1145 → $4.11
      name: 'OpenRouter’s 5.5 % fee on an OpenRouter route',
      input: { platformFeePercent: { OpenRouter: '5.5' } },
      provider: 'OpenRouter',
      lines: ['Input $1.90', 'Output $2.00', 'Platform fee (5.5%) $0.21'],
      total: '$4.11',
    },
    {
      // tax (3.90 + 0.2145) × 20 % = 0.8229; total 4.9374 → $4.94; before tax $4.11, so the fee stays
      // $0.21 (as without tax) and tax is $4.94 − $4.11 = $0.83
      name: 'fee and 20 % tax',
      input: { platformFeePercent: { OpenRouter: '5.5' }, taxEnabled: true, taxPercent: '20' },
      provider: 'OpenRouter',
      lines: ['Input $1.90', 'Output $2.00', 'Platform fee (5.5%) $0.21', 'Tax (20%) $0.83'],
      total: '$4.94',
    },
    {
      // OpenRouter's fee does not touch Moonshot: tax 3.90 × 20 % = 0.78
      name: 'another provider’s fee does not apply',
      input: { platformFeePercent: { OpenRouter: '5.5' }, taxEnabled: true, taxPercent: '20' },
      provider: 'Moonshot AI',
      lines: ['Input $1.90', 'Output $2.00', 'Tax (20%) $0.78'],
      total: '$4.68',
    },
    {
      // × 7.2: 13.68 + 14.40 + 1.5444 + 5.92488 = 35.54928 → 35.55; the tax's remainder (0.488) gets the fen
      name: 'fee and tax in CNY at 7.2',
      input: {
        platformFeePercent: { OpenRouter: '5.5' },
        taxEnabled: true,
        taxPercent: '20',
        currency: { code: 'CNY', perUsd: '7.2', date: '2026-09-01' },
      },
      provider: 'OpenRouter',
      lines: ['Input CNY 13.68', 'Output CNY 14.40', 'Platform fee (5.5%) CNY 1.54', 'Tax (20%) CNY 5.93'],
      total: 'CNY 35.55',
    },
    {
      // × 0.92: 1.748 + 1.84 + tax 0.68172 = 4.26972 → 4.27; the input's remainder (0.8) gets the cent
      name: 'EUR at 0.92 with 19 % VAT',
      input: {
        taxEnabled: true,
        taxPercent: '19',
        currency: { code: 'EUR', perUsd: '0.92', date: '2026-09' },
      },
      provider: 'Moonshot AI',
      lines: ['Input EUR 1.75', 'Output EUR 1.84', 'Tax (19%) EUR 0.68'],
      total: 'EUR 4.27',
    },
    {
      // JPY has no minor unit: 285 + 300
      name: 'JPY at 150',
      input: { currency: { code: 'JPY', perUsd: '150', date: '2026-09-01' } },
      provider: 'Moonshot AI',
      lines: ['Input JPY 285', 'Output JPY 300'],
      total: 'JPY 585',
    },
  ])('$name', ({ input, provider, lines, total }) => {
    expect(shown(ARTICLE_PARTS, provider, extrasOf(input))).toEqual({ lines, total });
  });

  // Rule: the fee is applied once: 10 % on $100 is $110, not $121; with 10 % tax on top, $121.
  it.each([
    [{ platformFeePercent: { P: '10' } }, '$110.00'],
    [{ platformFeePercent: { P: '10' }, taxEnabled: true, taxPercent: '10' }, '$121.00'],
    [{ platformFeePercent: { P: '100' } }, '$200.00'],
  ])('%j on $100 → %s', (input, total) => {
    const parts = [
      { key: 'input', label: 'Input', amount: usd('60') },
      { key: 'output', label: 'Output', amount: usd('40') },
    ];
    expect(billWithExtras(parts, 'P', extrasOf(input)).total).toBe(total);
  });
});

describe('minimum recharge', () => {
  // Rule: months = recharge ÷ monthly bill (fee and tax included), in tenths rounded down.
  it.each([
    ['5', {}, '1.2 months'], // 5 ÷ 3.90 = 1.28
    ['10', {}, '2.5 months'], // 10 ÷ 3.90 = 2.56, never rounded up
    ['5', { taxEnabled: true, taxPercent: '20' }, '1 month'], // 5 ÷ 4.68 = 1.07
    ['0.01', {}, 'under 0.1 months'],
    ['3.90', {}, '1 month'],
  ])('a $%s top-up with %j covers %s', (recharge, input, months) => {
    const extras = extrasOf({ ...input, minimumRechargeUsd: { 'Moonshot AI': recharge } });
    expect(billWithExtras(ARTICLE_PARTS, 'Moonshot AI', extras).recharge?.months).toBe(months);
  });

  it('lasts indefinitely when the scenario costs nothing, and is absent for other providers', () => {
    const extras = extrasOf({ minimumRechargeUsd: { 'Moonshot AI': '5' } });
    expect(billWithExtras([], 'Moonshot AI', extras).recharge).toEqual({
      rechargeMinor: 500n,
      recharge: '$5.00',
      monthsTenths: null,
      months: 'indefinitely',
      sentence: 'One top-up of $5.00 is never used up: this scenario costs nothing here.',
    });
    expect(billWithExtras(ARTICLE_PARTS, 'Moonshot AI', extras).recharge?.sentence).toBe(
      'One top-up of $5.00 covers 1.2 months of this scenario.',
    );
    expect(billWithExtras(ARTICLE_PARTS, 'OpenRouter', extras).recharge).toBeNull();
  });
});

describe('promotional credit', () => {
  // Rule: shown on its own line; the steady-state monthly cost excludes it unless the user includes it,
  // and then it never takes the figure below zero.
  it.each([
    ['5', false, '$5.00', '$3.90'],
    ['5', true, '$5.00', '$0.00'],
    ['1', true, '$1.00', '$2.90'],
    ['', true, null, '$3.90'],
  ])('a $%j credit, included: %s → credit %s, headline %s', (credit, include, creditText, headline) => {
    const bill = billWithExtras(
      ARTICLE_PARTS,
      'Moonshot AI',
      extrasOf({ promotionalCreditUsd: credit, includePromotionalCredit: include }),
    );
    expect(bill.promotionalCredit?.text ?? null).toBe(creditText);
    expect(bill.headline).toBe(headline);
    expect(bill.total).toBe('$3.90');
  });

  // Rule: a counted credit takes off what one month uses (total − headline); the rest carries over.
  it.each([
    { credit: '5', include: true, used: '−$3.90', left: '$1.10' },
    { credit: '1', include: true, used: '−$1.00', left: '$0.00' },
    { credit: '5', include: false, used: '−$0.00', left: '$5.00' },
  ])(
    'a $credit credit, included: $include, uses $used and leaves $left',
    ({ credit, include, used, left }) => {
      const extras = extrasOf({ promotionalCreditUsd: credit, includePromotionalCredit: include });
      const shownCredit = billWithExtras(ARTICLE_PARTS, 'Moonshot AI', extras).promotionalCredit;
      expect([shownCredit?.usedText, shownCredit?.leftText]).toEqual([used, left]);
    },
  );

  it('is spent once: only the first of several bills carries it', () => {
    const extras = extrasOf({ promotionalCreditUsd: '5', includePromotionalCredit: true });
    const usage = [
      { parts: ARTICLE_PARTS, providerName: 'Moonshot AI' },
      { parts: ARTICLE_PARTS, providerName: 'Other' },
    ];
    expect(billsWithExtras(usage, extras).map(({ bill }) => bill.headline)).toEqual(['$0.00', '$3.90']);
  });
});

describe('describeDisplayCurrency', () => {
  // Rule: US dollars unless another currency's rate is given; the rate and its date are said.
  it.each([
    { currency: USD, typed: false, expected: 'Figures in US dollars.' },
    { currency: USD, typed: true, expected: 'Figures stay in US dollars until the exchange rate is given.' },
    {
      currency: { ...USD, code: 'EUR', perUsd: '0.92', date: '2026-11-28' },
      typed: true,
      expected: 'Figures in EUR at 0.92 EUR per US dollar, rate of 2026-11-28.',
    },
    {
      currency: { ...USD, code: 'EUR', perUsd: '0.92', date: null },
      typed: true,
      expected: 'Figures in EUR at 0.92 EUR per US dollar, rate date not given.',
    },
  ])('$expected', ({ currency, typed, expected }) => {
    expect(describeDisplayCurrency(currency, typed)).toBe(expected);
  });
});

describe('formatMinorUnitsOf', () => {
  // Rule: an amount that is more than nothing but rounds to no minor unit reads "< " and one minor unit.
  const cent = minorUnitStep(USD);
  it.each([
    [0n, 0n, USD, '$0.00'],
    [0n, cent / 3n, USD, '< $0.01'],
    [0n, cent / 3n, { ...USD, code: 'CNY' }, '< CNY 0.01'],
    [0n, 1n, { ...USD, code: 'JPY', fractionDigits: 0 }, '< JPY 1'],
    [1n, cent / 3n, USD, '$0.01'],
  ])('%s minor units of exact %s → %s', (minor, exact, currency, text) => {
    expect(formatMinorUnitsOf(minor, exact, currency as DisplayCurrency)).toBe(text);
  });
});

describe('formatMinorUnits', () => {
  it.each([
    [390n, USD, '$3.90'],
    [123456789n, USD, '$1,234,567.89'],
    [-5n, USD, '-$0.05'],
    [3555n, { ...USD, code: 'CNY' }, 'CNY 35.55'],
    [585n, { ...USD, code: 'JPY', fractionDigits: 0 }, 'JPY 585'],
  ])('%s → %s', (minor, currency, text) => {
    expect(formatMinorUnits(minor, currency as DisplayCurrency)).toBe(text);
  });
});

const money = fc.bigInt({ min: 0n, max: 10n ** 32n });
const hundredths = fc.bigInt({ min: 0n, max: 10_000n });
const rate = fc.bigInt({ min: 1n, max: 10n ** 13n });
const currencyOf = (microPerUsd: bigint, fractionDigits: number): DisplayCurrency => ({
  code: 'XTS',
  microPerUsd,
  perUsd: null,
  date: null,
  fractionDigits,
});
const extrasWith = (fee: bigint, tax: bigint, currency: DisplayCurrency = USD): BillingExtras => ({
  platformFees: new Map([['P', fee]]),
  taxHundredths: tax,
  currency,
  minimumRecharge: new Map(),
  promotionalCredit: 0n,
  includePromotionalCredit: false,
});

describe('laws of the extras', () => {
  it('applies fee and tax once, exactly: total = usage × (1 + fee) × (1 + tax) × rate', () => {
    fc.assert(
      fc.property(money, hundredths, hundredths, rate, (usage, fee, tax, perUsd) => {
        const exact = totalWithExtras(usage, 'P', extrasWith(fee, tax, currencyOf(perUsd, 2)));
        expect(exact).toBe(usage * (10_000n + fee) * (10_000n + tax) * perUsd);
        const plain = toDisplayCurrency(usage, currencyOf(perUsd, 2));
        expect(totalWithExtras(usage, 'another provider', extrasWith(fee, 0n, currencyOf(perUsd, 2)))).toBe(
          plain,
        );
        expect(plain).toBe((usage * perUsd * DISPLAY_SCALE) / 1_000_000n);
      }),
    );
  });

  it('is monotone in the fee, the tax and the usage', () => {
    fc.assert(
      fc.property(money, money, hundredths, hundredths, hundredths, hundredths, (u1, u2, f1, f2, t1, t2) => {
        const [uLow, uHigh] = u1 <= u2 ? [u1, u2] : [u2, u1];
        const [fLow, fHigh] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const [tLow, tHigh] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const bill = (u: bigint, f: bigint, t: bigint) =>
          billWithExtras([{ key: 'usage', label: 'Usage', amount: u }], 'P', extrasWith(f, t)).totalMinor;
        expect(bill(uLow, fLow, tLow) <= bill(uLow, fHigh, tLow)).toBe(true);
        expect(bill(uLow, fLow, tLow) <= bill(uLow, fLow, tHigh)).toBe(true);
        expect(bill(uLow, fLow, tLow) <= bill(uHigh, fLow, tLow)).toBe(true);
      }),
    );
  });

  it('shows lines that add up to the total shown, which is the exact total rounded', () => {
    fc.assert(
      fc.property(
        fc.array(money, { maxLength: 4 }),
        hundredths,
        hundredths,
        rate,
        fc.constantFrom(0, 2, 3),
        (amounts, fee, tax, perUsd, digits) => {
          const currency = currencyOf(perUsd, digits);
          const parts = amounts.map((amount, index) => ({
            key: `p${index}`,
            label: `Part ${index}`,
            amount,
          }));
          const bill = billWithExtras(parts, 'P', extrasWith(fee, tax, currency));
          expect(bill.lines.reduce((sum, line) => sum + line.minor, 0n)).toBe(bill.totalMinor);
          expect(bill.totalMinor).toBe(roundToStep(bill.exactTotal, minorUnitStep(currency)));
        },
      ),
    );
  });

  it('keeps every line above the tax where it was when tax is switched on, each within a minor unit of its exact amount', () => {
    fc.assert(
      fc.property(
        fc.array(money, { minLength: 1, maxLength: 4 }),
        hundredths,
        hundredths,
        (amounts, fee, tax) => {
          const parts = amounts.map((amount, index) => ({
            key: `p${index}`,
            label: `Part ${index}`,
            amount,
          }));
          const withoutTax = billWithExtras(parts, 'P', extrasWith(fee, 0n));
          const withTax = billWithExtras(parts, 'P', extrasWith(fee, tax));
          const before = withoutTax.lines.map((line) => line.minor);
          expect(withTax.lines.slice(0, before.length).map((line) => line.minor)).toEqual(before);
          const step = minorUnitStep(USD);
          const feeLine = withTax.lines.find((line) => line.key === 'platformFee');
          if (feeLine) {
            const exactFee = amounts.reduce((sum, amount) => sum + amount, 0n) * fee * 10_000n * 1_000_000n;
            const distance = feeLine.minor * step - exactFee;
            expect(distance < step && distance > -step).toBe(true);
          }
        },
      ),
    );
  });

  it('is plain USD rounding when there are no extras', () => {
    fc.assert(
      fc.property(money, (amount) => {
        const bill = billWithExtras([{ key: 'usage', label: 'Usage', amount }], 'P', extrasWith(0n, 0n));
        expect(bill.totalMinor).toBe(roundToStep(amount, UNITS_PER_CENT));
        expect(bill.lines).toHaveLength(1);
      }),
    );
  });
});
