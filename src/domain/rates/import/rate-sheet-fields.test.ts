import { describe, expect, it } from 'vitest';
import { guessFamily, slug } from './rate-sheet-fields';

describe('guessFamily', () => {
  // Rule: Kimi generations by their K number, Kimi/Moonshot otherwise "Kimi", then GPT, Claude,
  // Gemini by name; anything else "Other".
  it.each([
    ['Kimi K2.7 Code', 'K2.7'],
    ['kimi-k2-thinking', 'K2'],
    ['Kimi-K2-Instruct', 'K2'],
    ['moonshot-v1-8k', 'Kimi'],
    ['gpt-5.1', 'GPT'],
    ['Claude Sonnet', 'Claude'],
    ['DeepSeek V3', 'Other'],
  ])('the family of %s is %s', (name, family) => {
    expect(guessFamily(name)).toBe(family);
  });
});

describe('slug', () => {
  // Rule: lower case, "&" as "and", every run of other characters one "-", no "-" at the ends.
  it.each([
    ['Fireworks AI', 'fireworks-ai'],
    ['Kimi K2.6', 'kimi-k2.6'],
    ['AT&T Cloud', 'atandt-cloud'],
    ['  --Hello, World!--  ', 'hello-world'],
    ['<img src=x>', 'img-src-x'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(slug(value)).toBe(expected);
  });

  it('keeps at most 60 characters', () => {
    expect(slug('a'.repeat(100))).toHaveLength(60);
  });
});

describe('slug at its length limit', () => {
  it('never ends an id with a dash, so the id reads back the same', () => {
    const id = slug('Amazon Bedrock Cross-Region Inference, US East & West', undefined, 50);
    expect(id).toBe('amazon-bedrock-cross-region-inference-us-east-and');
    expect(slug(id, undefined, 50)).toBe(id);
  });
});
