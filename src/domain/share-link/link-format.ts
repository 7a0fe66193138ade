/**
 * The link format: its version and limits, how a field is written and read back, and the parts every
 * reader and writer shares. The rules, in words:
 * - `v` is the format version; older versions are migrated step by step (MIGRATIONS); a link from a
 *   newer version is read as far as this version understands it.
 * - Only what a fragment cannot hold is escaped: ids and prices stay readable.
 * - A price travels as its decimal text, "-" for "no price"; an unreadable one is ignored.
 */
import { MAX_PRICE_MICROS, type PriceKind, type PriceText, parsePrice, priceToText } from '../rates/prices';
import type { Route } from '../rates/route';
import type { Endpoint } from '../scenario/endpoint';
import { wellFormed } from '../text';
import { LINK_MIGRATIONS } from './link-migrations';

export const SHARE_LINK_VERSION = 3;
/** Links longer than this are not read at all (a scenario file is the way to move large scenarios). */
export const MAX_LINK_LENGTH = 8_000;
/** Above this, the app offers a scenario file instead of a link: chat apps cut longer messages. */
export const COMFORTABLE_LINK_LENGTH = 2_000;
/** A compressed link may inflate to this many characters (link-compression.ts caps the bytes too). */
export const MAX_EXPANDED_LINK_LENGTH = 200_000;
export const MAX_QUERY_LENGTH = 100;
export const MAX_LISTED_PROBLEMS = 12;

/** Old route ids that were renamed: an old link opens the route it meant, never a different one. */
export const ROUTE_ALIASES: Readonly<Record<string, string>> = {};

/** A link's fields: every value of every key, in the order written. */
export type LinkFields = Map<string, string[]>;
/** The first value of a key, or undefined. */
export type FirstField = (key: string) => string | undefined;

/** Steps from version n to n + 1, each a pure function of the link's fields (link-migrations.ts). */
export const MIGRATIONS = LINK_MIGRATIONS;

export const KIND_LETTERS: Readonly<Record<PriceKind, string>> = {
  input: 'i',
  cachedInput: 'c',
  output: 'o',
};
const NO_PRICE = '-';

/**
 * Only what a fragment cannot hold is escaped; ids and prices stay readable. The value is made
 * well-formed first, so encoding never throws (encodeURIComponent refuses a lone surrogate).
 */
export function escapeValue(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/%40/g, '@').replace(/%2C/g, ',').replace(/%7E/g, '~');
}

export function priceField(price: PriceText | null | undefined): string {
  return price === undefined ? '' : price === null ? NO_PRICE : price;
}

export interface LinkContext {
  /** Every route the link's ids may name. */
  readonly routes: readonly Route[];
  /**
   * The bundled sheet, when `routes` also holds the user's own routes (a file opened in a session):
   * only these routes keep their identity against the link's added routes; an added route with the id
   * of one of the user's routes updates it. Defaults to `routes`.
   */
  readonly sheetRoutes?: readonly Route[];
}

/**
 * The routes whose prices travel with an endpoint: each endpoint's route, the first time it appears.
 * When reading, an endpoint whose linked route is unknown carries nothing (`found` false).
 */
export function carriedRoutes(
  endpoints: readonly Endpoint[],
  found?: readonly boolean[],
): Map<number, string> {
  const carried = new Map<number, string>();
  const seen = new Set<string>();
  endpoints.forEach((endpoint, index) => {
    if (found && !found[index]) return;
    if (seen.has(endpoint.routeId)) return;
    seen.add(endpoint.routeId);
    carried.set(index + 1, endpoint.routeId);
  });
  return carried;
}

export function readFields(text: string): LinkFields {
  const fields: LinkFields = new Map();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const separator = part.indexOf('=');
    const key = separator === -1 ? part : part.slice(0, separator);
    const raw = separator === -1 ? '' : part.slice(separator + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      value = raw;
    }
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

/** A value shown in a message: shortened, and only ever rendered as text. */
export function quote(value: string): string {
  return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
}

export function readLinkPrice(text: string | undefined): PriceText | null | undefined {
  if (text === undefined || text === '') return undefined;
  if (text === NO_PRICE) return null;
  const parsed = parsePrice(text);
  if (parsed === null || parsed > MAX_PRICE_MICROS) return undefined;
  return priceToText(parsed);
}

export function samePrice(a: PriceText | null, b: PriceText | null): boolean {
  return a === null || b === null ? a === b : parsePrice(a) === parsePrice(b);
}
