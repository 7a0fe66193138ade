/**
 * Reading one field of an imported price entry, shared by the app's schema and LiteLLM's. The rules:
 * - Prices are USD per 1M tokens from 0 to 10,000 with at most 6 decimals, read exactly from their
 *   decimal text (a JSON number is read from its shortest decimal text: 0.95 → "0.95") and stored in
 *   canonical form ("4.00" → "4"). A price finer than $0.000001 per 1M is refused, never rounded.
 * - Token limits are whole numbers from 1 to 100,000,000.
 * - Names and notes are plain text: control and bidirectional-override characters become spaces,
 *   runs of spaces collapse, and long texts are cut (TEXT_LIMITS). Markup is kept as literal text.
 * A field that cannot be read throws Reject, which the entry loop (rate-sheet-entries.ts) turns into
 * a reported problem; nothing else throws.
 */
import { parseExactDecimal, toScaledInteger } from '../../money/decimal';
import { MAX_PRICE_MICROS, PRICE_DECIMALS, type PriceText, type PriceTexts, priceToText } from '../prices';
import { plainText, readSourceRef, SOURCE_TEXT_LIMITS } from '../provenance';
import type { RouteGroup, SourceRef } from '../route';

export const MAX_TOKEN_LIMIT = 100_000_000;
export const TEXT_LIMITS = { ...SOURCE_TEXT_LIMITS, name: 120, id: 120 } as const;

/** Thrown inside an entry's reader only; the entry loop turns it into a problem. */
export class Reject extends Error {}

export type Json = Record<string, unknown>;
export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as a problem message quotes it: “text” cut to 40 characters, a list, an object, 42. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `“${plainText(value, 40).text}”`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value === 'object') return value === null ? 'null' : 'an object';
  return String(value);
}

/** Optional plain text; null when absent or empty. A cut is recorded in `repairs`. */
export function text(value: unknown, what: string, limit: number, repairs: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Reject(`${what} must be text, not ${shown(value)}.`);
  const result = plainText(value, limit);
  if (result.cut) repairs.push(`${what} was cut to ${limit} characters.`);
  return result.text === '' ? null : result.text;
}

export function requiredText(value: unknown, what: string, limit: number, repairs: string[]): string {
  const result = text(value, what, limit, repairs);
  if (result === null) throw new Reject(`${what} is missing.`);
  return result;
}

/** An exact price text from a decimal text or number, times 10^shift (shift 6: per token → per 1M tokens). */
export function exactPrice(value: unknown, what: string, shift = 0): PriceText {
  const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (written === null) throw new Reject(`${what} must be a number, not ${shown(value)}.`);
  const parsed = written.length <= 40 ? parseExactDecimal(written) : null;
  if (parsed === null) throw new Reject(`${what} ${shown(written)} is not a number.`);
  if (parsed.units < 0n) throw new Reject(`${what} is negative.`);
  const units = parsed.scale >= shift ? parsed.units : parsed.units * 10n ** BigInt(shift - parsed.scale);
  const micros = toScaledInteger({ units, scale: Math.max(parsed.scale - shift, 0) }, PRICE_DECIMALS);
  if (micros === null) throw new Reject(`${what} ${written} is finer than $0.000001 per 1M tokens.`);
  if (micros > MAX_PRICE_MICROS) throw new Reject(`${what} is above $10,000 per 1M tokens.`);
  return priceToText(micros);
}

export function readPrices(value: unknown, what: string): PriceTexts {
  if (!isRecord(value)) throw new Reject(`${what} must be an object with input and output prices.`);
  if (value.input === undefined || value.output === undefined) {
    throw new Reject(`${what} needs both an input and an output price.`);
  }
  return {
    input: exactPrice(value.input, `${what}.input`),
    cachedInput:
      value.cachedInput === undefined || value.cachedInput === null
        ? null
        : exactPrice(value.cachedInput, `${what}.cachedInput`),
    output: exactPrice(value.output, `${what}.output`),
  };
}

export function tokenLimit(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  const count = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_TOKEN_LIMIT) {
    throw new Reject(`${what} must be a whole number of tokens from 1 to 100,000,000, not ${shown(value)}.`);
  }
  return count;
}

export function readSource(value: unknown, what: string, fallback: SourceRef, repairs: string[]): SourceRef {
  const reading = readSourceRef(value, fallback, what);
  if (!reading.ok) throw new Reject(reading.reason);
  repairs.push(...reading.repairs);
  return reading.source;
}

/** Lower case, "&" as "and", every run of other characters one "-": "Fireworks AI" → "fireworks-ai". */
export function slug(value: string, other = /[^a-z0-9.]+/g, limit = 60): string {
  return value
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(other, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, limit)
    .replace(/-+$/, '');
}

/** "kimi-k2.6-turbo" → "K2.6"; GPT, Claude and Gemini by name; anything else "Other". */
export function guessFamily(name: string): string {
  const kimi = /kimi[\s_-]*k(\d+(?:\.\d+)?)/i.exec(name);
  if (kimi) return `K${kimi[1]}`;
  if (/kimi|moonshot/i.test(name)) return 'Kimi';
  return /gpt/i.test(name)
    ? 'GPT'
    : /claude/i.test(name)
      ? 'Claude'
      : /gemini/i.test(name)
        ? 'Gemini'
        : 'Other';
}

/** Kimi families ("K2.6", "Kimi", "Kimi Linear") are the calculator's own routes; everything else is for comparison. */
export const groupOf = (family: string): RouteGroup => (/^(K\d|Kimi\b)/.test(family) ? 'kimi' : 'comparison');
