/**
 * Request logs as CSV with a header row. The rules:
 * - header names are matched ignoring case, spaces, dots, dashes and underscores, and a leading
 *   "usage": "Prompt Tokens", "prompt_tokens" and "usage.prompt_tokens" are the same column;
 * - input and output token columns are required; cached tokens, timestamp, model and a tag (or
 *   endpoint, feature, …) column are optional; the first column matching a role wins;
 * - cached tokens are a part of input tokens (OpenAI and Kimi convention), except when the header
 *   uses Anthropic's names (cache_read_input_tokens, cache_creation_input_tokens): then input tokens
 *   exclude cache reads and writes, total input = input + cache reads + cache writes, and cached =
 *   cache reads;
 * - an empty cached-tokens cell counts as 0; an empty input or output cell makes the row bad;
 * - one record per line (a quoted field may hold commas and doubled quotes, not line breaks).
 */
import { checkedRequest, type TraceRequest } from './trace-request';
import {
  MAX_TOKENS_PER_REQUEST,
  type Reading,
  readLabel,
  readOptionalTokenCount,
  readTimestamp,
  readTokenCount,
} from './trace-values';

export type CsvRole = 'input' | 'output' | 'cached' | 'cacheWrite' | 'timestamp' | 'model' | 'tag';

/** Accepted header names per role, normalised (lower case, letters and digits only). */
const ROLE_NAMES: Readonly<Record<CsvRole, readonly string[]>> = {
  input: ['inputtokens', 'prompttokens', 'input', 'prompt', 'tokensin', 'intokens', 'inputtokencount'],
  output: [
    'outputtokens',
    'completiontokens',
    'output',
    'completion',
    'tokensout',
    'outtokens',
    'outputtokencount',
    'generatedtokens',
  ],
  cached: [
    'cachedtokens',
    'cached',
    'cachedinputtokens',
    'cachedprompttokens',
    'cachehittokens',
    'promptcachehittokens',
    'cachereadtokens',
    'cachereadinputtokens',
    'prompttokensdetailscachedtokens',
  ],
  cacheWrite: ['cachecreationinputtokens'],
  timestamp: ['timestamp', 'time', 'created', 'createdat', 'date', 'datetime', 'ts', 'requesttime'],
  model: ['model', 'modelname', 'modelid'],
  tag: [
    'tag',
    'tags',
    'endpoint',
    'endpointname',
    'feature',
    'group',
    'label',
    'operation',
    'usecase',
    'path',
  ],
};

const ROLES = Object.keys(ROLE_NAMES) as CsvRole[];
const ANTHROPIC_CACHE_NAMES = new Set(['cachereadinputtokens', 'cachecreationinputtokens']);

export interface CsvLayout {
  /** Column index of each role found. */
  readonly columns: Readonly<Partial<Record<CsvRole, number>>>;
  /** True when input tokens exclude cache reads and writes (Anthropic's names). */
  readonly anthropic: boolean;
}

export function normaliseHeaderName(name: string): string {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const unprefixed = compact.startsWith('usage') ? compact.slice(5) : compact;
  return ROLES.some((role) => ROLE_NAMES[role].includes(unprefixed)) ? unprefixed : compact;
}

/** Splits one CSV line into fields (RFC 4180 quoting within the line). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quotedField = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] as string;
    if (quotedField) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quotedField = false;
      else field += char;
    } else if (char === '"' && field === '') quotedField = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Reads a header row; refused when it has no input or no output token column. */
export function readCsvHeader(fields: readonly string[]): Reading<CsvLayout> {
  const columns: Partial<Record<CsvRole, number>> = {};
  let anthropic = false;
  fields.forEach((field, index) => {
    const name = normaliseHeaderName(field);
    const role = ROLES.find((candidate) => ROLE_NAMES[candidate].includes(name));
    if (role !== undefined && columns[role] === undefined) columns[role] = index;
    if (ANTHROPIC_CACHE_NAMES.has(name)) anthropic = true;
  });
  if (columns.input === undefined || columns.output === undefined) {
    const missing = [
      columns.input === undefined ? 'input' : null,
      columns.output === undefined ? 'output' : null,
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      ok: false,
      reason: `unknown format: the first line is neither JSON nor a CSV header with ${missing} token columns (e.g. input_tokens, output_tokens)`,
    };
  }
  return { ok: true, value: { columns, anthropic } };
}

function cell(fields: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : fields[index];
}

/** Reads one record against the header's layout. */
export function readCsvRecord(fields: readonly string[], layout: CsvLayout): Reading<TraceRequest> {
  const { columns } = layout;
  const input = readTokenCount(cell(fields, columns.input), 'input tokens');
  if (!input.ok) return input;
  const output = readTokenCount(cell(fields, columns.output), 'output tokens');
  if (!output.ok) return output;
  const cached = readOptionalTokenCount(cell(fields, columns.cached), 'cached tokens');
  if (!cached.ok) return cached;
  const written = readOptionalTokenCount(cell(fields, columns.cacheWrite), 'cache write tokens');
  if (!written.ok) return written;
  let timestampMs: number | null = null;
  if (columns.timestamp !== undefined) {
    const timestamp = readTimestamp(cell(fields, columns.timestamp));
    if (!timestamp.ok) return timestamp;
    timestampMs = timestamp.value;
  }
  const totalInput = layout.anthropic ? input.value + cached.value + written.value : input.value;
  if (totalInput > MAX_TOKENS_PER_REQUEST) {
    return {
      ok: false,
      reason: `input tokens (${totalInput} in all) are more than 10,000,000 for one request`,
    };
  }
  return checkedRequest({
    input: totalInput,
    cached: cached.value,
    output: output.value,
    timestampMs,
    model: readLabel(cell(fields, columns.model)),
    tag: columns.tag === undefined ? null : readLabel(cell(fields, columns.tag)),
  });
}
