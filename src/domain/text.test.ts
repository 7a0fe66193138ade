import { describe, expect, it } from 'vitest';
import { cleanName, firstSentence, wellFormed, withoutBidiControls } from './text';

describe('wellFormed', () => {
  // Rule: a lone surrogate (either half of a pair, alone) becomes U+FFFD; pairs and everything else stay.
  it.each([
    ['plain', 'plain'],
    ['\uD800', '\uFFFD'],
    ['\uDFFF', '\uFFFD'],
    ['a\uD800b', 'a\uFFFDb'],
    ['a\uDC00\uD800b', 'a\uFFFD\uFFFDb'],
    ['end\uD83D', 'end\uFFFD'],
    ['😀', '😀'],
    ['\uD83D\uDE00\uD83D', '😀\uFFFD'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(wellFormed(text)).toBe(expected);
    // Whatever it was, the result can be put in a link.
    expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
  });
});

describe('cleanName', () => {
  // Rule: names show what they say: bidirectional controls (U+202A–U+202E, U+2066–U+2069, LRM, RLM,
  // ALM) and U+FEFF are removed; other controls become spaces; white space runs become one space; the
  // ends are trimmed; lone surrogates become U+FFFD; markup stays literal text.
  it.each([
    ['Support chat', 'Support chat'],
    ['  Support \t\n chat  ', 'Support chat'],
    ['abc\u202Egnp.exe', 'abcgnp.exe'],
    ['\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee', 'abcde'],
    ['\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['x\u200Ey\u200Fz\u061C!', 'xyz!'],
    ['\uFEFFBOM', 'BOM'],
    ['Kimi\u0000K2\u0007', 'Kimi K2'],
    ['C1\u0085control\u009F', 'C1 control'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['月之暗面 😀', '月之暗面 😀'],
    ['\u202E', ''],
    ['עברית\u200F (Hebrew)', 'עברית (Hebrew)'],
  ])('%j → %j', (text, expected) => {
    expect(cleanName(text)).toBe(expected);
  });

  it('leaves no bidirectional control behind, whatever the text', () => {
    const controls = '\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    const cleaned = cleanName(`a${controls}b${[...controls].join(' ')}c`);
    expect(cleaned).toBe('ab c');
    expect(withoutBidiControls(controls)).toBe('');
  });
});

describe('firstSentence', () => {
  // Rule: a note ends at its first full stop followed by a space or the end, outside brackets.
  it.each([
    [
      'Batch = 60 % of standard (page, undated; it says only k2.5. Really). More words.',
      'Batch = 60 % of standard (page, undated; it says only k2.5. Really).',
    ],
    ['No full stop', 'No full stop'],
    ['Costs 0.5 of standard. Then more.', 'Costs 0.5 of standard.'],
  ])('%s', (note, sentence) => {
    expect(firstSentence(note)).toBe(sentence);
  });
});
