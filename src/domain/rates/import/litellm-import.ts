/**
 * LiteLLM's model_prices_and_context_window.json, read as a convenience. The rules, in words:
 * - Per-token costs become per-1M prices by moving the decimal point: 6e-7 → "0.6". A price finer
 *   than $0.000001 per 1M is refused, never rounded.
 * - Entries without both prices, non-chat modes and the `sample_spec` entry are skipped with a reason;
 *   a token limit that is not a count is left out (reported) and the entry kept.
 * - Positions are the key order of the file; names are the keys as plain text. Only the base prices
 *   are imported: tiered prices are mentioned in the route's notes.
 */

import type { PriceTexts } from '../prices';
import { plainText, safeLink } from '../provenance';
import type { SourceRef } from '../route';
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
      ([position, key]): EntryReader => [
        position,
        key,
        (repairs: string[]) => readLiteLlmEntry(key, value[key], fallback, repairs),
      ],
    );
  return { format: 'litellm', routes: collect(entries, options, problems), problems };
}
