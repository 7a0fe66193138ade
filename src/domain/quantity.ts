/**
 * Reading numbers typed by people. The rules, in words:
 * - digits may be grouped with commas, spaces or underscores: "1,000,000";
 * - a suffix k, M, B (or bn) or T multiplies by a thousand, million, billion, trillion: "2.5M";
 * - scientific notation works: "1e6";
 * - a leading "$" or trailing "%" is ignored, so pasted prices and rates are accepted;
 * - anything else, negatives, values outside the field's range and more decimals than the field
 *   takes are refused with a message that says why. Nothing here throws.
 */
import { type ExactDecimal, parseExactDecimal, toScaledInteger } from './decimal';

export interface QuantityRange {
  readonly min: number;
  readonly max: number;
  /** Decimal places the field accepts: 0 for whole counts. */
  readonly maxDecimals: number;
}

export type QuantityReading =
  | { readonly ok: true; readonly value: number; readonly exact: ExactDecimal }
  | { readonly ok: false; readonly message: string };

const SUFFIXES: Record<string, number> = { k: 3, m: 6, b: 9, bn: 9, t: 12 };
const MAX_TEXT_LENGTH = 40;

function describeLimit(value: number, maxDecimals: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals }).format(value);
}

export function readQuantity(text: string, range: QuantityRange): QuantityReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  if (trimmed.length > MAX_TEXT_LENGTH) return { ok: false, message: 'That is too long to be a number.' };
  const compact = trimmed
    .replace(/^\$/, '')
    .replace(/%$/, '')
    .replace(/(\d)[,_\s](?=\d)/g, '$1');
  const suffixMatch = /^(.*?)(k|m|bn|b|t)$/i.exec(compact);
  const digits = suffixMatch ? (suffixMatch[1] ?? '') : compact;
  const exponent = suffixMatch ? (SUFFIXES[(suffixMatch[2] ?? '').toLowerCase()] ?? 0) : 0;
  const parsed = parseExactDecimal(exponent > 0 ? `${digits}e${exponent}` : digits);
  if (parsed === null || (exponent > 0 && /e/i.test(digits))) {
    return { ok: false, message: `“${trimmed}” is not a number. Type digits, e.g. 1,000 or 2.5k.` };
  }
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
  if (value < range.min)
    return { ok: false, message: `Must be at least ${describeLimit(range.min, range.maxDecimals)}.` };
  if (value > range.max)
    return { ok: false, message: `Must be at most ${describeLimit(range.max, range.maxDecimals)}.` };
  return { ok: true, value, exact: parsed };
}
