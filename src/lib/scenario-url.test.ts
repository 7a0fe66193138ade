import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlWriter, scenarioTextFromUrl } from './scenario-url';

describe('scenarioTextFromUrl', () => {
  it.each([
    ['https://x.test/calc/#v=1&n=5', 'v=1&n=5'],
    ['https://x.test/calc/?embed=1&theme=dark#v=1&n=5', 'v=1&n=5'],
    ['https://x.test/calc/?v=1&n=5&embed=1&panels=table', 'v=1&n=5'],
    ['https://x.test/calc/', ''],
    ['https://x.test/calc/#', ''],
  ])('%s → %j', (url, expected) => {
    expect(scenarioTextFromUrl(new URL(url))).toBe(expected);
  });
});

describe('createUrlWriter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the latest fragment at most every 300 ms, without adding history entries', () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const length = window.history.length;
    const writer = createUrlWriter(300);
    for (let step = 0; step < 50; step += 1) writer.write(`v=1&n=${step}`);
    vi.advanceTimersByTime(0);
    expect(window.location.hash).toBe('#v=1&n=49');
    for (let step = 50; step < 100; step += 1) writer.write(`v=1&n=${step}`);
    vi.advanceTimersByTime(100);
    expect(window.location.hash).toBe('#v=1&n=49');
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#v=1&n=99');
    expect(replaceState).toHaveBeenCalledTimes(2);
    expect(window.history.length).toBe(length);
  });

  it('writes the opening address at once, and the first edit after it at once too', () => {
    const writer = createUrlWriter(300);
    writer.writeOpening('v=1&n=1');
    expect(window.location.hash).toBe('#v=1&n=1');
    writer.write('v=1&n=2');
    vi.advanceTimersByTime(0);
    expect(window.location.hash).toBe('#v=1&n=2');
    // The edits after that keep the rate limit.
    writer.write('v=1&n=3');
    vi.advanceTimersByTime(100);
    expect(window.location.hash).toBe('#v=1&n=2');
    vi.advanceTimersByTime(200);
    expect(window.location.hash).toBe('#v=1&n=3');
  });

  it('never lets the opening address overwrite an edit waiting to be written', () => {
    const writer = createUrlWriter(300);
    writer.write('v=1&n=1');
    vi.advanceTimersByTime(0);
    writer.write('v=1&n=2');
    writer.writeOpening('v=1&n=0');
    vi.advanceTimersByTime(300);
    expect(window.location.hash).toBe('#v=1&n=2');
  });

  it('skips a write that would not change the URL, and flushes on demand', () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const writer = createUrlWriter(300);
    writer.write('v=1&n=7');
    writer.flush();
    writer.write('v=1&n=7');
    writer.flush();
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('survives a browser that throttles replaceState by throwing', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('too many calls', 'SecurityError');
    });
    const writer = createUrlWriter(300);
    writer.write('v=1&n=8');
    expect(() => writer.flush()).not.toThrow();
  });
});
