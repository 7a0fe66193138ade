import { describe, expect, it } from 'vitest';
import { buildHistogram, HISTOGRAM_EDGES, percentile, TokenColumn } from './trace-stats';

describe('percentile (nearest rank: the count at rank ⌈p·n/100⌉)', () => {
  const sorted = Uint32Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  it.each([
    [50, 50], // rank 5
    [90, 90], // rank 9
    [99, 100], // rank ⌈9.9⌉ = 10
    [1, 10], // rank ⌈0.1⌉ = 1
  ])('p%d of 10…100 is %d', (p, expected) => {
    expect(percentile(sorted, p)).toBe(expected);
  });

  it('is 0 without counts and the only count with one', () => {
    expect(percentile(new Uint32Array(0), 50)).toBe(0);
    expect(percentile(Uint32Array.from([7]), 99)).toBe(7);
  });

  it('p50 of three counts is the middle one', () => {
    expect(percentile(Uint32Array.from([1000, 2000, 3000]), 50)).toBe(2000);
  });
});

describe('TokenColumn', () => {
  it('grows past its first capacity and keeps an exact total', () => {
    const column = new TokenColumn();
    for (let index = 0; index < 1000; index += 1) column.push(1000 - index);
    expect(column.length).toBe(1000);
    expect(column.total).toBe(500_500);
    const sorted = column.sorted();
    expect(sorted[0]).toBe(1);
    expect(sorted[999]).toBe(1000);
    const copy = column.clone();
    copy.push(5);
    expect(column.length).toBe(1000);
    expect(copy.total).toBe(500_505);
  });
});

describe('histogram', () => {
  it('has 1-2-5 bins per decade from 0 to 10,000,000', () => {
    expect(HISTOGRAM_EDGES.slice(0, 8)).toEqual([0, 1, 2, 5, 10, 20, 50, 100]);
    expect(HISTOGRAM_EDGES.at(-1)).toBe(10_000_000);
  });

  it('counts each series per bin, from the first to the last non-empty bin', () => {
    const input = Uint32Array.from([3, 4, 5, 19, 20]);
    const output = Uint32Array.from([2, 2, 9, 10, 10]);
    expect(buildHistogram(input, output)).toEqual([
      { from: 2, to: 4, input: 2, output: 2 },
      { from: 5, to: 9, input: 1, output: 1 },
      { from: 10, to: 19, input: 1, output: 2 },
      { from: 20, to: 49, input: 1, output: 0 },
    ]);
  });

  it('puts 0 in its own bin and 10,000,000 in the open last bin', () => {
    const bins = buildHistogram(Uint32Array.from([0, 10_000_000]), Uint32Array.from([0, 0]));
    expect(bins[0]).toEqual({ from: 0, to: 0, input: 1, output: 2 });
    expect(bins.at(-1)).toEqual({ from: 10_000_000, to: null, input: 1, output: 0 });
  });

  it('is empty without requests', () => {
    expect(buildHistogram(new Uint32Array(0), new Uint32Array(0))).toEqual([]);
  });
});
