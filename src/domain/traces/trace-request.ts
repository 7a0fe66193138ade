/**
 * One request of a log, as every reader produces it, whatever the file's format.
 *
 * Convention: `input` is every input (prompt) token of the request and `cached` is the part of it
 * served from the provider's cache, so 0 ≤ cached ≤ input. Readers translate each format into this:
 * OpenAI-compatible and Kimi usage already count cached tokens inside prompt_tokens; Anthropic usage
 * counts them beside input_tokens, so a reader adds them (see trace-json.ts).
 */
import type { Reading } from './trace-values';

export interface TraceRequest {
  /** All input tokens, cached ones included. */
  readonly input: number;
  /** Input tokens served from the cache (a part of `input`). */
  readonly cached: number;
  readonly output: number;
  /** Milliseconds since 1970-01-01 UTC, or null when the row has none. */
  readonly timestampMs: number | null;
  readonly model: string | null;
  readonly tag: string | null;
}

/** The checks every reader applies last: cached tokens are a part of the input tokens. */
export function checkedRequest(request: TraceRequest): Reading<TraceRequest> {
  if (request.cached > request.input) {
    return {
      ok: false,
      reason: `cached tokens (${request.cached}) are more than input tokens (${request.input})`,
    };
  }
  return { ok: true, value: request };
}
