import { describe, expect, it } from 'vitest';
import { formatAxisCount, formatAxisDollars } from './axis-format';
import { partFill, routeColor, routeDash, svgSafeId } from './series-styles';

describe('axis ticks', () => {
  it.each([
    [1500, '$1.5K'],
    [0.5, '$0.5'],
    [-2, '−$2'],
    [0, '$0'],
    [0.01, '$0.01'],
    // Below a cent, a power of ten keeps the label short.
    [0.001, '$10⁻³'],
    [1e-7, '$10⁻⁷'],
    [2.5e-6, '$2.5×10⁻⁶'],
    [-5e-9, '−$5×10⁻⁹'],
  ])('formatAxisDollars(%s) = %s', (value, text) => expect(formatAxisDollars(value)).toBe(text));

  it('writes counts compactly', () => expect(formatAxisCount(1_000_000)).toBe('1M'));
});

describe('series styles', () => {
  it('gives every route a colour and a dash; the first eight colours and five dashes differ', () => {
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7].map(routeColor)).size).toBe(8);
    expect(new Set([0, 1, 2, 3, 4].map(routeDash)).size).toBe(5);
    expect(routeColor(8)).toBe(routeColor(0));
  });

  it('makes React ids safe inside url(#…)', () => {
    expect(svgSafeId('«r1:2»')).toBe('cr12');
    expect(partFill('cr12', 'output')).toBe('url(#cr12-output)');
  });
});
