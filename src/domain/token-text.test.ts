import fc from 'fast-check';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants';
import { describe, expect, it } from 'vitest';
import { countLoneSurrogates } from './text';
import { MAX_TOKEN_TEXT_LENGTH, planTokenChunks, readTokenText, type TokenChunk } from './token-text';

/** The tokenizer the page counts with, special-token text counted as plain text. */
const count = (text: string) => countTokens(text, { disallowedSpecial: new Set() });
const sumOfChunks = (text: string, chunks: readonly TokenChunk[]) =>
  chunks.reduce((total, chunk) => total + count(text.slice(chunk.start, chunk.end)), 0);

describe('readTokenText', () => {
  // Rule: empty text has no count; over 5,000,000 characters is refused whole with its length; white
  // space alone is counted and said to be so; lone surrogates become U+FFFD and are counted.
  it.each([
    ['', { status: 'empty' }],
    ['Hello', { status: 'ready', text: 'Hello', whitespaceOnly: false, replacedCharacters: 0 }],
    ['  \n\t ', { status: 'ready', text: '  \n\t ', whitespaceOnly: true, replacedCharacters: 0 }],
    [
      'a\uD800b\uDC00',
      { status: 'ready', text: 'a\uFFFDb\uFFFD', whitespaceOnly: false, replacedCharacters: 2 },
    ],
    ['\uD83D\uDE00', { status: 'ready', text: '😀', whitespaceOnly: false, replacedCharacters: 0 }],
  ])('%j → %j', (text, expected) => {
    expect(readTokenText(text)).toEqual(expected);
  });

  it('takes 5,000,000 characters and refuses one more, saying how long the text is', () => {
    expect(MAX_TOKEN_TEXT_LENGTH).toBe(5_000_000);
    expect(readTokenText('x'.repeat(MAX_TOKEN_TEXT_LENGTH)).status).toBe('ready');
    expect(readTokenText('x'.repeat(MAX_TOKEN_TEXT_LENGTH + 1))).toEqual({
      status: 'too-long',
      length: 5_000_001,
      max: 5_000_000,
    });
  });
});

describe('countLoneSurrogates', () => {
  it.each([
    ['plain', 0],
    ['😀😀', 0],
    ['\uD800', 1],
    ['\uDC00\uD800', 2],
    ['😀\uD83D', 1],
  ])('%j has %i', (text, expected) => {
    expect(countLoneSurrogates(text)).toBe(expected);
  });
});

describe('planTokenChunks', () => {
  // Characters that exercise every branch of the pre-tokenizing pattern: letters of each case, marks,
  // contractions, digits, punctuation, slashes, every kind of white space, CJK, emoji (pairs) and
  // lone surrogates.
  const tricky = fc.constantFrom(
    ...['a', 'B', 'é', 'e\u0301', "'", "'s", "'LL", '1', '23', '4567', '.', ',', '!', '/', '(', '=', '-'],
    ...[' ', '  ', '\t', '\n', '\r\n', '\n\n', ' \n', '\u00A0', '你好', '。', '😀', '\uD800', 'Kimi', 'the'],
    ...['<|endoftext|>', 'http://x.y/z', '    def f(x):\n'],
  );
  const texts = fc.array(tricky, { maxLength: 400 }).map((parts) => parts.join(''));

  it('covers the text exactly, in order, with no empty chunk', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX, { chunkLength: 20, maxPieceLength: 8 });
        let at = 0;
        for (const chunk of chunks) {
          expect(chunk.start).toBe(at);
          expect(chunk.end).toBeGreaterThan(chunk.start);
          at = chunk.end;
        }
        expect(at).toBe(text.length);
      }),
    );
  });

  it('gives the count of the whole text when every chunk is exact (small chunks, so many cuts)', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 64 }), (text, chunkLength) => {
        const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX, {
          chunkLength,
          maxPieceLength: 10_000,
        });
        expect(chunks.every((chunk) => chunk.exact)).toBe(true);
        expect(sumOfChunks(text, chunks)).toBe(count(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never ends a chunk in white space, which the pattern would read as the end of the text', () => {
    // " " + no-break space + ".": three pieces in the text, but " \u00A0" alone is one piece.
    const text = ' \u00A0.';
    const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX, { chunkLength: 1 });
    expect(chunks).toEqual([{ start: 0, end: 3, exact: true }]);
    expect(sumOfChunks(text, chunks)).toBe(count(text));
  });

  it('counts a prose text in chunks to exactly its whole count', () => {
    const paragraph =
      "Kimi K2's API bills per token: 1,234.56 USD for 10M tokens!\n  Don't panic — 你好，世界。\n";
    const text = paragraph.repeat(200);
    const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX, { chunkLength: 500 });
    expect(chunks.length).toBeGreaterThan(10);
    expect(sumOfChunks(text, chunks)).toBe(count(text));
  });

  it('cuts a run longer than the piece limit into marked parts, keeping surrogate pairs whole', () => {
    const text = `start ${'='.repeat(25)} 😀${'😀'.repeat(6)} end`;
    const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX, { chunkLength: 1_000, maxPieceLength: 10 });
    const parts = chunks.filter((chunk) => !chunk.exact);
    // " =========================" is one piece of 26 characters: parts of 10, 10 and 6.
    expect(parts.slice(0, 3).map((part) => part.end - part.start)).toEqual([10, 10, 6]);
    for (const chunk of chunks) {
      const last = text.charCodeAt(chunk.end - 1);
      expect(last >= 0xd800 && last <= 0xdbff, `chunk ends inside a pair at ${chunk.end}`).toBe(false);
    }
    expect(chunks.map((chunk) => text.slice(chunk.start, chunk.end)).join('')).toBe(text);
  });

  it('plans a megabyte with no break in parts of 1,000 characters, quickly enough to count', () => {
    const text = 'a'.repeat(1_000_000);
    const chunks = planTokenChunks(text, O200K_TOKEN_SPLIT_REGEX);
    expect(chunks).toHaveLength(1_000);
    expect(chunks.every((chunk) => !chunk.exact && chunk.end - chunk.start === 1_000)).toBe(true);
  });

  it('gives an empty text no chunk, and leaves the caller’s pattern untouched', () => {
    const pattern = new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'gu');
    expect(planTokenChunks('', pattern)).toEqual([]);
    planTokenChunks('some text here', pattern);
    expect(pattern.lastIndex).toBe(0);
  });
});
