/**
 * The optional fields of the app's rate-sheet schema beyond prices and limits (their meaning is in
 * route-terms.ts, route-lifecycle.ts and checked-by.ts), read and written. The rules, in words:
 * - Every one is optional; an entry without them is a route with an unknown status, no cache-write
 *   prices, no long-context tiers, no batch rule, no tool fees and no region.
 * - A field that cannot be read is left out and reported; the route is imported without it.
 * - `checkedBy` absent: "import date" when the price took the import date, "undated" when it has no
 *   date, otherwise "unknown".
 * - Cache writes are kept shortest-lived first (a write without a lifetime is the standard one) and
 *   tiers by threshold, each threshold once; the file's order is repaired and reported.
 * - A batch rule may be an object { percentOfStandard, note } or just the note, whose percentage is
 *   then read from it (readBatchNote). A percentage is from 0 to 100.
 * - Writing leaves out every field that has its "unknown" value, so a route that says nothing more
 *   is written exactly as before these fields existed.
 */
import { type CheckedBy, isCheckedBy } from '../checked-by';
import { type PriceTexts, parsePrice } from '../prices';
import type { Route, SourceRef } from '../route';
import { isRouteStatus, type RouteLifecycle, UNKNOWN_LIFECYCLE } from '../route-lifecycle';
import {
  type BatchRule,
  type CacheWritePrice,
  type LongContextTier,
  type RouteTerms,
  readBatchNote,
  type ToolFee,
  unknownRouteTerms,
} from '../route-terms';
import {
  exactPrice,
  isRecord,
  type Json,
  Reject,
  readPrices,
  readSource,
  requiredText,
  shown,
  TEXT_LIMITS,
  text,
  tokenLimit,
} from './rate-sheet-fields';

const MAX_CACHE_WRITES = 4;
const MAX_TIERS = 8;
const MAX_TOOL_FEES = 20;
const MAX_LIFETIME_MINUTES = 525_600;

function list(value: unknown, what: string, limit: number, repairs: string[]): unknown[] {
  if (!Array.isArray(value)) throw new Reject(`${what} must be a list.`);
  if (value.length > limit) repairs.push(`Only the first ${limit} of ${what} were read.`);
  return value.slice(0, limit);
}

function readLifecycle(value: unknown, repairs: string[]): RouteLifecycle {
  if (!isRecord(value)) throw new Reject('lifecycle must be an object with a status.');
  if (!isRouteStatus(value.status)) {
    throw new Reject(
      `lifecycle.status must be active, deprecated, retired or unknown, not ${shown(value.status)}.`,
    );
  }
  const date = text(value.date, 'lifecycle.date', 10, repairs);
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Reject(`lifecycle.date must be YYYY-MM-DD, not ${shown(date)}.`);
  }
  const successor = value.successor;
  let next: RouteLifecycle['successor'] = null;
  if (typeof successor === 'string') {
    next = {
      modelId: requiredText(successor, 'lifecycle.successor', TEXT_LIMITS.id, repairs),
      modelName: null,
      routeId: null,
    };
  } else if (isRecord(successor)) {
    next = {
      modelId: requiredText(successor.modelId, 'lifecycle.successor.modelId', TEXT_LIMITS.id, repairs),
      modelName: text(successor.modelName, 'lifecycle.successor.modelName', TEXT_LIMITS.name, repairs),
      routeId: text(successor.routeId, 'lifecycle.successor.routeId', TEXT_LIMITS.id, repairs),
    };
  } else if (successor !== undefined && successor !== null) {
    throw new Reject('lifecycle.successor must be a model id or an object with a modelId.');
  }
  return {
    status: value.status,
    date,
    source: text(value.source, 'lifecycle.source', TEXT_LIMITS.url, repairs),
    successor: next,
  };
}

/** Shortest-lived first; a write without a lifetime is the standard one and comes first. */
const byLifetime = (a: CacheWritePrice, b: CacheWritePrice) =>
  (a.lifetimeMinutes ?? 0) - (b.lifetimeMinutes ?? 0);

function readCacheWrites(
  value: unknown,
  what: string,
  fallback: SourceRef,
  repairs: string[],
): CacheWritePrice[] {
  const writes = list(value, what, MAX_CACHE_WRITES, repairs).map((raw, index): CacheWritePrice => {
    const at = `${what}[${index}]`;
    if (!isRecord(raw)) throw new Reject(`${at} must be an object with a price.`);
    const lifetime = raw.lifetimeMinutes;
    if (
      lifetime !== undefined &&
      lifetime !== null &&
      !(
        Number.isInteger(lifetime) &&
        (lifetime as number) >= 1 &&
        (lifetime as number) <= MAX_LIFETIME_MINUTES
      )
    ) {
      throw new Reject(`${at}.lifetimeMinutes must be a whole number of minutes from 1 to 525,600.`);
    }
    return {
      price: exactPrice(raw.price, `${at}.price`),
      lifetimeMinutes: (lifetime as number | undefined) ?? null,
      source: readSource(raw.source, `${at}.source`, fallback, repairs),
      basis: text(raw.basis, `${at}.basis`, TEXT_LIMITS.label, repairs) ?? 'given in the imported file',
    };
  });
  const sorted = [...writes].sort(byLifetime);
  if (sorted.some((write, index) => write !== writes[index])) {
    repairs.push(`${what} were put shortest-lived first.`);
  }
  return sorted;
}

function readTiers(value: unknown, fallback: SourceRef, repairs: string[]): LongContextTier[] {
  const tiers = list(value, 'longContextTiers', MAX_TIERS, repairs).map((raw, index): LongContextTier => {
    const at = `longContextTiers[${index}]`;
    if (!isRecord(raw)) throw new Reject(`${at} must be an object with aboveTokens and prices.`);
    const above = tokenLimit(raw.aboveTokens, `${at}.aboveTokens`);
    if (above === null) throw new Reject(`${at}.aboveTokens is missing.`);
    const prices: PriceTexts = readPrices(raw, at);
    return {
      aboveTokens: above,
      ...prices,
      cacheWrites:
        raw.cacheWrites === undefined || raw.cacheWrites === null
          ? []
          : readCacheWrites(raw.cacheWrites, `${at}.cacheWrites`, fallback, repairs),
    };
  });
  const sorted = [...tiers].sort((a, b) => a.aboveTokens - b.aboveTokens);
  if (sorted.some((tier, index) => tier !== tiers[index]))
    repairs.push('longContextTiers were put in order.');
  return sorted.filter((tier, index) => {
    if (index === 0 || (sorted[index - 1] as LongContextTier).aboveTokens !== tier.aboveTokens) return true;
    repairs.push(`A second long-context tier above ${tier.aboveTokens} tokens was left out.`);
    return false;
  });
}

function readBatch(value: unknown, repairs: string[]): BatchRule {
  if (typeof value === 'string') {
    return readBatchNote(requiredText(value, 'batch', TEXT_LIMITS.note, repairs));
  }
  if (!isRecord(value)) throw new Reject('batch must be an object with a percentOfStandard and a note.');
  const note = text(value.note, 'batch.note', TEXT_LIMITS.note, repairs) ?? '';
  if (value.percentOfStandard === undefined) return readBatchNote(note);
  if (value.percentOfStandard === null) return { percentOfStandard: null, note };
  const percent = exactPrice(value.percentOfStandard, 'batch.percentOfStandard');
  if ((parsePrice(percent) as bigint) > 100_000_000n) {
    throw new Reject('batch.percentOfStandard must be from 0 to 100.');
  }
  return { percentOfStandard: percent, note };
}

function readToolFees(value: unknown, repairs: string[]): ToolFee[] {
  return list(value, 'toolFees', MAX_TOOL_FEES, repairs).map((raw, index) => {
    const at = `toolFees[${index}]`;
    if (!isRecord(raw)) throw new Reject(`${at} must be an object with a tool and usdPerCall.`);
    return {
      tool: requiredText(raw.tool, `${at}.tool`, TEXT_LIMITS.name, repairs),
      usdPerCall: exactPrice(raw.usdPerCall, `${at}.usdPerCall`),
      source: text(raw.source, `${at}.source`, TEXT_LIMITS.url, repairs) ?? 'given in the imported file',
    };
  });
}

/** Reads one optional field: absent keeps `absent`; a bad one is left out and reported. */
function optional<T>(raw: Json, field: string, absent: T, repairs: string[], read: () => T): T {
  if (raw[field] === undefined || raw[field] === null) return absent;
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Reject ? error.message : `${field} is unreadable.`;
    repairs.push(`${reason} It was left out.`);
    return absent;
  }
}

/** The entry's optional fields; `fallback` is the source an undated price takes (to tell what its date is). */
export function readRouteTerms(
  raw: Json,
  source: SourceRef,
  fallback: SourceRef,
  repairs: string[],
): RouteTerms {
  const dateFromImport = source.date === fallback.date && source.dateMeaning === fallback.dateMeaning;
  const absentCheckedBy: CheckedBy =
    source.date === '' ? 'undated' : dateFromImport ? 'import date' : 'unknown';
  const base = unknownRouteTerms(absentCheckedBy);
  return {
    lifecycle: optional(raw, 'lifecycle', UNKNOWN_LIFECYCLE, repairs, () =>
      readLifecycle(raw.lifecycle, repairs),
    ),
    cacheWrites: optional(raw, 'cacheWrites', base.cacheWrites, repairs, () =>
      readCacheWrites(raw.cacheWrites, 'cacheWrites', source, repairs),
    ),
    longContextTiers: optional(raw, 'longContextTiers', base.longContextTiers, repairs, () =>
      readTiers(raw.longContextTiers, source, repairs),
    ),
    batch: optional(raw, 'batch', base.batch, repairs, () => readBatch(raw.batch, repairs)),
    toolFees: optional(raw, 'toolFees', base.toolFees, repairs, () => readToolFees(raw.toolFees, repairs)),
    region: optional(raw, 'region', base.region, repairs, () =>
      text(raw.region, 'region', TEXT_LIMITS.name, repairs),
    ),
    checkedBy: optional(raw, 'checkedBy', absentCheckedBy, repairs, () => {
      if (!isCheckedBy(raw.checkedBy))
        throw new Reject(`checkedBy ${shown(raw.checkedBy)} is not a kind of date this app knows.`);
      return raw.checkedBy;
    }),
  };
}

/** The fields to write for a route: only those that say something (see the rules above). */
export function routeTermsEntry(route: Route): Record<string, unknown> {
  const { lifecycle } = route;
  const saysLifecycle =
    lifecycle.status !== 'unknown' ||
    lifecycle.date !== null ||
    lifecycle.source !== null ||
    lifecycle.successor !== null;
  return {
    ...(saysLifecycle ? { lifecycle } : {}),
    ...(route.cacheWrites.length > 0 ? { cacheWrites: route.cacheWrites } : {}),
    ...(route.longContextTiers.length > 0 ? { longContextTiers: route.longContextTiers } : {}),
    ...(route.batch !== null ? { batch: route.batch } : {}),
    ...(route.toolFees.length > 0 ? { toolFees: route.toolFees } : {}),
    ...(route.region !== null ? { region: route.region } : {}),
    ...(route.checkedBy !== 'unknown' ? { checkedBy: route.checkedBy } : {}),
  };
}
