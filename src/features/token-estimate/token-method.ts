/** How the estimate is made, in the words the page shows beside the count. */

/** The encoding counted with; the worker's tokenizer (o200k-tokenizer.ts) is this one. */
export const TOKEN_ENCODING = 'o200k_base';

export const TOKEN_METHOD =
  `Estimate for Kimi: counted in your browser with the ${TOKEN_ENCODING} byte-pair encoding ` +
  '(the tokenizer of GPT-4o and later OpenAI models, from the open-source gpt-tokenizer package). ' +
  'Kimi models use a tiktoken-style byte-pair tokenizer with a vocabulary of their own, which is not ' +
  "available in the browser, so Kimi's count for the same text may differ by some percent either way.";

export const TOKEN_PRIVACY =
  'The text stays on this page: the tokenizer (about 1 MB compressed) loads from this site the first time you ' +
  'count, and nothing is sent anywhere.';
