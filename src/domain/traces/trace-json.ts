/**
 * Request logs as JSON Lines: one JSON object per line. The rules:
 * - the usage is found in `usage` (a response), `response.body.usage` (an OpenAI Batch output line),
 *   `result.message.usage` (an Anthropic batch result) or `message.usage`, or the line is itself a
 *   bare usage object;
 * - OpenAI-compatible usage: input = prompt_tokens, output = completion_tokens (reasoning tokens are
 *   already inside it), cached = prompt_tokens_details.cached_tokens, else Kimi's top-level
 *   usage.cached_tokens, else DeepSeek's prompt_cache_hit_tokens. Each of those is a PART of
 *   prompt_tokens, never added on top;
 * - OpenAI Responses usage (input_tokens with input_tokens_details): input = input_tokens, cached =
 *   input_tokens_details.cached_tokens, also a part of it;
 * - Anthropic usage (input_tokens without input_tokens_details): input_tokens EXCLUDES cache reads
 *   and cache writes, so total input = input_tokens + cache_read_input_tokens +
 *   cache_creation_input_tokens and cached = cache_read_input_tokens (cache writes are counted as
 *   ordinary input tokens: Kimi charges no cache-write fee);
 * - model, timestamp (created, created_at, timestamp, time) and tag (tag, endpoint, feature, also
 *   under metadata) are read from the line or the response when present.
 */
import { checkedRequest, type TraceRequest } from './trace-request';
import {
  MAX_TOKENS_PER_REQUEST,
  quoted,
  type Reading,
  readLabel,
  readOptionalTokenCount,
  readTimestamp,
  readTokenCount,
} from './trace-values';

type JsonObject = Readonly<Record<string, unknown>>;

function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
}

function has(object: JsonObject, key: string): boolean {
  return Object.hasOwn(object, key);
}

function isUsage(object: JsonObject | null): object is JsonObject {
  return (
    object !== null &&
    (has(object, 'prompt_tokens') ||
      has(object, 'completion_tokens') ||
      has(object, 'input_tokens') ||
      has(object, 'output_tokens'))
  );
}

interface Located {
  readonly usage: JsonObject;
  /** The object the usage belongs to (the response or message), for its model and timestamp. */
  readonly owner: JsonObject;
}

function locateUsage(line: JsonObject): Located | null {
  const body = asObject(asObject(line.response)?.body);
  const message = asObject(asObject(line.result)?.message) ?? asObject(line.message);
  for (const owner of [line, body, message]) {
    const usage = owner ? asObject(owner.usage) : null;
    if (owner && isUsage(usage)) return { usage, owner };
  }
  return isUsage(line) ? { usage: line, owner: line } : null;
}

interface Tokens {
  readonly input: number;
  readonly cached: number;
  readonly output: number;
}

function firstPresent(...values: unknown[]): unknown {
  return values.find((value) => value !== undefined && value !== null);
}

function readOpenAiUsage(usage: JsonObject): Reading<Tokens> {
  const input = readTokenCount(usage.prompt_tokens, 'prompt_tokens');
  if (!input.ok) return input;
  const output = readTokenCount(usage.completion_tokens, 'completion_tokens');
  if (!output.ok) return output;
  const cachedValue = firstPresent(
    asObject(usage.prompt_tokens_details)?.cached_tokens,
    usage.cached_tokens,
    usage.prompt_cache_hit_tokens,
  );
  const cached = readOptionalTokenCount(cachedValue, 'cached_tokens');
  if (!cached.ok) return cached;
  return { ok: true, value: { input: input.value, cached: cached.value, output: output.value } };
}

function readInputOutputUsage(usage: JsonObject): Reading<Tokens> {
  const input = readTokenCount(usage.input_tokens, 'input_tokens');
  if (!input.ok) return input;
  const output = readTokenCount(usage.output_tokens, 'output_tokens');
  if (!output.ok) return output;
  const details = asObject(usage.input_tokens_details);
  if (details !== null) {
    // OpenAI Responses API: cached tokens are part of input_tokens.
    const cached = readOptionalTokenCount(details.cached_tokens, 'cached_tokens');
    if (!cached.ok) return cached;
    return { ok: true, value: { input: input.value, cached: cached.value, output: output.value } };
  }
  // Anthropic: input_tokens excludes cache reads and cache writes.
  const read = readOptionalTokenCount(usage.cache_read_input_tokens, 'cache_read_input_tokens');
  if (!read.ok) return read;
  const written = readOptionalTokenCount(usage.cache_creation_input_tokens, 'cache_creation_input_tokens');
  if (!written.ok) return written;
  const total = input.value + read.value + written.value;
  if (total > MAX_TOKENS_PER_REQUEST) {
    return { ok: false, reason: `input tokens (${total} in all) are more than 10,000,000 for one request` };
  }
  return { ok: true, value: { input: total, cached: read.value, output: output.value } };
}

const TAG_KEYS = ['tag', 'endpoint', 'feature'] as const;
const TIME_KEYS = ['created', 'created_at', 'timestamp', 'time'] as const;

function firstTime(object: JsonObject): unknown {
  for (const key of TIME_KEYS) {
    const value = object[key];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function readTag(line: JsonObject): string | null {
  const metadata = asObject(line.metadata);
  for (const source of [line, metadata]) {
    for (const key of TAG_KEYS) {
      const label = source ? readLabel(source[key]) : null;
      if (label !== null) return label;
    }
  }
  return null;
}

/** Reads one line of JSON Lines. */
export function readJsonRecord(text: string): Reading<TraceRequest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: `not valid JSON (starts ${quoted(text.slice(0, 40))})` };
  }
  const line = asObject(parsed);
  if (line === null) return { ok: false, reason: 'not a JSON object' };
  const located = locateUsage(line);
  if (located === null) {
    return { ok: false, reason: 'unknown format: no usage with token counts in this line' };
  }
  const { usage, owner } = located;
  const tokens =
    has(usage, 'prompt_tokens') || has(usage, 'completion_tokens')
      ? readOpenAiUsage(usage)
      : readInputOutputUsage(usage);
  if (!tokens.ok) return tokens;
  const timeValue = firstTime(owner) ?? firstTime(line);
  let timestampMs: number | null = null;
  if (timeValue !== undefined) {
    const timestamp = readTimestamp(timeValue);
    if (!timestamp.ok) return timestamp;
    timestampMs = timestamp.value;
  }
  // Fields written out: an object spread here costs more than the JSON parse (measured).
  return checkedRequest({
    input: tokens.value.input,
    cached: tokens.value.cached,
    output: tokens.value.output,
    timestampMs,
    model: readLabel(owner.model) ?? readLabel(line.model),
    tag: readTag(line),
  });
}
