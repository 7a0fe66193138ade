/**
 * Reading numbers typed by people. The rules, in words:
 * - A suffix k, M, B (or bn) or T multiplies by a thousand, million, billion, trillion: "2.5M";
 *   scientific notation works: "1e6"; a leading "$" or a trailing "%" (or "$") is ignored, so pasted
 *   prices and rates are accepted: "$0.95", "12,5 %".
 * - Digits may be grouped, but only in groups of three (en-IN also 12,34,567): "1,000,000",
 *   "1 000 000" (with any space, the no-break spaces of fr-FR and ru-RU included), "1_000", "1'000".
 * - A comma that cannot be a thousands separator is a decimal comma: "0,95" is 0.95, "1,5" is 1.5,
 *   "1,0000" is 1. When a number has two kinds of mark, the last one is the decimal mark: "1.000,5"
 *   and "1 000,5" are 1000.5, "1,000.5" too. One mark used twice only groups: "1.000.000".
 * - One "," or "." followed by exactly three digits ("1,000", "1.234") is read the locale's way when
 *   the locale says: in en-US "1,000" is a thousand and "1.234" a decimal. Where the locale writes
 *   decimals with a comma (de-DE, fr-FR, …) it could be either, and is refused with a message that
 *   gives both readings and what to type instead. A value is never silently 10× or 1000× what was meant.
 * - When the text was read differently from plain "1234.5" notation (a decimal comma, a point between
 *   thousands), the reading carries a note, "Read as 0.95", for the field to show.
 * - Without a locale the reader is strict, for machine text such as links: plain en notation only,
 *   and anything that would need a note is refused.
 * - A field shows the app's own notation (en, "10,000") so that it reads back as the same value in the
 *   typist's locale: where a comma could be a decimal comma, thousands are grouped with no-break
 *   spaces ("10 000") and a lone point before three decimals gets a fourth ("1.125" → "1.1250").
 * - Anything else, negatives, values outside the field's range and more decimals than the field
 *   takes are refused with a message that says why. Nothing here throws.
 */
import { type ExactDecimal, parseExactDecimal, toScaledInteger } from './decimal';
import { EN_US_CONVENTIONS, type NumberConventions, numberConventions } from './number-conventions';

export interface QuantityRange {
  readonly min: number;
  readonly max: number;
  /** Decimal places the field accepts: 0 for whole counts. */
  readonly maxDecimals: number;
}

export type QuantityReading =
  | {
      readonly ok: true;
      readonly value: number;
      readonly exact: ExactDecimal;
      /** How the text was read when that is not plain notation ("Read as 0.95"), else null. */
      readonly note: string | null;
    }
  | { readonly ok: false; readonly message: string };

const SUFFIXES: Record<string, number> = { k: 3, m: 6, b: 9, bn: 9, t: 12 };
const MAX_TEXT_LENGTH = 40;

interface Pieces {
  readonly sign: '' | '-';
  readonly mantissa: string;
  /** The exponent as typed after "e" ("6", "-3"), or null. */
  readonly exponent: string | null;
  readonly suffix: string | null;
}

/** What follows the mantissa, as a reading shows it: "e6", "k". */
function tailOf(pieces: Pieces): string {
  return pieces.exponent !== null ? `e${pieces.exponent}` : (pieces.suffix ?? '');
}

/** Splits off the sign, "$", "%", an exponent and a suffix; null when the text cannot be a number. */
function splitPieces(text: string): Pieces | null {
  let body = text.replace(/\s*%$/, '').replace(/\s*\$$/, '');
  const lead = /^([+\-\u2212]?)\s*(\$?)\s*([+\-\u2212]?)\s*/.exec(body);
  const before = lead?.[1] ?? '';
  const after = lead?.[3] ?? '';
  if (before !== '' && after !== '') return null;
  const sign = before || after;
  body = body.slice(lead?.[0].length ?? 0);
  const suffixMatch = /\s*(bn|[kmbt])$/i.exec(body);
  const suffix = suffixMatch ? (suffixMatch[1] ?? '') : null;
  if (suffixMatch) body = body.slice(0, suffixMatch.index);
  const exponentMatch = /[eE]([+-]?\d{1,3})$/.exec(body);
  const exponent = exponentMatch ? (exponentMatch[1] ?? '') : null;
  if (exponentMatch) body = body.slice(0, exponentMatch.index);
  if (exponent !== null && suffix !== null) return null;
  if (!/^[\d.,\s'\u2019_]+$/.test(body)) return null;
  return { sign: sign === '+' || sign === '' ? '' : '-', mantissa: body, exponent, suffix };
}

type MantissaReading =
  | { readonly kind: 'plain'; readonly digits: string; readonly reinterpreted: boolean }
  | { readonly kind: 'ambiguous'; readonly mark: ',' | '.'; readonly lead: string; readonly fraction: string }
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'badly-grouped' };

function wellGrouped(groups: readonly string[], conventions: NumberConventions): boolean {
  const [lead = '', ...rest] = groups;
  if (/^[1-9]\d{0,2}$/.test(lead) && rest.every((group) => /^\d{3}$/.test(group))) return true;
  if (!conventions.indianGrouping || !/^[1-9]\d?$/.test(lead)) return false;
  const last = rest[rest.length - 1] ?? '';
  return /^\d{3}$/.test(last) && rest.slice(0, -1).every((group) => /^\d{2}$/.test(group));
}

/** Reads digits and marks: which mark (if any) is the decimal one, and whether the grouping holds. */
function readMantissa(text: string, conventions: NumberConventions): MantissaReading {
  const pieces = text
    .replace(/\s/g, ' ')
    .replace(/\u2019/g, "'")
    .split(/([.,' _])/);
  const groups = pieces.filter((_, index) => index % 2 === 0);
  const marks = pieces.filter((_, index) => index % 2 === 1);
  if (!groups.some((group) => group !== '')) return { kind: 'not-a-number' };
  const last = marks[marks.length - 1];
  let decimalAt: number | null = null;
  if ((last === '.' || last === ',') && !marks.slice(0, -1).includes(last)) {
    const lead = groups[0] ?? '';
    const fraction = groups[1] ?? '';
    const couldGroup = marks.length === 1 && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(lead);
    if (!couldGroup) decimalAt = marks.length - 1;
    else if (last === '.' && conventions.decimal === '.') decimalAt = 0;
    else if (last === ',' && conventions.group !== ',')
      return { kind: 'ambiguous', mark: last, lead, fraction };
    else if (last === '.') return { kind: 'ambiguous', mark: last, lead, fraction };
  }
  const integerGroups = decimalAt === null ? groups : groups.slice(0, decimalAt + 1);
  const groupMarks = decimalAt === null ? marks : marks.slice(0, decimalAt);
  const fraction = decimalAt === null ? '' : (groups[decimalAt + 1] ?? '');
  if (new Set(groupMarks).size > 1) return { kind: 'not-a-number' };
  if (integerGroups.length > 1) {
    if (integerGroups.includes('')) return { kind: 'not-a-number' };
    if (!wellGrouped(integerGroups, conventions)) return { kind: 'badly-grouped' };
  }
  const whole = integerGroups.join('');
  if (whole === '' && fraction === '') return { kind: 'not-a-number' };
  const reinterpreted = (decimalAt !== null && marks[decimalAt] === ',') || groupMarks[0] === '.';
  return { kind: 'plain', digits: fraction === '' ? whole : `${whole || '0'}.${fraction}`, reinterpreted };
}

function describeLimit(value: number, maxDecimals: number, conventions: NumberConventions): string {
  const text = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals }).format(value);
  // Where "10,000" could read as ten, a limit is grouped with no-break spaces, which read one way only.
  return conventions.group === ',' && conventions.decimal === '.' ? text : text.replace(/,/g, '\u00A0');
}

function notANumber(text: string): QuantityReading {
  return { ok: false, message: `“${text}” is not a number. Type digits, e.g. 1000 or 2.5k.` };
}

/** The value of sign + plain digits + exponent or suffix, checked against the field's range. */
function finish(
  digits: string,
  pieces: Pieces,
  range: QuantityRange,
  conventions: NumberConventions,
  note: string | null,
): QuantityReading {
  const exponent = pieces.exponent ?? String(SUFFIXES[(pieces.suffix ?? '').toLowerCase()] ?? 0);
  const parsed = parseExactDecimal(`${pieces.sign}${digits}e${exponent}`);
  if (parsed === null) return { ok: false, message: 'That is not a number.' };
  if (parsed.units < 0n) return { ok: false, message: 'Must be 0 or more.' };
  const scaled = toScaledInteger(parsed, range.maxDecimals);
  if (scaled === null) {
    return {
      ok: false,
      message:
        range.maxDecimals === 0 ? 'Use a whole number.' : `Use at most ${range.maxDecimals} decimal places.`,
    };
  }
  const value = Number(scaled) / 10 ** range.maxDecimals;
  const limit = (bound: number) => describeLimit(bound, range.maxDecimals, conventions);
  if (value < range.min) return { ok: false, message: `Must be at least ${limit(range.min)}.` };
  if (value > range.max) return { ok: false, message: `Must be at most ${limit(range.max)}.` };
  return { ok: true, value, exact: parsed, note };
}

/** "1,234" where the mark could go either way: refused, with both readings and what to type. */
function refuseAmbiguous(
  text: string,
  pieces: Pieces,
  reading: Extract<MantissaReading, { kind: 'ambiguous' }>,
  range: QuantityRange,
  conventions: NumberConventions,
): QuantityReading {
  const { mark, lead, fraction } = reading;
  const tail = tailOf(pieces);
  const sign = pieces.sign;
  const kept = fraction.replace(/0+$/, '');
  const asThousands = `${lead}${fraction}`;
  const asDecimal = kept === '' ? lead : `${lead}.${kept}`;
  const thousandsOk = finish(asThousands, pieces, range, conventions, null).ok;
  const decimalReading = finish(asDecimal, pieces, range, conventions, null);
  const name = mark === ',' ? 'comma' : 'point';
  const readings = `“${text}” could mean ${sign}${asThousands}${tail} (${name} between thousands) or ${sign}${asDecimal}${tail} (decimal ${name}).`;
  // A decimal reading typed so it cannot be mistaken: "1,5" for 1,500; "1,2340" for 1,234.
  const decimalTyped =
    kept === '' ? lead : kept.length === 3 ? `${lead}${mark}${kept}0` : `${lead}${mark}${kept}`;
  const choices = [
    thousandsOk ? `${sign}${asThousands}${tail}` : null,
    decimalReading.ok ? `${sign}${decimalTyped}${tail}` : null,
  ].filter((choice) => choice !== null);
  const advice =
    choices.length > 0
      ? `Type ${choices.join(' or ')} instead.`
      : decimalReading.ok
        ? ''
        : decimalReading.message;
  return { ok: false, message: `${readings} ${advice}` };
}

/**
 * Reads a number typed into a field. `locale` is the typist's (navigator.language, passed in by the
 * caller); without one the text is machine text (a link) and is read strictly, with no reinterpretation.
 */
export function readQuantity(
  text: string,
  range: QuantityRange,
  locale: string | null = null,
): QuantityReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (trimmed.length > MAX_TEXT_LENGTH) return { ok: false, message: 'That is too long to be a number.' };
  const pieces = splitPieces(trimmed);
  if (pieces === null) return notANumber(trimmed);
  const conventions = locale === null ? EN_US_CONVENTIONS : numberConventions(locale);
  const mantissa = readMantissa(pieces.mantissa, conventions);
  switch (mantissa.kind) {
    case 'not-a-number':
      return notANumber(trimmed);
    case 'badly-grouped':
      return {
        ok: false,
        message: `“${trimmed}” is not a number: separators go between groups of three digits, e.g. 1 000 000.`,
      };
    case 'ambiguous':
      return refuseAmbiguous(trimmed, pieces, mantissa, range, conventions);
    case 'plain': {
      const shown = `${pieces.sign}${mantissa.digits}${tailOf(pieces)}`;
      if (mantissa.reinterpreted && locale === null) {
        return {
          ok: false,
          message: `“${trimmed}” is not plain notation: write ${shown} (a point before decimals, commas only between thousands).`,
        };
      }
      return finish(
        mantissa.digits,
        pieces,
        range,
        conventions,
        mantissa.reinterpreted ? `Read as ${shown}` : null,
      );
    }
  }
}

/**
 * The app's text for a value (en notation: "10,000", "1.125", "12.5%"), written so that the reader
 * gives back the same value in `locale` (see the rules above). Texts other than numbers pass unchanged.
 */
export function fieldText(text: string, locale: string | null): string {
  const conventions = locale === null ? EN_US_CONVENTIONS : numberConventions(locale);
  if (conventions.group === ',' && conventions.decimal === '.') return text;
  const grouped = text.replace(/(\d),(?=\d{3})/g, '$1\u00A0');
  if (conventions.decimal === '.') return grouped;
  return grouped.replace(/^(\$?[1-9]\d{0,2}\.\d{3})(?![\d.,\u00A0])/, (number) => `${number}0`);
}
