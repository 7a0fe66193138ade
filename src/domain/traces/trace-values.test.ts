import { describe, expect, it } from 'vitest';
import {
  displayText,
  readLabel,
  readOptionalTokenCount,
  readTimestamp,
  readTokenCount,
} from './trace-values';

describe('readTokenCount', () => {
  // A count is a whole number from 0 to 10,000,000, as a JSON number or digits (grouping allowed).
  it.each([
    [0, 0],
    [2000, 2000],
    ['2000', 2000],
    [' 2000 ', 2000],
    ['1,234', 1234],
    [10_000_000, 10_000_000],
  ])('reads %j as %d', (value, expected) => {
    expect(readTokenCount(value, 'input tokens')).toEqual({ ok: true, value: expected });
  });

  // Anything else is refused with a reason that names the field and quotes the value.
  it.each([
    [undefined, 'missing input tokens'],
    [null, 'missing input tokens'],
    ['', 'missing input tokens'],
    [-5, 'input tokens “-5” is negative'],
    ['-5', 'input tokens “-5” is negative'],
    [12.5, 'input tokens “12.5” is not a whole number'],
    ['12.5', 'input tokens “12.5” is not a whole number'],
    ['abc', 'input tokens “abc” is not a number'],
    ['1e3', 'input tokens “1e3” is not a number'],
    [true, 'input tokens “true” is not a number'],
    [{}, 'input tokens “{}” is not a number'],
    [10_000_001, 'input tokens “10000001” is more than 10,000,000 for one request'],
    ['9'.repeat(400), `input tokens “${'9'.repeat(23)}…” is more than 10,000,000 for one request`],
    [Number.POSITIVE_INFINITY, 'input tokens “Infinity” is more than 10,000,000 for one request'],
    [Number.NaN, 'input tokens “NaN” is not a number'],
  ])('refuses %j: %s', (value, reason) => {
    expect(readTokenCount(value, 'input tokens')).toEqual({ ok: false, reason });
  });

  it('treats an absent optional count as 0 but still refuses a bad one', () => {
    expect(readOptionalTokenCount(undefined, 'cached tokens')).toEqual({ ok: true, value: 0 });
    expect(readOptionalTokenCount(' ', 'cached tokens')).toEqual({ ok: true, value: 0 });
    expect(readOptionalTokenCount('x', 'cached tokens')).toEqual({
      ok: false,
      reason: 'cached tokens “x” is not a number',
    });
  });
});

describe('readTimestamp', () => {
  const JAN_1 = Date.UTC(2026, 0, 1);
  // ISO-8601 without an offset is UTC; epoch numbers below 1e11 are seconds, from there milliseconds.
  it.each([
    ['2026-01-01T00:00:00Z', JAN_1],
    ['2026-01-01T00:00:00', JAN_1],
    ['2026-01-01 00:00', JAN_1],
    ['2026-01-01', JAN_1],
    ['2026-01-01T01:00:00+01:00', JAN_1],
    ['2025-12-31T19:00:00-0500', JAN_1],
    ['2026-01-01T00:00:00.250Z', JAN_1 + 250],
    ['2026-01-01T00:00:00.123456Z', JAN_1 + 123],
    [1767225600, JAN_1],
    ['1767225600', JAN_1],
    [1767225600.5, JAN_1 + 500],
    [1767225600000, JAN_1],
  ])('reads %j', (value, expected) => {
    expect(readTimestamp(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['yesterday'],
    ['2026-02-30'],
    ['2026-13-01'],
    ['1969-12-31'],
    ['2026-01-01T25:00'],
    [-1],
    [Number.NaN],
    [{}],
  ])('refuses %j', (value) => {
    expect(readTimestamp(value).ok).toBe(false);
  });
});

describe('labels and display', () => {
  it('keeps text and numbers, trimmed and cut to 1,000 characters', () => {
    expect(readLabel('  chat ')).toBe('chat');
    expect(readLabel(42)).toBe('42');
    expect(readLabel('')).toBeNull();
    expect(readLabel({})).toBeNull();
    expect(readLabel('x'.repeat(10_000))).toHaveLength(1000);
    // Tags are names: well-formed, without bidirectional controls, white space collapsed.
    expect(readLabel('a\uD800b')).toBe('a\uFFFDb');
    expect(readLabel('chat\u202E\u2066  search')).toBe('chat search');
    // A cut never leaves half of a surrogate pair.
    expect(readLabel(`${'x'.repeat(999)}😀`)).toBe(`${'x'.repeat(999)}\uFFFD`);
  });

  it('shows file text without controls or direction overrides, cut with an ellipsis', () => {
    expect(displayText('a\u202Eb\u0000c')).toBe('ab c');
    expect(displayText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(displayText('<b>bold</b>')).toBe('<b>bold</b>');
    expect(displayText('😀'.repeat(5), 3)).toBe('😀😀…');
  });
});
