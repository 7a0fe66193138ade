/**
 * public/embed.js, the host pages' script, run in jsdom: it sizes a frame only from a height message
 * that comes from that frame's window and origin and carries a finite number from 100 to 20,000 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import script from '../../public/embed.js?raw';

let frame: HTMLIFrameElement;

beforeAll(() => {
  frame = document.createElement('iframe');
  frame.src = 'https://calc.example/?embed=1';
  frame.setAttribute('data-kimi-calculator', '');
  document.body.append(frame);
  // The script's globals are bound here, so an observer firing while the test environment is torn
  // down still finds them.
  new Function('window', 'document', 'MutationObserver', script)(window, document, MutationObserver);
});

function post(data: unknown, { source = frame.contentWindow, origin = 'https://calc.example' } = {}) {
  frame.style.height = '760px';
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
  return frame.style.height;
}

describe('the host script', () => {
  // Rule: only {type, height} with a finite number from 100 to 20,000 resizes, rounded up to a pixel.
  it.each<[string, unknown, string]>([
    ['a plain height', { type: 'kimi-calculator:height', height: 500 }, '500px'],
    ['a fraction rounds up', { type: 'kimi-calculator:height', height: 499.2 }, '500px'],
    ['the largest', { type: 'kimi-calculator:height', height: 20_000 }, '20000px'],
    ['the smallest', { type: 'kimi-calculator:height', height: 100 }, '100px'],
    ['too small (a 1 px frame)', { type: 'kimi-calculator:height', height: 1 }, '760px'],
    ['too large', { type: 'kimi-calculator:height', height: 20_001 }, '760px'],
    ['true', { type: 'kimi-calculator:height', height: true }, '760px'],
    ['an array', { type: 'kimi-calculator:height', height: [500] }, '760px'],
    ['text', { type: 'kimi-calculator:height', height: '1e3' }, '760px'],
    ['NaN', { type: 'kimi-calculator:height', height: Number.NaN }, '760px'],
    ['Infinity', { type: 'kimi-calculator:height', height: Number.POSITIVE_INFINITY }, '760px'],
    ['another type', { type: 'other', height: 500 }, '760px'],
    ['not an object', 'kimi-calculator:height', '760px'],
    ['null', null, '760px'],
  ])('%s', (_rule, data, expected) => {
    expect(post(data)).toBe(expected);
  });

  it('ignores a height from another window or another origin', () => {
    const message = { type: 'kimi-calculator:height', height: 500 };
    expect(post(message, { source: window })).toBe('760px');
    expect(post(message, { origin: 'https://evil.example' })).toBe('760px');
  });

  it('makes the frame fill its column without a border', () => {
    expect(frame.style.width).toBe('100%');
    expect(frame.style.borderStyle || frame.style.border).toMatch(/^0|none/);
  });
});
