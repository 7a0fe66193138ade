/**
 * Source names and notes in words for people. The rate sheet is written by the price importers, whose
 * source ids and field names ("genai-prices (git)", "maxOutput filled from litellm") say where a figure
 * came from to a maintainer; what the page shows says it to a person. The rules, in words:
 * - A known source id becomes the source's name ("litellm" → "LiteLLM's price list"); the importer's
 *   detail in brackets (a git or npm copy) is dropped, a detail a person needs ("archived page",
 *   "unmerged PR #499") is kept in plain words. An unknown label is shown as it is.
 * - In a note, field names become their words ("maxOutput" → "max output"), "filled from" becomes
 *   "taken from", the data-version tags ("v2:") go, "SOURCES DISAGREE" reads "Sources disagree", and
 *   known source ids become their names.
 */
import { formatPriceText, type PriceTexts } from './prices';
import type { SourceRef } from './route';

/** Source ids the importers write, and their names. */
const SOURCE_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^genai-prices(?: \((?:git|npm[^)]*)\))?$/i, 'Pydantic genai-prices'],
  [/^litellm$/i, 'LiteLLM’s price list'],
  [/^models\.dev \(unmerged PR (#\d+)\)$/i, 'models.dev (proposed change $1, not yet merged)'],
  [/^openrouter-api$/i, 'OpenRouter’s model list'],
  [/^moonshot-official \(archived page\)$/i, 'Moonshot AI’s pricing page (archived copy)'],
  [/^anthropic-official page$/i, 'Anthropic’s pricing page'],
  [/^google-official page \(transcribed\)$/i, 'Google’s pricing page (transcribed)'],
  [/^vercel-ai-gateway page$/i, 'Vercel AI Gateway’s model page'],
];

/** A source's name for people: "genai-prices (git)" → "Pydantic genai-prices"; unknown labels unchanged. */
export function sourceName(label: string): string {
  const trimmed = label.trim();
  for (const [pattern, name] of SOURCE_NAMES) {
    if (pattern.test(trimmed)) return trimmed.replace(pattern, name);
  }
  return label;
}

/** Words in a note, and what a person reads instead; applied in order. */
const NOTE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bv\d+:?\s+/g, ''],
  [/\bSOURCES DISAGREE\b/g, 'Sources disagree'],
  [/\bfilled from\b/g, 'taken from'],
  [/\bmaxOutput\b/g, 'max output'],
  [/\bcontextWindow\b/g, 'context window'],
  [/\bcacheWritePerM\b/g, 'cache-write price'],
  [/\bbatchInputPerM\/batchOutputPerM\b/g, 'batch prices'],
  [/\bbatch(?:Input|Output)PerM\b/g, 'batch price'],
  [/\bprices_checked\b/g, 'price check date'],
  [/\bcache_write\b/g, 'cache write'],
  [/\bgenai-prices \((?:git|npm[^)]*)\)/g, 'Pydantic genai-prices'],
  [/\blitellm\b/g, 'LiteLLM'],
  [/\bopenrouter-api\b/g, 'OpenRouter’s model list'],
  [/\bP50 TTFT\b/g, 'median time to first token'],
  [/\bTTFT\b/g, 'time to first token'],
  [/\bP50\b/g, 'median'],
];

/** A note for people: field names and source ids in words (see the rules above). */
export function noteForPeople(note: string): string {
  let text = note;
  for (const [pattern, words] of NOTE_WORDS) text = text.replace(pattern, words);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a "Use this figure" button picks, for its accessible name (several sit on one page): "Use this
 * figure from LiteLLM’s price list (2026-06-21): $0.95 input, $4.00 output, for Kimi K2.6 via Moonshot AI".
 */
export function describeFigureChoice(
  entry: { readonly source: SourceRef | null; readonly prices: PriceTexts },
  routeName: string,
): string {
  const from = entry.source
    ? `from ${sourceName(entry.source.label)}${entry.source.date ? ` (${entry.source.date})` : ''}`
    : '';
  const input = formatPriceText(entry.prices.input) ?? 'no';
  const output = formatPriceText(entry.prices.output) ?? 'no';
  return `Use this figure ${from}: ${input} input, ${output} output, for ${routeName}`;
}
