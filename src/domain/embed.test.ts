import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embed';

describe('readEmbedOptions', () => {
  it.each([
    ['', { embed: false, theme: 'auto', panels: ['route', 'workload', 'breakdown'] }],
    ['embed=1&theme=dark', { embed: true, theme: 'dark', panels: ['route', 'workload', 'breakdown'] }],
    [
      'embed=1&theme=<b>&panels=table,breakdown,nope',
      { embed: true, theme: 'auto', panels: ['breakdown', 'table'] },
    ],
    [
      'embed=1&panels=breakdown,endpoints,workload',
      { embed: true, theme: 'auto', panels: ['workload', 'endpoints', 'breakdown'] },
    ],
    ['embed=true&panels=', { embed: false, theme: 'auto', panels: ['route', 'workload', 'breakdown'] }],
  ])('%j', (query, expected) => {
    expect(readEmbedOptions(new URLSearchParams(query))).toEqual(expected);
  });
});
