import { describe, expect, it } from 'vitest';
import { familyName, familyOf } from './route-family';

describe('familyOf', () => {
  // Rule: kimi-k<N>… is "K<N>"; another Kimi model is "Kimi <second word of its name>"; any other
  // model is the first word of its name, up to a space or hyphen.
  it.each([
    ['kimi-k2-0905', 'Kimi K2 (0905)', 'K2'],
    ['kimi-k2-thinking-turbo', 'Kimi K2 Thinking Turbo', 'K2'],
    ['kimi-k2.5-turbo', 'Kimi K2.5 Turbo', 'K2.5'],
    ['kimi-k2.7-code', 'Kimi K2.7 Code', 'K2.7'],
    ['kimi-k3', 'Kimi K3', 'K3'],
    ['kimi-k3.1-pro', 'Kimi K3.1 Pro', 'K3.1'],
    ['kimi-k12', 'Kimi K12', 'K12'],
    ['kimi-linear-48b-a3b-instruct', 'Kimi Linear 48B A3B Instruct', 'Kimi Linear'],
    ['kimi-dev-72b', 'Kimi Dev 72B', 'Kimi Dev'],
    ['kimi-latest', 'Kimi Latest (alias)', 'Kimi Latest'],
    ['kimi-vl', 'Kimi', 'Kimi'],
    ['gpt-6.2-astra', 'GPT-6.2 Astra', 'GPT'],
    ['claude-sonnet-4-5', 'Claude Sonnet 4.5', 'Claude'],
    ['gemini-3.5-flash-lite', 'Gemini 3.5 Flash-Lite', 'Gemini'],
    ['deepseek-v3', '', 'deepseek-v3'],
  ])('%s (%s) → %s', (modelId, modelName, family) => {
    expect(familyOf(modelId, modelName)).toBe(family);
  });
});

describe('familyName', () => {
  // Rule: "K<N>" reads "Kimi K<N>"; every other family is already a name.
  it.each([
    ['K2.6', 'Kimi K2.6'],
    ['K3.1', 'Kimi K3.1'],
    ['Kimi Linear', 'Kimi Linear'],
    ['GPT', 'GPT'],
  ])('%s → %s', (family, name) => {
    expect(familyName(family)).toBe(name);
  });
});
