/**
 * How a locale writes numbers, learned from Intl (the caller passes the locale in; the domain never
 * asks the browser). The rules, in words:
 * - The decimal mark is "," or "."; a locale whose mark is neither (none with Latin digits) counts as ".".
 * - The group mark is whatever the locale puts between thousands: "," (en), "." (de), a no-break or
 *   narrow no-break space (ru, fr), an apostrophe (de-CH), or '' when the locale has none.
 * - Indian grouping (en-IN: 12,34,567) is recognised so that "10,00,000" reads as a million there.
 * - An unknown or malformed locale falls back to en-US; nothing here throws.
 */

export interface NumberConventions {
  /** The locale's decimal mark. */
  readonly decimal: ',' | '.';
  /** The locale's thousands mark, as Intl writes it ('' when none). */
  readonly group: string;
  /** Groups of two above the thousands (en-IN). */
  readonly indianGrouping: boolean;
}

export const EN_US_CONVENTIONS: NumberConventions = { decimal: '.', group: ',', indianGrouping: false };

const cache = new Map<string, NumberConventions>();

function learn(locale: string): NumberConventions {
  let format: Intl.NumberFormat;
  try {
    // Latin digits, so that a locale with its own digits (ar-EG) still tells its marks for 0–9.
    format = new Intl.NumberFormat(locale, { numberingSystem: 'latn', useGrouping: true });
  } catch {
    return EN_US_CONVENTIONS;
  }
  // 1,234,567.5, not 1000.5: es-ES and pl-PL do not group a four-digit number.
  const parts = format.formatToParts(1_234_567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? '';
  const integerGroups = format
    .formatToParts(10_000_000)
    .filter((part) => part.type === 'integer')
    .map((part) => part.value.length);
  const indianGrouping = integerGroups.slice(1, -1).some((length) => length === 2);
  return { decimal, group, indianGrouping };
}

/** The number marks of a BCP 47 locale ("de-DE", "fr-FR", "en-IN"). */
export function numberConventions(locale: string): NumberConventions {
  const known = cache.get(locale);
  if (known) return known;
  const conventions = learn(locale);
  if (cache.size < 100) cache.set(locale, conventions);
  return conventions;
}
