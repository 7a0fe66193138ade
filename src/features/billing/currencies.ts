/**
 * Currencies offered for showing figures: US dollars (the prices' own currency), the yuan (Moonshot's
 * home market), the major currencies and those of the regions where Kimi routes are sold. Any other
 * ISO code already in the scenario is offered too.
 */
const CURRENCIES: readonly (readonly [code: string, name: string])[] = [
  ['USD', 'US dollar'],
  ['CNY', 'Chinese yuan'],
  ['EUR', 'Euro'],
  ['GBP', 'British pound'],
  ['JPY', 'Japanese yen'],
  ['HKD', 'Hong Kong dollar'],
  ['SGD', 'Singapore dollar'],
  ['KRW', 'South Korean won'],
  ['INR', 'Indian rupee'],
  ['CAD', 'Canadian dollar'],
  ['AUD', 'Australian dollar'],
  ['CHF', 'Swiss franc'],
];

/** The offered currencies, with `code` added when it is another valid ISO code. */
export function currencyChoices(code: string): readonly (readonly [string, string])[] {
  const known = CURRENCIES.some(([candidate]) => candidate === code);
  return known || !/^[A-Z]{3}$/.test(code) ? CURRENCIES : [...CURRENCIES, [code, code]];
}
