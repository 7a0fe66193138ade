/**
 * Text pasted to count its tokens, and how it is cut up for counting. The rules, in words:
 * - The counter takes up to 5,000,000 characters (UTF-16 code units, as a text field counts them); a
 *   longer text is refused whole, with its length and the limit, and never cut silently.
 * - Empty text has no count. Text of white space only is counted (spaces are tokens too), and said to be so.
 * - A lone surrogate (half of a UTF-16 pair) becomes U+FFFD "�" before counting, as it would once the
 *   text is sent as UTF-8, and how many were replaced is said.
 * - The text is counted chunk by chunk, each chunk made of whole pieces of the tokenizer's own
 *   pre-tokenizing pattern and ending on a character that is not white space, so the chunks' counts
 *   add up to the count of the whole text. (A chunk may not end in white space: the pattern's
 *   `\s+(?!\S)` would read the end of the chunk as the end of the text and join white-space pieces
 *   that the text keeps apart, as in " \u00A0.".)
 * - A piece longer than 1,000 characters (a run with no break, such as a line of 5,000 "=" or a
 *   megabyte of spaces: byte-pair encoding takes time quadratic in a piece's length) is counted in
 *   parts of at most 1,000 characters, never splitting a surrogate pair. Such parts are marked: their
 *   sum may differ from the exact count by about a token per part.
 * Every function here is pure and never throws.
 */
import { countLoneSurrogates, wellFormed } from './text';

export const MAX_TOKEN_TEXT_LENGTH = 5_000_000;
/** About 50,000 characters a chunk: the counter reports progress and can stop between chunks. */
export const TOKEN_CHUNK_LENGTH = 50_000;
export const MAX_TOKEN_PIECE_LENGTH = 1_000;

export type TokenTextReading =
  | { readonly status: 'empty' }
  | { readonly status: 'too-long'; readonly length: number; readonly max: number }
  | {
      readonly status: 'ready';
      /** The text as counted: well-formed. */
      readonly text: string;
      readonly whitespaceOnly: boolean;
      /** Lone surrogates replaced by U+FFFD. */
      readonly replacedCharacters: number;
    };

/** Whether and how a text can be counted. */
export function readTokenText(text: string, max: number = MAX_TOKEN_TEXT_LENGTH): TokenTextReading {
  if (text.length === 0) return { status: 'empty' };
  if (text.length > max) return { status: 'too-long', length: text.length, max };
  const replacedCharacters = countLoneSurrogates(text);
  return {
    status: 'ready',
    text: replacedCharacters > 0 ? wellFormed(text) : text,
    whitespaceOnly: !/\S/.test(text),
    replacedCharacters,
  };
}

/** A stretch of the text counted on its own: [start, end). `exact` is false for a part of a long piece. */
export interface TokenChunk {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

export interface TokenChunkOptions {
  readonly chunkLength?: number;
  readonly maxPieceLength?: number;
}

/** Whether a chunk may end at `index`: it ends on a character that is not white space. */
const mayEndAt = (text: string, index: number) => index > 0 && !/\s/.test(text[index - 1] as string);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A long piece cut into parts of at most `max` characters (one more to keep a surrogate pair whole). */
function pieceParts(text: string, start: number, end: number, max: number): TokenChunk[] {
  const parts: TokenChunk[] = [];
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + max);
    if (to < end && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to += 1;
    parts.push({ start: from, end: to, exact: false });
    from = to;
  }
  return parts;
}

/**
 * The chunks to count `text` in, in order, covering it exactly. `splitPattern` is the tokenizer's
 * pre-tokenizing pattern (a new global copy is used, so the caller's lastIndex is never touched).
 */
export function planTokenChunks(
  text: string,
  splitPattern: RegExp,
  { chunkLength = TOKEN_CHUNK_LENGTH, maxPieceLength = MAX_TOKEN_PIECE_LENGTH }: TokenChunkOptions = {},
): TokenChunk[] {
  const flags = splitPattern.flags.includes('g') ? splitPattern.flags : `${splitPattern.flags}g`;
  const pieces = new RegExp(splitPattern.source, flags);
  const chunks: TokenChunk[] = [];
  let chunkStart = 0;
  for (const match of text.matchAll(pieces)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end - start > maxPieceLength) {
      if (start > chunkStart) chunks.push({ start: chunkStart, end: start, exact: mayEndAt(text, start) });
      chunks.push(...pieceParts(text, start, end, maxPieceLength));
      chunkStart = end;
    } else if (end - chunkStart > chunkLength && start > chunkStart && mayEndAt(text, start)) {
      chunks.push({ start: chunkStart, end: start, exact: true });
      chunkStart = start;
    }
  }
  if (text.length > chunkStart) chunks.push({ start: chunkStart, end: text.length, exact: true });
  return chunks;
}
