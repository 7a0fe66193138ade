/**
 * LiteLLM's model_prices_and_context_window.json, read as a convenience. The rules, in words:
 * - Per-token costs become per-1M prices by moving the decimal point: 6e-7 → "0.6". A price finer
 *   than $0.000001 per 1M is refused, never rounded.
 * - Entries without both prices, non-chat modes and the `sample_spec` entry are skipped with a reason;
 *   a token limit that is not a count is left out (reported) and the entry kept.
 * - Positions are the key order of the file; names are the keys as plain text.
 * - `cache_creation_input_token_cost` is the route's cache-write price (lifetime not stated) and
 *   `cache_creation_input_token_cost_above_1hr` a one-hour write. Prices above a prompt length
 *   (`input_cost_per_token_above_200k_tokens` with its output, cached and cache-write prices) are a
 *   long-context tier above 200,000 tokens when both its input and output prices are given; any other
 *   tiered field is only mentioned in the route's notes.
 * - `deprecation_date` (YYYY-MM-DD) makes the route deprecated, shutting down on that date.
 * Everything else LiteLLM does not say (batch rule, tool fees, region) is left unknown.
 */

import type { PriceTexts } from '../prices';
import { plainText, safeLink } from '../provenance';
import type { SourceRef } from '../route';
import type { RouteLifecycle } from '../route-lifecycle';
import { type CacheWritePrice, type LongContextTier, unknownRouteTerms } from '../route-terms';
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
  exactPrice,
  groupOf,
  guessFamily,
  isRecord,
  Reject,
  shown,
  slug,
  TEXT_LIMITS,
  tokenLimit,
} from './rate-sheet-fields';

export const LITELLM_URL =
  'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';

/** LiteLLM provider keys and the names the bundled sheet uses for them (a Map: keys come from files). */
const LITELLM_PROVIDERS = new Map(
  'moonshot:Moonshot AI|openrouter:OpenRouter|fireworks_ai:Fireworks AI|together_ai:Together AI|deepinfra:DeepInfra|groq:Groq|novita:Novita|bedrock:AWS Bedrock|bedrock_converse:AWS Bedrock|vertex_ai:Google Vertex AI|azure_ai:Azure AI Foundry|openai:OpenAI|anthropic:Anthropic|gemini:Google (Gemini API)|nebius:Nebius|baseten:Baseten'
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
);
const CHAT_MODES = new Set(['chat', 'completion', 'responses']);

/** True when a parsed file looks like LiteLLM's: an object whose entries name a litellm_provider. */
export function looksLikeLiteLlm(value: unknown): boolean {
  return (
    isRecord(value) && Object.values(value).some((entry) => isRecord(entry) && 'litellm_provider' in entry)
  );
}

function readLiteLlmEntry(key: string, raw: unknown, fallback: SourceRef, repairs: string[]): RouteDraft {
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
  const cacheWrites = liteLlmCacheWrites(raw, '', fallback);
  const { tiers, leftOut } = liteLlmTiers(raw, fallback);
  if (leftOut.length > 0)
    notes.push(
      `LiteLLM also lists tiered prices (${leftOut.slice(0, 4).join(', ')}) that were not imported.`,
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
    ...unknownRouteTerms(fallback.date === '' ? 'undated' : 'import date'),
    lifecycle: liteLlmLifecycle(raw, repairs),
    cacheWrites,
    longContextTiers: tiers,
  };
}

const optionalCost = (raw: Record<string, unknown>, field: string) =>
  raw[field] === undefined || raw[field] === null ? null : exactPrice(raw[field], field, 6);

function liteLlmCacheWrites(
  raw: Record<string, unknown>,
  suffix: string,
  source: SourceRef,
): CacheWritePrice[] {
  const write = (field: string, lifetimeMinutes: number | null): CacheWritePrice[] => {
    const price = optionalCost(raw, field);
    return price === null ? [] : [{ price, lifetimeMinutes, source, basis: field }];
  };
  return [
    ...write(`cache_creation_input_token_cost${suffix}`, null),
    ...write(`cache_creation_input_token_cost_above_1hr${suffix}`, 60),
  ];
}

/** Tiers LiteLLM writes as `…_above_<N>k_tokens`; a tier needs its input and output price. */
function liteLlmTiers(
  raw: Record<string, unknown>,
  source: SourceRef,
): { tiers: LongContextTier[]; leftOut: string[] } {
  const fields = Object.keys(raw).filter((field) => /_above_\w+_tokens$/.test(field));
  const thresholds = new Set(
    fields.flatMap((field) => /^input_cost_per_token_above_(\d{1,6})k_tokens$/.exec(field)?.[1] ?? []),
  );
  const tiers: LongContextTier[] = [];
  const used = new Set<string>();
  for (const thousands of [...thresholds].sort((a, b) => Number(a) - Number(b))) {
    const suffix = `_above_${thousands}k_tokens`;
    const output = optionalCost(raw, `output_cost_per_token${suffix}`);
    if (output === null) continue;
    const tierFields = fields.filter((field) => field.endsWith(suffix));
    tiers.push({
      aboveTokens: Number(thousands) * 1000,
      input: exactPrice(raw[`input_cost_per_token${suffix}`], `input_cost_per_token${suffix}`, 6),
      cachedInput: optionalCost(raw, `cache_read_input_token_cost${suffix}`),
      output,
      cacheWrites: liteLlmCacheWrites(raw, suffix, source),
    });
    for (const field of tierFields) used.add(field);
  }
  return { tiers, leftOut: fields.filter((field) => !used.has(field)) };
}

function liteLlmLifecycle(raw: Record<string, unknown>, repairs: string[]): RouteLifecycle {
  const date = raw.deprecation_date;
  if (date === undefined || date === null) return unknownRouteTerms().lifecycle;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) {
    repairs.push(`deprecation_date ${shown(date)} is not a date (YYYY-MM-DD). It was left out.`);
    return unknownRouteTerms().lifecycle;
  }
  return { status: 'deprecated', date: date.trim(), source: 'LiteLLM deprecation_date', successor: null };
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
      ([position, key]): EntryReader => [
        position,
        key,
        (repairs: string[]) => readLiteLlmEntry(key, value[key], fallback, repairs),
      ],
    );
  return { format: 'litellm', routes: collect(entries, options, problems), problems };
}
