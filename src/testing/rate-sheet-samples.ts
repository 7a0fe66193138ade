/**
 * Sample import files for tests: a valid entry in the app's rate-sheet schema (tests change one field
 * at a time) and a small LiteLLM file shaped like model_prices_and_context_window.json.
 */

/** The date an import is run on in tests: undated prices take it. */
export const IMPORT_OPTIONS = { importedOn: '2026-09-30' } as const;

/** A valid entry in the app's schema. */
export const APP_ENTRY = {
  model: 'Kimi K2.6',
  provider: 'Moonshot AI',
  prices: { input: '0.95', cachedInput: '0.16', output: '4.00' },
  contextWindow: 262_144,
  maxOutput: 262_144,
  source: { label: 'Moonshot pricing', url: 'https://platform.kimi.ai/docs/pricing', date: '2026-05-22' },
  note: 'List price',
};

/** A rate-sheet file (parsed) holding the given entries. */
export const sheetOf = (...routes: unknown[]) => ({
  schema: 'kimi-cost-calculator/rate-sheet',
  version: 1,
  routes,
});

/** A small LiteLLM file shaped like model_prices_and_context_window.json. */
export const LITELLM_SAMPLE = {
  sample_spec: {
    input_cost_per_token: 0.0,
    output_cost_per_token: 0.0,
    litellm_provider: 'one of https://docs.litellm.ai/docs/providers',
    max_input_tokens: 'max input tokens, if the provider specifies it',
    mode: 'one of: chat, embedding, completion, image_generation',
  },
  'moonshot/kimi-k2-0905-preview': {
    cache_read_input_token_cost: 1.5e-7,
    input_cost_per_token: 6e-7,
    litellm_provider: 'moonshot',
    max_input_tokens: 262144,
    max_output_tokens: 262144,
    mode: 'chat',
    output_cost_per_token: 2.5e-6,
    source: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  'fireworks_ai/accounts/fireworks/models/kimi-k2p6': {
    input_cost_per_token: 9.5e-7,
    input_cost_per_token_above_200k_tokens: 1.9e-6,
    output_cost_per_token: 4e-6,
    litellm_provider: 'fireworks_ai',
    max_input_tokens: 'lots',
    mode: 'chat',
  },
  'text-embedding-3-small': {
    input_cost_per_token: 2e-8,
    output_cost_per_token: 0,
    litellm_provider: 'openai',
    mode: 'embedding',
  },
  'dall-e-3': { litellm_provider: 'openai', mode: 'image_generation', output_cost_per_pixel: 0 },
  'openrouter/moonshotai/kimi-k2': {
    input_cost_per_token: 5.5e-7,
    litellm_provider: 'openrouter',
    mode: 'chat',
  },
  'tiny/model': { input_cost_per_token: 1e-13, output_cost_per_token: 1e-6, litellm_provider: 'tiny' },
  constructor: {
    input_cost_per_token: '3e-07',
    output_cost_per_token: '1.2e-06',
    litellm_provider: 'constructor',
  },
};
