import { describe, expect, it } from 'vitest';
import { noteForPeople, sourceName } from './source-words';

describe('sourceName', () => {
  // Rule: a known source id becomes the source's name; the importer's copy detail (git, npm) goes, a
  // detail a person needs stays in words; an unknown label is shown as it is.
  it.each([
    ['genai-prices (git)', 'Pydantic genai-prices'],
    ['genai-prices (npm 0.1.8)', 'Pydantic genai-prices'],
    ['litellm', 'LiteLLM’s price list'],
    ['models.dev', 'models.dev'],
    ['models.dev (unmerged PR #499)', 'models.dev (proposed change #499, not yet merged)'],
    ['openrouter-api', 'OpenRouter’s model list'],
    ['moonshot-official (archived page)', 'Moonshot AI’s pricing page (archived copy)'],
    ['anthropic-official page', 'Anthropic’s pricing page'],
    ['My team’s sheet', 'My team’s sheet'],
  ])('%s → %s', (label, name) => expect(sourceName(label)).toBe(name));
});

describe('noteForPeople', () => {
  // Rule: field names become their words, "filled from" reads "taken from", data-version tags go,
  // "SOURCES DISAGREE" reads "Sources disagree" and source ids become names; the note starts upper case.
  it.each([
    ['maxOutput filled from litellm', 'Max output taken from LiteLLM'],
    [
      'prices incl. tax; maxOutput filled from litellm; v2: Moonshot discontinued the kimi-k2 series on 2026-05-25',
      'Prices incl. tax; max output taken from LiteLLM; Moonshot discontinued the kimi-k2 series on 2026-05-25',
    ],
    [
      'SOURCES DISAGREE for this model/provider: genai-prices (git)=1.15/8.0, litellm=1.15/8.0',
      'Sources disagree for this model/provider: Pydantic genai-prices=1.15/8.0, LiteLLM=1.15/8.0',
    ],
    ['no prices_checked in genai-prices', 'No price check date in genai-prices'],
    ['cache_write recorded as 0 (free or unpublished)', 'Cache write recorded as 0 (free or unpublished)'],
    [
      'P50 throughput and P50 TTFT on live Vercel AI Gateway traffic',
      'Median throughput and median time to first token on live Vercel AI Gateway traffic',
    ],
    ['', ''],
  ])('%s → %s', (note, text) => expect(noteForPeople(note)).toBe(text));
});
