/**
 * The tokenizer the estimate counts with: o200k_base from gpt-tokenizer (MIT), pure JavaScript with
 * its vocabulary bundled, so it loads from this site as a lazy chunk and nothing is fetched elsewhere.
 * Text that looks like a special token ("<|endoftext|>") is counted as the plain text it is.
 */
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import type { Tokenizer } from './count-in-chunks';

const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

export const O200K_TOKENIZER: Tokenizer = {
  count: (text) => countTokens(text, PLAIN_TEXT),
  splitPattern: O200K_TOKEN_SPLIT_REGEX,
};
