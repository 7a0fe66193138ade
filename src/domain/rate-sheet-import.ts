/**
 * Rate sheets in and out: the app's own JSON schema (import and export) and, as a convenience,
 * LiteLLM's model_prices_and_context_window.json. Reading never throws. The rules, in words:
 * - Every entry is read on its own. A bad entry is left out and reported with its position (0-based
 *   index in the file's list, or in LiteLLM's key order) and the reason; good entries are imported.
 *   Small repairs (text cut to length, an id renamed) are reported too, with `imported: true`.
 * - Prices are USD per 1M tokens from 0 to 10,000 with at most 6 decimals, read exactly from their
 *   decimal text (a JSON number is read from its shortest decimal text: 0.95 → "0.95") and stored in
 *   canonical form ("4.00" → "4"). Token limits are whole numbers from 1 to 100,000,000.
 * - Names and notes are plain text: control and bidirectional-override characters become spaces,
 *   runs of spaces collapse, and long texts are cut (TEXT_LIMITS). Markup is kept as literal text.
 * - Links are kept only when they are absolute http(s) URLs without user names or passwords.
 * - Ids are the given id cleaned to [a-z0-9.@_-], or `model[-variant]@provider` generated like the
 *   bundled sheet's; a taken id gets the first free suffix -2, -3, … (deterministic).
 * - LiteLLM per-token costs become per-1M prices by moving the decimal point: 6e-7 → "0.6". A price
 *   finer than $0.000001 per 1M is refused, never rounded. Entries without both prices, non-chat
 *   modes and the `sample_spec` entry are skipped with a reason.
 *
 * The app's schema (version 1):
 *   { "schema": "kimi-cost-calculator/rate-sheet", "version": 1, "routes": [ {
 *       "id"?: "kimi-k2.6@moonshot-ai", "model": "Kimi K2.6", "modelId"?, "family"?, "group"?: "kimi" | "comparison",
 *       "provider": "Moonshot AI", "variant"?: "fast" | null, "providerModelId"?,
 *       "prices": { "input": "0.95", "cachedInput"?: "0.16" | null, "output": "4" },   // USD per 1M tokens
 *       "contextWindow"?: 262144, "maxOutput"?: 262144,
 *       "source"?: { "label", "url"?, "date"?: "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "dateMeaning"? },
 *       "note"?, "references"?: [ { "prices", "source"?, "note"? } ], "disagrees"?: true,
 *       "speed"?: { "outputTokensPerSecond", "timeToFirstTokenSeconds", "source"? } } ] }
 */
import { parseExactDecimal, toScaledInteger } from './decimal';
import { parseSourceDate, plainText, readSourceRef, SOURCE_TEXT_LIMITS, safeLink } from './provenance';
import {
  PRICE_DECIMALS,
  PRICE_RANGE,
  type PriceReference,
  type PriceText,
  type PriceTexts,
  pricesDiffer,
  priceToText,
  type Route,
  type RouteGroup,
  type RouteSpeed,
  type SourceRef,
} from './rates';

export const RATE_SHEET_SCHEMA = 'kimi-cost-calculator/rate-sheet';
export const RATE_SHEET_VERSION = 1;
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 10_000;
export const MAX_TOKEN_LIMIT = 100_000_000;
export const TEXT_LIMITS = { ...SOURCE_TEXT_LIMITS, name: 120, id: 120 } as const;
const MAX_REFERENCES = 20;
const MAX_PRICE = BigInt(PRICE_RANGE.max) * 10n ** BigInt(PRICE_DECIMALS);
export const LITELLM_URL =
  'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';

export interface ImportProblem {
  /** 0-based position of the entry in the file; null for the file as a whole. */
  readonly position: number | null;
  /** The entry's name as plain text (model, or LiteLLM key), when readable. */
  readonly entry: string | null;
  readonly reason: string;
  /** True when the entry was imported anyway, with the repair the reason describes. */
  readonly imported: boolean;
}

export interface ImportResult {
  readonly format: 'app' | 'litellm' | null;
  readonly routes: Route[];
  readonly problems: ImportProblem[];
}

export interface ImportOptions {
  /** Ids already in use (bundled and custom routes): imported ids are made distinct from them. */
  readonly takenIds?: Iterable<string>;
  /** Today's date, YYYY-MM-DD: the date given to prices the file does not date (else they are undated). */
  readonly importedOn?: string;
  /** LiteLLM only: import only keys containing this text, case-insensitive (e.g. "kimi"). */
  readonly match?: string;
}

/** Thrown inside an entry's reader only; the loop turns it into a problem. */
class Reject extends Error {}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shown(value: unknown): string {
  if (typeof value === 'string') return `“${plainText(value, 40).text}”`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value === 'object') return value === null ? 'null' : 'an object';
  return String(value);
}

function text(value: unknown, what: string, limit: number, repairs: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Reject(`${what} must be text, not ${shown(value)}.`);
  const result = plainText(value, limit);
  if (result.cut) repairs.push(`${what} was cut to ${limit} characters.`);
  return result.text === '' ? null : result.text;
}

function requiredText(value: unknown, what: string, limit: number, repairs: string[]): string {
  const result = text(value, what, limit, repairs);
  if (result === null) throw new Reject(`${what} is missing.`);
  return result;
}

/** An exact price text from a decimal text or number, times 10^shift (shift 6: per token → per 1M tokens). */
function exactPrice(value: unknown, what: string, shift = 0): PriceText {
  const written = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (written === null) throw new Reject(`${what} must be a number, not ${shown(value)}.`);
  const parsed = written.length <= 40 ? parseExactDecimal(written) : null;
  if (parsed === null) throw new Reject(`${what} ${shown(written)} is not a number.`);
  if (parsed.units < 0n) throw new Reject(`${what} is negative.`);
  const units = parsed.scale >= shift ? parsed.units : parsed.units * 10n ** BigInt(shift - parsed.scale);
  const micros = toScaledInteger({ units, scale: Math.max(parsed.scale - shift, 0) }, PRICE_DECIMALS);
  if (micros === null) throw new Reject(`${what} ${written} is finer than $0.000001 per 1M tokens.`);
  if (micros > MAX_PRICE) throw new Reject(`${what} is above $10,000 per 1M tokens.`);
  return priceToText(micros);
}

function readPrices(value: unknown, what: string): PriceTexts {
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

function tokenLimit(value: unknown, what: string): number | null {
  if (value === undefined || value === null) return null;
  const count = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_TOKEN_LIMIT) {
    throw new Reject(`${what} must be a whole number of tokens from 1 to 100,000,000, not ${shown(value)}.`);
  }
  return count;
}

function readSource(value: unknown, what: string, fallback: SourceRef, repairs: string[]): SourceRef {
  const reading = readSourceRef(value, fallback, what);
  if (!reading.ok) throw new Reject(reading.reason);
  repairs.push(...reading.repairs);
  return reading.source;
}

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

/** Lower case, "&" as "and", every run of other characters one "-": "Fireworks AI" → "fireworks-ai". */
export function slug(value: string, other = /[^a-z0-9.]+/g, limit = 60): string {
  return value
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(other, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, limit);
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

const groupOf = (family: string): RouteGroup => (/^(K\d|Kimi$)/.test(family) ? 'kimi' : 'comparison');

/** A route as read, before its id is made unique. */
type Draft = Omit<Route, 'id'> & { readonly wantedId: string | null };

function readAppEntry(raw: unknown, fallback: SourceRef, repairs: string[]): Draft {
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
    source: readSource(raw.source, 'source', fallback, repairs),
    notes: text(raw.note, 'note', TEXT_LIMITS.note, repairs) ?? '',
    references,
    disagrees:
      raw.disagrees === true || references.some((reference) => pricesDiffer(reference.prices, prices)),
    speed: readSpeed(raw.speed, fallback, repairs),
  };
}

/** Hands out unique ids: the wanted one, else the first free `-2`, `-3`, … suffix. */
function idAllocator(taken: Iterable<string>) {
  const used = new Set(taken);
  const nextSuffix = new Map<string, number>();
  return (wanted: string): string => {
    let id = wanted;
    let suffix = nextSuffix.get(wanted) ?? 2;
    while (used.has(id)) id = `${wanted}-${suffix++}`;
    nextSuffix.set(wanted, suffix);
    used.add(id);
    return id;
  };
}

/** Reads entries one by one, turning each failure into a problem and making ids unique. */
function collect(
  entries: readonly (readonly [position: number, name: string | null, read: (repairs: string[]) => Draft])[],
  options: ImportOptions,
  problems: ImportProblem[],
): Route[] {
  const claim = idAllocator(options.takenIds ?? []);
  const routes: Route[] = [];
  for (const [position, name, read] of entries) {
    const entry = name === null ? null : plainText(name, 80).text;
    const repairs: string[] = [];
    try {
      const { wantedId, ...draft } = read(repairs);
      const generated = `${slug(draft.modelId) || 'model'}${draft.variant ? `-${slug(draft.variant)}` : ''}@${slug(draft.providerName) || 'provider'}`;
      const cleaned = wantedId === null ? '' : slug(wantedId, /[^a-z0-9.@_-]+/g, TEXT_LIMITS.id);
      if (wantedId !== null && cleaned !== wantedId)
        repairs.push(`The id was changed to “${cleaned || generated}”.`);
      const base = cleaned || generated;
      const id = claim(base);
      if (id !== base) repairs.push(`The id “${base}” is already used; the route was imported as “${id}”.`);
      routes.push({ id, ...draft });
      for (const reason of repairs) problems.push({ position, entry, reason, imported: true });
    } catch (error) {
      const reason = error instanceof Reject ? error.message : 'The entry could not be read.';
      problems.push({ position, entry, reason, imported: false });
    }
  }
  return routes;
}

function fallbackSource(label: string, url: string | null, importedOn: string | undefined): SourceRef {
  const dated = importedOn !== undefined && parseSourceDate(importedOn) !== null;
  return {
    label,
    url,
    date: dated ? (importedOn as string) : '',
    dateMeaning: dated ? 'date imported; the file gives no date' : 'undated; the file gives no date',
  };
}

const fileProblem = (reason: string): ImportProblem => ({
  position: null,
  entry: null,
  reason,
  imported: false,
});
const refused = (reason: string): ImportResult => ({
  format: null,
  routes: [],
  problems: [fileProblem(reason)],
});

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
  const entries = list.slice(0, MAX_IMPORT_ENTRIES).map((raw, position) => {
    const name = isRecord(raw) && typeof raw.model === 'string' ? raw.model : null;
    return [position, name, (repairs: string[]) => readAppEntry(raw, fallback, repairs)] as const;
  });
  const routes = collect(entries, options, problems);
  return { format: 'app', routes, problems };
}

/** LiteLLM provider keys and the names the bundled sheet uses for them (a Map: keys come from files). */
const LITELLM_PROVIDERS = new Map(
  'moonshot:Moonshot AI|openrouter:OpenRouter|fireworks_ai:Fireworks AI|together_ai:Together AI|deepinfra:DeepInfra|groq:Groq|novita:Novita|bedrock:AWS Bedrock|bedrock_converse:AWS Bedrock|vertex_ai:Google Vertex AI|azure_ai:Azure AI Foundry|openai:OpenAI|anthropic:Anthropic|gemini:Google (Gemini API)|nebius:Nebius|baseten:Baseten'
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
);
const CHAT_MODES = new Set(['chat', 'completion', 'responses']);

function readLiteLlmEntry(key: string, raw: unknown, fallback: SourceRef, repairs: string[]): Draft {
  if (key === 'sample_spec')
    throw new Reject('LiteLLM’s sample entry describes the format; it is not a model.');
  if (!isRecord(raw)) throw new Reject(`The entry must be an object, not ${shown(raw)}.`);
  if (typeof raw.mode === 'string' && !CHAT_MODES.has(raw.mode)) {
    throw new Reject(`It is a ${plainText(raw.mode, 40).text} model, not a chat model.`);
  }
  if (raw.input_cost_per_token === undefined || raw.output_cost_per_token === undefined) {
    throw new Reject('It has no per-token input and output prices.');
  }
  const prices: PriceTexts = {
    input: exactPrice(raw.input_cost_per_token, 'input_cost_per_token', 6),
    cachedInput:
      raw.cache_read_input_token_cost === undefined || raw.cache_read_input_token_cost === null
        ? null
        : exactPrice(raw.cache_read_input_token_cost, 'cache_read_input_token_cost', 6),
    output: exactPrice(raw.output_cost_per_token, 'output_cost_per_token', 6),
  };
  const limit = (field: string): number | null => {
    try {
      return tokenLimit(raw[field], field);
    } catch (error) {
      repairs.push(`${(error as Error).message} It was left out.`);
      return null;
    }
  };
  const providerKey =
    typeof raw.litellm_provider === 'string' ? raw.litellm_provider : (key.split('/')[0] ?? '');
  const name = plainText(key.split('/').pop() ?? key, TEXT_LIMITS.name).text || 'model';
  const notes: string[] = [];
  const link = typeof raw.source === 'string' ? safeLink(raw.source) : null;
  if (link !== null) notes.push(`LiteLLM source: ${link}`);
  const tiers = Object.keys(raw).filter((field) => /_above_\w+_tokens$/.test(field));
  if (tiers.length > 0)
    notes.push(
      `LiteLLM also lists tiered prices (${tiers.slice(0, 4).join(', ')}); only the base prices were imported.`,
    );
  const modelId = slug(name) || 'model';
  const family = guessFamily(`${modelId} ${key}`);
  return {
    wantedId: null,
    group: groupOf(family),
    family,
    modelId,
    modelName: name,
    providerName:
      LITELLM_PROVIDERS.get(providerKey) ??
      (plainText(providerKey, TEXT_LIMITS.name).text || 'Unknown provider'),
    variant: null,
    providerModelId: plainText(key, TEXT_LIMITS.name).text,
    prices,
    contextWindow: limit('max_input_tokens'),
    maxOutput: limit('max_output_tokens'),
    source: fallback,
    notes: plainText(notes.join(' '), TEXT_LIMITS.note).text,
    references: [],
    disagrees: false,
    speed: null,
  };
}

/** Reads a parsed LiteLLM model_prices_and_context_window.json (an object keyed by model name). */
export function readLiteLlmPrices(value: unknown, options: ImportOptions = {}): ImportResult {
  if (!isRecord(value)) return refused('This is not a LiteLLM price file: it is not an object.');
  const problems: ImportProblem[] = [];
  const match = options.match?.trim().toLowerCase() ?? '';
  const wanted = Object.keys(value)
    .map((key, position) => [position, key] as const)
    .filter(([, key]) => match === '' || key.toLowerCase().includes(match));
  if (wanted.length > MAX_IMPORT_ENTRIES) {
    problems.push(fileProblem(`Only the first ${MAX_IMPORT_ENTRIES} of ${wanted.length} entries were read.`));
  }
  const fallback = fallbackSource(
    'LiteLLM model_prices_and_context_window.json',
    LITELLM_URL,
    options.importedOn,
  );
  const entries = wanted
    .slice(0, MAX_IMPORT_ENTRIES)
    .map(
      ([position, key]) =>
        [position, key, (repairs: string[]) => readLiteLlmEntry(key, value[key], fallback, repairs)] as const,
    );
  return { format: 'litellm', routes: collect(entries, options, problems), problems };
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
  if (
    isRecord(value) &&
    Object.values(value).some((entry) => isRecord(entry) && 'litellm_provider' in entry)
  ) {
    return readLiteLlmPrices(value, options);
  }
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
      ...(route.speed ? { speed: route.speed } : {}),
    })),
  };
}

/** The routes as a rate-sheet file (pretty-printed JSON, ending with a newline). */
export function exportRateSheet(routes: readonly Route[]): string {
  return `${JSON.stringify(toRateSheetDocument(routes), null, 2)}\n`;
}
