/**
 * Routes the user adds by hand. The rules, in words:
 * - A route needs a model name, a provider name, an input price and an output price. The cached-input
 *   price, context window, max output and source note may be left empty: no cached price means cache
 *   hits are billed at the full input price; an empty limit is "not published".
 * - Prices are USD per 1M tokens read as people type them, in their locale ("$0.95", "0,95", "1,200",
 *   "2.5k"; see quantity.ts; a reinterpreted text gets a note, "Read as 0.95"), from 0 to
 *   10,000 with at most 6 decimals, and kept exactly in canonical form ("4.00" → "4"). Token limits are
 *   whole numbers from 1 to 100,000,000 ("256k" works); max output cannot exceed the context window.
 * - Names are at most 120 characters and the note at most 2,000, after invisible and control
 *   characters are removed. They are kept as plain text and only ever shown as text.
 * - The id is `custom-<model>@<provider>` in the importer's id alphabet ([a-z0-9.@_-]), so it survives
 *   an export and re-import unchanged; a taken id gets the first free suffix -2, -3, …. Editing keeps
 *   the route's id, so links, pins and price overrides that name it keep working.
 * - The source is "Added by you", without a link (a note the user typed is not a checked source),
 *   dated the day the user saved it, which is never before the sheet's date: a figure typed into this
 *   sheet cannot have been checked before the sheet was made, so an earlier date is a wrong clock.
 * - A route the user adds says nothing else: its status is unknown, it has no cache-write prices,
 *   long-context tiers, batch rule, tool fees or region; its date is an "entry date". Editing a route
 *   keeps whatever else it carried (an imported route's tiers, say).
 */

import { toScaledInteger } from '../money/decimal';
import { formatTokens } from '../money/format-number';
import { fieldText, type QuantityRange, readQuantity } from '../money/quantity';
import { idAllocator } from './import/rate-sheet-entries';
import { groupOf, guessFamily, MAX_TOKEN_LIMIT, slug, TEXT_LIMITS } from './import/rate-sheet-fields';
import { PRICE_RANGE, type PriceText, priceToText } from './prices';
import { parseSourceDate, plainText } from './provenance';
import type { Route, SourceRef } from './route';
import { unknownRouteTerms } from './route-terms';

/** The form's texts, as typed. */
export interface CustomRouteDraft {
  readonly modelName: string;
  readonly providerName: string;
  readonly input: string;
  /** '' for none. */
  readonly cachedInput: string;
  readonly output: string;
  /** '' when not published. */
  readonly contextWindow: string;
  /** '' when not published. */
  readonly maxOutput: string;
  readonly sourceNote: string;
}

export type CustomRouteField = keyof CustomRouteDraft;

export interface CustomRouteProblem {
  readonly field: CustomRouteField;
  readonly message: string;
}

export type CustomRouteReading =
  | { readonly ok: true; readonly route: Route }
  | { readonly ok: false; readonly problems: readonly CustomRouteProblem[] };

export interface CustomRouteContext {
  /** The user's local date, YYYY-MM-DD (the app reads the clock; the domain never does). */
  readonly today: string;
  /** The rate sheet's date: the earliest date a route added to it can carry. */
  readonly sheetDate: string;
  /** The id of the route being edited: it keeps its id. */
  readonly editingId?: string | null;
  /** The typist's locale (the app passes navigator.language); without one, plain notation only. */
  readonly locale?: string | null;
}

export const EMPTY_CUSTOM_ROUTE_DRAFT: CustomRouteDraft = {
  modelName: '',
  providerName: '',
  input: '',
  cachedInput: '',
  output: '',
  contextWindow: '',
  maxOutput: '',
  sourceNote: '',
};

/** Longest texts a user can type into the form. */
export const CUSTOM_ROUTE_LIMITS = { name: TEXT_LIMITS.name, note: TEXT_LIMITS.note } as const;

const CUSTOM_SOURCE_LABEL = 'Added by you';
const TOKEN_RANGE: QuantityRange = { min: 1, max: MAX_TOKEN_LIMIT, maxDecimals: 0 };
const NUMBER_FIELDS: Partial<Record<CustomRouteField, QuantityRange>> = {
  input: PRICE_RANGE,
  cachedInput: PRICE_RANGE,
  output: PRICE_RANGE,
  contextWindow: TOKEN_RANGE,
  maxOutput: TOKEN_RANGE,
};

/** The date a user-entered figure carries: today, or the sheet's date when today is earlier or unreadable. */
export function customRouteDate(today: string, sheetDate: string): string {
  const todaySpan = parseSourceDate(today);
  const sheetSpan = parseSourceDate(sheetDate);
  if (todaySpan?.precision === 'day' && (sheetSpan === null || todaySpan.firstDay >= sheetSpan.firstDay)) {
    return today;
  }
  return sheetSpan === null ? '' : sheetDate;
}

function customSource(date: string): SourceRef {
  return {
    label: CUSTOM_SOURCE_LABEL,
    url: null,
    date,
    dateMeaning: date === '' ? 'undated' : 'the day you entered these figures',
  };
}

/** Reads the draft into a route, or says what is wrong with each field. Never throws. */
export function readCustomRoute(
  draft: CustomRouteDraft,
  existing: readonly Route[],
  context: CustomRouteContext,
): CustomRouteReading {
  const problems: CustomRouteProblem[] = [];
  const fail = (field: CustomRouteField, message: string) => {
    problems.push({ field, message });
    return null;
  };

  const name = (field: 'modelName' | 'providerName', what: string): string | null => {
    const clean = plainText(draft[field], Number.MAX_SAFE_INTEGER).text;
    if (clean === '') return fail(field, `Enter the ${what}.`);
    if (clean.length > CUSTOM_ROUTE_LIMITS.name) {
      return fail(field, `Use at most ${CUSTOM_ROUTE_LIMITS.name} characters.`);
    }
    return clean;
  };
  const price = (field: 'input' | 'cachedInput' | 'output', optional: boolean): PriceText | null => {
    if (optional && draft[field].trim() === '') return null;
    const reading = readQuantity(draft[field], PRICE_RANGE, context.locale ?? null);
    if (!reading.ok) return fail(field, reading.message);
    return priceToText(toScaledInteger(reading.exact, PRICE_RANGE.maxDecimals) as bigint);
  };
  const tokens = (field: 'contextWindow' | 'maxOutput'): number | null => {
    if (draft[field].trim() === '') return null;
    const reading = readQuantity(draft[field], TOKEN_RANGE, context.locale ?? null);
    return reading.ok ? reading.value : fail(field, reading.message);
  };

  const modelName = name('modelName', 'model name');
  const providerName = name('providerName', 'provider name');
  const input = price('input', false);
  const cachedInput = price('cachedInput', true);
  const output = price('output', false);
  const contextWindow = tokens('contextWindow');
  const maxOutput = tokens('maxOutput');
  if (contextWindow !== null && maxOutput !== null && maxOutput > contextWindow) {
    fail('maxOutput', `Max output cannot be more than the context window (${formatTokens(contextWindow)}).`);
  }
  const note = plainText(draft.sourceNote, Number.MAX_SAFE_INTEGER).text;
  if (note.length > CUSTOM_ROUTE_LIMITS.note) {
    fail('sourceNote', `Use at most ${CUSTOM_ROUTE_LIMITS.note.toLocaleString('en-US')} characters.`);
  }
  if (problems.length > 0 || modelName === null || providerName === null) return { ok: false, problems };
  if (input === null || output === null) return { ok: false, problems };

  const editing = context.editingId ? existing.find((route) => route.id === context.editingId) : undefined;
  const modelId = slug(modelName) || 'model';
  const family = guessFamily(modelName);
  const wanted = `custom-${slug(modelName, undefined, 50) || 'model'}@${slug(providerName, undefined, 50) || 'provider'}`;
  const id = editing?.id ?? idAllocator(existing.map((route) => route.id))(wanted);
  const source = customSource(customRouteDate(context.today, context.sheetDate));
  const { lifecycle, cacheWrites, longContextTiers, batch, toolFees, region } =
    editing ?? unknownRouteTerms();
  return {
    ok: true,
    route: {
      id,
      group: groupOf(family),
      family,
      modelId,
      modelName,
      providerName,
      variant: null,
      providerModelId: modelId,
      prices: { input, cachedInput, output },
      contextWindow,
      maxOutput,
      source,
      notes: note,
      references: [],
      disagrees: false,
      speed: null,
      lifecycle,
      cacheWrites,
      longContextTiers,
      batch,
      toolFees,
      region,
      checkedBy: source.date === '' ? 'undated' : 'entry date',
    },
  };
}

/** How each number field's text is read, where it was reinterpreted ("Read as 0.95"), as the user types. */
export function customRouteNotes(
  draft: CustomRouteDraft,
  locale: string | null,
): Partial<Record<CustomRouteField, string>> {
  const notes: Partial<Record<CustomRouteField, string>> = {};
  for (const [field, range] of Object.entries(NUMBER_FIELDS) as [CustomRouteField, QuantityRange][]) {
    if (draft[field].trim() === '') continue;
    const reading = readQuantity(draft[field], range, locale);
    if (reading.ok && reading.note !== null) notes[field] = reading.note;
  }
  return notes;
}

/**
 * The form's texts for a route, to edit it, written so they read back the same in the typist's
 * locale (see fieldText): saving an untouched form keeps the route as it was.
 */
export function customRouteToDraft(route: Route, locale: string | null = null): CustomRouteDraft {
  const limit = (tokens: number | null) => (tokens === null ? '' : fieldText(formatTokens(tokens), locale));
  return {
    modelName: route.modelName,
    providerName: route.providerName,
    input: fieldText(route.prices.input, locale),
    cachedInput: fieldText(route.prices.cachedInput ?? '', locale),
    output: fieldText(route.prices.output, locale),
    contextWindow: limit(route.contextWindow),
    maxOutput: limit(route.maxOutput),
    sourceNote: route.notes,
  };
}
