/**
 * Rate sheets in and out: the app's own JSON schema (import and export) and, through
 * litellm-import.ts, LiteLLM's model_prices_and_context_window.json. Reading never throws. Each entry
 * is read on its own (rate-sheet-entries.ts): a bad one is reported with its position and reason and
 * the good ones are imported. Fields are read exactly and as plain text (rate-sheet-fields.ts); links
 * are kept only when they are absolute http(s) URLs without user names or passwords.
 *
 * The app's schema (version 1):
 *   { "schema": "kimi-cost-calculator/rate-sheet", "version": 1, "routes": [ {
 *       "id"?: "kimi-k2.6@moonshot-ai", "model": "Kimi K2.6", "modelId"?, "family"?, "group"?: "kimi" | "comparison",
 *       "provider": "Moonshot AI", "variant"?: "fast" | null, "providerModelId"?,
 *       "prices": { "input": "0.95", "cachedInput"?: "0.16" | null, "output": "4" },   // USD per 1M tokens
 *       "contextWindow"?: 262144, "maxOutput"?: 262144,
 *       "source"?: { "label", "url"?, "date"?: "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "dateMeaning"? },
 *       "note"?, "references"?: [ { "prices", "source"?, "note"? } ], "disagrees"?: true,
 *       "speed"?: { "outputTokensPerSecond", "timeToFirstTokenSeconds", "source"? },
 *       // Optional, added for the December 2026 sheet (meaning in route-terms.ts, route-lifecycle.ts and
 *       // checked-by.ts; reading and writing in rate-sheet-terms.ts). Absent: the "unknown" value.
 *       "lifecycle"?: { "status": "active" | "deprecated" | "retired" | "unknown", "date"?: "YYYY-MM-DD",
 *                       "source"?, "successor"?: "kimi-k2.6" | { "modelId", "modelName"?, "routeId"? } },
 *       "cacheWrites"?: [ { "price": "2", "lifetimeMinutes"?: 5, "source"?, "basis"? } ],   // shortest-lived first
 *       "longContextTiers"?: [ { "aboveTokens": 272000, "input", "cachedInput"?, "output", "cacheWrites"? } ],
 *       "batch"?: { "percentOfStandard": "60" | null, "note" } | "the rule in words, with its percentage",
 *       "toolFees"?: [ { "tool": "$web_search", "usdPerCall": "0.005", "source"? } ],
 *       "region"?: "us", "checkedBy"?: "maintainer date" | "git change date" | "page capture date" | … } ] }
 *
 * A route is marked "sources disagree" when one of its references gives other figures (pricesDiffer);
 * a file's `"disagrees": false` keeps differing references from counting (regional prices, say), and
 * a file's `"disagrees": true` with no differing figure is not believed.
 */

import { type PriceTexts, pricesDiffer } from '../prices';
import type { PriceReference, Route, RouteGroup, RouteSpeed, SourceRef } from '../route';
import { looksLikeLiteLlm, readLiteLlmPrices } from './litellm-import';
import {
  collect,
  type EntryReader,
  fallbackSource,
  fileProblem,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  MAX_IMPORT_ENTRIES,
  type RouteDraft,
  refused,
} from './rate-sheet-entries';
import {
  groupOf,
  guessFamily,
  isRecord,
  Reject,
  readPrices,
  readSource,
  requiredText,
  shown,
  slug,
  TEXT_LIMITS,
  text,
  tokenLimit,
} from './rate-sheet-fields';
import { readRouteTerms, routeTermsEntry } from './rate-sheet-terms';

/** The types of this module's results, which are defined with the shared entry loop. */
export type { ImportOptions, ImportProblem, ImportResult } from './rate-sheet-entries';

const RATE_SHEET_SCHEMA = 'kimi-cost-calculator/rate-sheet';
const RATE_SHEET_VERSION = 1;
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024;
const MAX_REFERENCES = 20;

function speedFigure(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1_000_000) {
    throw new Reject(`${what} must be a number from 0 to 1,000,000, not ${shown(value)}.`);
  }
  return value;
}

function readSpeed(value: unknown, fallback: SourceRef, repairs: string[]): RouteSpeed | null {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) throw new Reject('speed must be an object.');
  return {
    outputTokensPerSecond: speedFigure(value.outputTokensPerSecond, 'speed.outputTokensPerSecond'),
    timeToFirstTokenSeconds: speedFigure(value.timeToFirstTokenSeconds, 'speed.timeToFirstTokenSeconds'),
    source: readSource(value.source, 'speed.source', fallback, repairs),
  };
}

function readReferences(value: unknown, fallback: SourceRef, repairs: string[]): PriceReference[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Reject('references must be a list.');
  if (value.length > MAX_REFERENCES) repairs.push(`Only the first ${MAX_REFERENCES} references were read.`);
  return value.slice(0, MAX_REFERENCES).flatMap((reference, index) => {
    const what = `references[${index}]`;
    try {
      if (!isRecord(reference)) throw new Reject(`${what} must be an object.`);
      return [
        {
          prices: readPrices(reference.prices, `${what}.prices`),
          source: readSource(reference.source, `${what}.source`, fallback, repairs),
          note: text(reference.note, `${what}.note`, TEXT_LIMITS.note, repairs) ?? '',
        },
      ];
    } catch (error) {
      repairs.push(`${error instanceof Reject ? error.message : `${what} is unreadable.`} It was left out.`);
      return [];
    }
  });
}

const referencesDiffer = (references: readonly PriceReference[], prices: PriceTexts) =>
  references.some((reference) => pricesDiffer(reference.prices, prices));

function readAppEntry(raw: unknown, fallback: SourceRef, repairs: string[]): RouteDraft {
  if (!isRecord(raw)) throw new Reject(`The entry must be an object, not ${shown(raw)}.`);
  const modelName = requiredText(raw.model, 'model', TEXT_LIMITS.name, repairs);
  const providerName = requiredText(raw.provider, 'provider', TEXT_LIMITS.name, repairs);
  const variant = text(raw.variant, 'variant', 60, repairs);
  const modelId = text(raw.modelId, 'modelId', TEXT_LIMITS.id, repairs) ?? (slug(modelName) || 'model');
  if (raw.group !== undefined && raw.group !== 'kimi' && raw.group !== 'comparison') {
    throw new Reject(`group must be "kimi" or "comparison", not ${shown(raw.group)}.`);
  }
  const family = text(raw.family, 'family', 40, repairs) ?? guessFamily(`${modelId} ${modelName}`);
  const group: RouteGroup = (raw.group as RouteGroup | undefined) ?? groupOf(family);
  const prices = readPrices(raw.prices, 'prices');
  const references = readReferences(raw.references, fallback, repairs);
  const source = readSource(raw.source, 'source', fallback, repairs);
  return {
    wantedId: text(raw.id, 'id', TEXT_LIMITS.id, repairs),
    group,
    family,
    modelId,
    modelName,
    providerName,
    variant,
    providerModelId: text(raw.providerModelId, 'providerModelId', TEXT_LIMITS.name, repairs) ?? modelId,
    prices,
    contextWindow: tokenLimit(raw.contextWindow, 'contextWindow'),
    maxOutput: tokenLimit(raw.maxOutput, 'maxOutput'),
    source,
    notes: text(raw.note, 'note', TEXT_LIMITS.note, repairs) ?? '',
    references,
    disagrees: raw.disagrees !== false && referencesDiffer(references, prices),
    speed: readSpeed(raw.speed, fallback, repairs),
    ...readRouteTerms(raw, source, fallback, repairs),
  };
}

/** Reads a parsed file in the app's schema. */
export function readRateSheet(value: unknown, options: ImportOptions = {}): ImportResult {
  if (!isRecord(value) || !Array.isArray(value.routes)) {
    return refused('This is not a rate sheet: it has no list of routes.');
  }
  const problems: ImportProblem[] = [];
  if (value.version !== RATE_SHEET_VERSION) {
    const newer = typeof value.version === 'number' && value.version > RATE_SHEET_VERSION;
    problems.push(
      fileProblem(
        newer
          ? `The sheet is version ${value.version}, newer than this app (${RATE_SHEET_VERSION}); it was read as far as this version understands it.`
          : `The sheet has no readable version; it was read as version ${RATE_SHEET_VERSION}.`,
      ),
    );
  }
  const list: unknown[] = value.routes;
  if (list.length > MAX_IMPORT_ENTRIES) {
    problems.push(fileProblem(`Only the first ${MAX_IMPORT_ENTRIES} of ${list.length} routes were read.`));
  }
  const fallback = fallbackSource('Imported rate sheet', null, options.importedOn);
  const entries = list.slice(0, MAX_IMPORT_ENTRIES).map((raw, position): EntryReader => {
    const name = isRecord(raw) && typeof raw.model === 'string' ? raw.model : null;
    return [position, name, (repairs: string[]) => readAppEntry(raw, fallback, repairs)];
  });
  const routes = collect(entries, options, problems);
  return { format: 'app', routes, problems };
}

/** Reads a file's text: the app's schema or LiteLLM's, told apart by their shape. */
export function importRateSheetText(fileText: string, options: ImportOptions = {}): ImportResult {
  if (typeof fileText !== 'string') return refused('The file could not be read as text.');
  if (fileText.length > MAX_IMPORT_CHARS) return refused('The file is larger than 16 MB; it was not read.');
  let value: unknown;
  try {
    value = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return refused('The file is not JSON, so it is neither a rate sheet nor a LiteLLM price file.');
  }
  if (isRecord(value) && 'routes' in value) return readRateSheet(value, options);
  if (looksLikeLiteLlm(value)) return readLiteLlmPrices(value, options);
  return refused('The file is JSON but neither a rate sheet (no "routes" list) nor a LiteLLM price file.');
}

/** One route in the app's schema (what exportRateSheet writes and readRateSheet reads). */
export type RateSheetEntry = Readonly<Record<string, unknown>>;

export interface RateSheetDocument {
  readonly schema: typeof RATE_SHEET_SCHEMA;
  readonly version: typeof RATE_SHEET_VERSION;
  readonly routes: readonly RateSheetEntry[];
}

export function toRateSheetDocument(routes: readonly Route[]): RateSheetDocument {
  return {
    schema: RATE_SHEET_SCHEMA,
    version: RATE_SHEET_VERSION,
    routes: routes.map((route) => ({
      id: route.id,
      model: route.modelName,
      modelId: route.modelId,
      family: route.family,
      group: route.group,
      provider: route.providerName,
      variant: route.variant,
      providerModelId: route.providerModelId,
      prices: route.prices,
      contextWindow: route.contextWindow,
      maxOutput: route.maxOutput,
      source: route.source,
      note: route.notes,
      references: route.references,
      ...(route.disagrees ? { disagrees: true } : {}),
      ...(!route.disagrees && referencesDiffer(route.references, route.prices) ? { disagrees: false } : {}),
      ...(route.speed ? { speed: route.speed } : {}),
      ...routeTermsEntry(route),
    })),
  };
}

/** The routes as a rate-sheet file (pretty-printed JSON, ending with a newline). */
export function exportRateSheet(routes: readonly Route[]): string {
  return `${JSON.stringify(toRateSheetDocument(routes), null, 2)}\n`;
}
