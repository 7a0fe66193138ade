/**
 * The bundled routes from the reference records. The rules, in words:
 * - One route per canonical priced record (model version × variant × provider). A record is priced
 *   when it has an input and an output price and a date (an undated price cannot be checked).
 * - Every other priced record of the same route becomes a dated reference. The route is flagged
 *   "sources disagree" only when a reference's figures differ (pricesDiffer: one source leaving out
 *   the cached price is not a disagreement). A reference for another region (Bedrock's regional
 *   rows) says so in its note and is a regional price, not a disagreement.
 * - Prices stay as published: the JSON number's shortest decimal text (0.95 → "0.95").
 * - The family comes from the model (route-family.ts); the group is "kimi" for kimi-* model ids.
 * - Lifecycle, cache writes, tiers, batch rule, tool fees, region and checkedBy come from the record
 *   (see route-terms.ts and route-lifecycle.ts); cache-write figures stated only in notes are read
 *   by note-figures.ts; a successor is resolved to a route of the sheet where one sells it.
 * - Speed figures tied to a provider are attached to that provider's base (no-variant) route.
 */
import { isCheckedBy } from '../../src/domain/rates/checked-by';
import { type PriceTexts, parsePrice, pricesDiffer } from '../../src/domain/rates/prices';
import { parseSourceDate } from '../../src/domain/rates/provenance';
import type { Route, SourceRef } from '../../src/domain/rates/route';
import { familyOf } from '../../src/domain/rates/route-family';
import { type RouteLifecycle, resolveSuccessor } from '../../src/domain/rates/route-lifecycle';
import {
  type CacheWritePrice,
  type LongContextTier,
  readBatchNote,
  type ToolFee,
} from '../../src/domain/rates/route-terms';
import { mentionsCacheWriteFigure, readNoteCacheWrites, STANDARD_LIFETIME } from './note-figures';
import type { ReferenceRecord } from './reference-record';

export interface BuiltSheet {
  readonly routes: Route[];
  /** Things in the data the sheet does not represent, for the maintainer to read. */
  readonly warnings: string[];
}

function splitVariant(model: string): { modelName: string; variant: string | null } {
  const match = /^(.*?)\s*\[([^\]]+)\]$/.exec(model);
  return match
    ? { modelName: match[1] ?? model, variant: match[2] ?? null }
    : { modelName: model, variant: null };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A published number as its exact decimal text; throws on a figure the app cannot hold. */
function priceText(value: number, what: string): string {
  const text = String(value);
  if (parsePrice(text) === null) throw new Error(`${what}: ${text} is not a price the app can hold exactly`);
  return text;
}

const optionalPrice = (value: number | null, what: string) =>
  value === null ? null : priceText(value, what);

function pricesOf(record: ReferenceRecord, what: string): PriceTexts {
  return {
    input: priceText(record.inputPerM as number, `${what} input`),
    cachedInput: optionalPrice(record.cachedInputPerM, `${what} cached input`),
    output: priceText(record.outputPerM as number, `${what} output`),
  };
}

/** Dates are YYYY-MM-DD, YYYY-MM or YYYY; looser ones (">=2026-07-02", "undated (2026)") keep their wording in dateMeaning. */
function sourceOf(record: ReferenceRecord): SourceRef {
  const url = /https?:\/\/[^\s)]+/.exec(record.source)?.[0] ?? null;
  const date = /\d{4}(-\d{2}(-\d{2})?)?/.exec(record.sourceDate)?.[0] ?? 'undated';
  const dateMeaning =
    date === record.sourceDate
      ? record.sourceDateType
      : `${record.sourceDateType} (recorded as “${record.sourceDate}”)`;
  return { label: record.dataset, url, date, dateMeaning };
}

const keyOf = (record: ReferenceRecord) =>
  `${record.modelVersion}|${splitVariant(record.model).variant ?? ''}|${record.provider}`;

function lifecycleOf(record: ReferenceRecord, what: string): RouteLifecycle {
  if (record.statusDate !== null && parseSourceDate(record.statusDate)?.precision !== 'day') {
    throw new Error(`${what}: status date “${record.statusDate}” is not YYYY-MM-DD`);
  }
  return {
    status: record.status ?? 'unknown',
    date: record.statusDate,
    source: record.statusSource,
    successor:
      record.successor === null ? null : { modelId: record.successor, modelName: null, routeId: null },
  };
}

function cacheTerms(
  record: ReferenceRecord,
  source: SourceRef,
  what: string,
  warnings: string[],
): { cacheWrites: CacheWritePrice[]; tierWrites: ReturnType<typeof readNoteCacheWrites>['tiers'] } {
  const notes = readNoteCacheWrites(record.notes, what, warnings);
  if (record.cacheWritePerM === null) {
    if (notes.oneHour !== null || notes.tiers.length > 0 || mentionsCacheWriteFigure(record.notes)) {
      warnings.push(`${what}: the notes mention a cache-write figure but the record has none; left out`);
    }
    return { cacheWrites: [], tierWrites: [] };
  }
  const convention = STANDARD_LIFETIME[record.provider];
  const lifetime = notes.standardLifetime ?? convention ?? null;
  const standard: CacheWritePrice = {
    price: priceText(record.cacheWritePerM, `${what} cache write`),
    lifetimeMinutes: lifetime?.minutes ?? null,
    source,
    basis: lifetime
      ? `cacheWritePerM; lifetime from ${notes.standardLifetime ? `the notes: “${lifetime.words}”` : lifetime.words}`
      : 'cacheWritePerM (lifetime not stated)',
  };
  const cacheWrites = [standard];
  if (notes.oneHour !== null) {
    cacheWrites.push({
      price: priceText(Number(notes.oneHour.price), `${what} 1-hour cache write`),
      lifetimeMinutes: 60,
      source,
      basis: `the notes: “${notes.oneHour.words}”`,
    });
  }
  return { cacheWrites, tierWrites: notes.tiers };
}

function tiersOf(
  record: ReferenceRecord,
  cacheWrites: readonly CacheWritePrice[],
  tierWrites: ReturnType<typeof readNoteCacheWrites>['tiers'],
  source: SourceRef,
  what: string,
  warnings: string[],
): LongContextTier[] {
  const tiers = [...(record.longContextTiers ?? [])].sort((a, b) => a.aboveTokens - b.aboveTokens);
  if (new Set(tiers.map((tier) => tier.aboveTokens)).size !== tiers.length) {
    throw new Error(`${what}: two long-context tiers share a threshold`);
  }
  const used = new Set<number>();
  const result = tiers.map((tier): LongContextTier => {
    if (!Number.isInteger(tier.aboveTokens) || tier.aboveTokens < 1) {
      throw new Error(`${what}: tier threshold ${tier.aboveTokens} is not a token count`);
    }
    const index = tierWrites.findIndex(
      (writes) =>
        writes.aboveTokens === tier.aboveTokens || (writes.aboveTokens === null && tiers.length === 1),
    );
    const writes = index === -1 ? undefined : tierWrites[index];
    if (index !== -1) used.add(index);
    const tierCacheWrites: CacheWritePrice[] = [];
    const standardLifetime = cacheWrites[0]?.lifetimeMinutes ?? null;
    if (writes?.standard) {
      tierCacheWrites.push({
        price: priceText(Number(writes.standard.price), `${what} tier cache write`),
        lifetimeMinutes: writes.oneHour ? (standardLifetime ?? 5) : standardLifetime,
        source,
        basis: `the notes: “${writes.standard.words}”`,
      });
    }
    if (writes?.oneHour) {
      tierCacheWrites.push({
        price: priceText(Number(writes.oneHour.price), `${what} tier 1-hour cache write`),
        lifetimeMinutes: 60,
        source,
        basis: `the notes: “${writes.oneHour.words}”`,
      });
    }
    return {
      aboveTokens: tier.aboveTokens,
      input: priceText(tier.inputPerM, `${what} tier input`),
      cachedInput: optionalPrice(tier.cachedInputPerM, `${what} tier cached input`),
      output: priceText(tier.outputPerM, `${what} tier output`),
      cacheWrites: tierCacheWrites,
    };
  });
  tierWrites.forEach((_, index) => {
    if (!used.has(index))
      warnings.push(`${what}: the notes give a tier cache write for a tier the record lacks`);
  });
  return result;
}

function toolFeesOf(record: ReferenceRecord, what: string): ToolFee[] {
  return (record.toolFees ?? []).map((fee) => ({
    tool: fee.tool,
    usdPerCall: priceText(fee.usdPerCall, `${what} ${fee.tool} fee`),
    source: fee.source,
  }));
}

export function routesFromRecords(records: readonly ReferenceRecord[]): BuiltSheet {
  const warnings: string[] = [];
  const priced = records.filter(
    (r) => r.inputPerM !== null && r.outputPerM !== null && /\d{4}/.test(r.sourceDate),
  );
  const canonical = priced.filter((r) => r.canonical);
  const keys = new Set<string>();
  const draft = canonical.map((record): Route => {
    const key = keyOf(record);
    if (keys.has(key)) throw new Error(`Two canonical records for ${key}`);
    keys.add(key);
    const { modelName, variant } = splitVariant(record.model);
    const what = `${record.model} @ ${record.provider}`;
    if ((record.variant ?? null) !== variant) {
      throw new Error(`${what}: variant field “${record.variant}” does not match the model's [${variant}]`);
    }
    if (!isCheckedBy(record.checkedBy)) throw new Error(`${what}: unknown checkedBy “${record.checkedBy}”`);
    if (record.batchInputPerM !== null || record.batchOutputPerM !== null) {
      warnings.push(`${what}: explicit batch prices are not represented (only the batch rule is)`);
    }
    const prices = pricesOf(record, what);
    const seen = new Set<string>();
    const others = priced.filter((other) => other !== record && keyOf(other) === key);
    const references = others
      .map((other) => ({
        prices: pricesOf(other, `${what} reference`),
        source: sourceOf(other),
        note:
          other.region !== record.region && other.region !== null
            ? `Region: ${other.region}. ${other.notes}`
            : other.notes,
        sameRegion: other.region === record.region || other.region === null,
      }))
      .filter((reference) => {
        const id = JSON.stringify([reference.source.label, reference.source.date, reference.prices]);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    const speedRecord = variant
      ? undefined
      : records.find(
          (other) =>
            other.modelVersion === record.modelVersion &&
            other.provider === record.provider &&
            other.throughputTps !== null &&
            !/\[/.test(other.model),
        );
    const source = sourceOf(record);
    const { cacheWrites, tierWrites } = cacheTerms(record, source, what, warnings);
    return {
      id: `${record.modelVersion}${variant ? `-${slug(variant)}` : ''}@${slug(record.provider)}`,
      group: record.modelVersion.startsWith('kimi') ? 'kimi' : 'comparison',
      family: familyOf(record.modelVersion, modelName),
      modelId: record.modelVersion,
      modelName,
      providerName: record.provider,
      variant,
      providerModelId: record.providerModelId,
      prices,
      contextWindow: record.contextWindow,
      maxOutput: record.maxOutput,
      source,
      notes: record.notes,
      references: references.map(({ sameRegion: _, ...reference }) => reference),
      disagrees: references.some(
        (reference) => reference.sameRegion && pricesDiffer(reference.prices, prices),
      ),
      speed: speedRecord
        ? {
            outputTokensPerSecond: speedRecord.throughputTps,
            timeToFirstTokenSeconds: speedRecord.latencyS,
            source: sourceOf(speedRecord),
          }
        : null,
      lifecycle: lifecycleOf(record, what),
      cacheWrites,
      longContextTiers: tiersOf(record, cacheWrites, tierWrites, source, what, warnings),
      batch: record.batchDiscountNote === null ? null : readBatchNote(record.batchDiscountNote),
      toolFees: toolFeesOf(record, what),
      region: record.region,
      checkedBy: record.checkedBy,
    };
  });
  const ids = new Set<string>();
  for (const route of draft) {
    if (ids.has(route.id)) throw new Error(`Duplicate route id ${route.id}`);
    ids.add(route.id);
  }
  const routes = draft.map((route) => {
    const successor = resolveSuccessor(draft, route);
    if (successor !== null && successor.routeId === null) {
      warnings.push(`${route.id}: successor ${successor.modelId} is not sold in the sheet`);
    }
    return successor === null ? route : { ...route, lifecycle: { ...route.lifecycle, successor } };
  });
  for (const route of routes) {
    if (route.batch !== null && route.batch.percentOfStandard === null) {
      warnings.push(`${route.id}: batch rule without a percentage (“${route.batch.note.slice(0, 80)}…”)`);
    }
  }
  return { routes, warnings };
}
