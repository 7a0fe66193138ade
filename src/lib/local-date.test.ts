import { describe, expect, it } from 'vitest';
import { localDate } from './local-date';

describe('localDate', () => {
  it('writes the local calendar date as YYYY-MM-DD, zero-padded', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('defaults to today', () => {
    expect(localDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
