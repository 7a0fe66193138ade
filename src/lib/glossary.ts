/**
 * The words of LLM pricing a person may not know, each with a short explanation in plain words. One
 * module, so every place that explains a term says the same thing; the interface shows them with
 * TermHelp (components/ui/term-help.tsx).
 */
export type GlossaryKey =
  | 'cachedInput'
  | 'blended'
  | 'retryBuffer'
  | 'contextWindow'
  | 'timeToFirstToken'
  | 'cacheWrite'
  | 'batch'
  | 'longContextTier';

export interface GlossaryEntry {
  /** The question the button asks, which is also its accessible name: "What is cached input?". */
  readonly question: string;
  readonly explanation: string;
}

export const GLOSSARY: Readonly<Record<GlossaryKey, GlossaryEntry>> = {
  cachedInput: {
    question: 'What is cached input?',
    explanation:
      'Input tokens a provider has seen recently at the start of a prompt (a repeated system prompt or document) are served from its cache and billed at the lower cached-input price. The cache hit rate is the share of input tokens that hit the cache.',
  },
  blended: {
    question: 'What is blended 3:1?',
    explanation:
      'One price per 1M tokens that weights the input price 3 and the output price 1: (3 × input + output) ÷ 4. It compares routes at a typical chat mix (Artificial Analysis’s convention); “Your mix” uses your own workload instead.',
  },
  retryBuffer: {
    question: 'What is the retry buffer?',
    explanation:
      'A percentage added on top of the whole bill for requests sent again after a timeout or an error: a retried request is billed in full, input and output.',
  },
  contextWindow: {
    question: 'What is a context window?',
    explanation:
      'The most tokens one request can hold, input and output together. A provider refuses a request that does not fit; in a conversation, every turn re-sends the earlier ones, so the last turn is the largest.',
  },
  timeToFirstToken: {
    question: 'What is time to first token?',
    explanation:
      'How long after a request is sent the first token of the reply arrives, where it has been measured: what a user waits before text starts to appear.',
  },
  cacheWrite: {
    question: 'What is a cache write?',
    explanation:
      'Some providers charge for putting a prompt prefix into their cache, at a cache-write price (often above the input price); later requests then read it at the cached-input price.',
  },
  batch: {
    question: 'What is batch?',
    explanation:
      'Requests sent through a provider’s batch interface are answered within hours instead of seconds, at a lower price (often half). The batch share is the part of your traffic sent that way.',
  },
  longContextTier: {
    question: 'What is a long-context tier?',
    explanation:
      'Some routes charge more per token once one request’s prompt passes a threshold (200,000 tokens, say): that whole request is then billed at the tier’s prices.',
  },
};
