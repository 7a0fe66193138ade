import { afterEach, describe, expect, it, vi } from 'vitest';
import { wellFormed } from '../domain/text';
import { readItem, removeItem, writeItem } from './safe-storage';

describe('safe storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('writes, reads and removes in local and session storage', () => {
    expect(writeItem('k', 'v=1&n=5')).toBe(true);
    expect(readItem('k')).toBe('v=1&n=5');
    expect(readItem('k', 'sessionStorage')).toBeNull();
    expect(writeItem('k', 'tab', 'sessionStorage')).toBe(true);
    expect(readItem('k', 'sessionStorage')).toBe('tab');
    removeItem('k');
    expect(readItem('k')).toBeNull();
  });

  it('never throws when storage is full or blocked, and says whether it kept the value', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeItem('k', 'v=1')).toBe(false);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readItem('k')).toBeNull();
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => removeItem('k')).not.toThrow();
  });

  // Rule: what comes back from storage is well-formed text, so no encoder can throw on it later.
  it.each([
    ['v=2&nm=\uD800&n=4242', 'v=2&nm=\uFFFD&n=4242'],
    ['\uDC00start', '\uFFFDstart'],
    ['end\uD83D', 'end\uFFFD'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
    ['plain', 'plain'],
  ])('%j reads back as %j', (stored, expected) => {
    localStorage.setItem('k', stored);
    expect(readItem('k')).toBe(expected);
    expect(wellFormed(stored)).toBe(expected);
    expect(() => encodeURIComponent(wellFormed(stored))).not.toThrow();
  });
});
