import { describe, expect, it } from 'vitest';
import { readEmbedOptions, readHostMessage } from './embed';

describe('readEmbedOptions', () => {
  it.each([
    ['', { embed: false, theme: 'auto', panels: ['breakdown', 'route', 'workload'] }],
    ['embed=1&theme=dark', { embed: true, theme: 'dark', panels: ['breakdown', 'route', 'workload'] }],
    [
      'embed=1&theme=<b>&panels=table,breakdown,nope',
      { embed: true, theme: 'auto', panels: ['breakdown', 'table'] },
    ],
    [
      'embed=1&panels=breakdown,endpoints,workload',
      { embed: true, theme: 'auto', panels: ['breakdown', 'workload', 'endpoints'] },
    ],
    ['embed=true&panels=', { embed: false, theme: 'auto', panels: ['breakdown', 'route', 'workload'] }],
  ])('%j', (query, expected) => {
    expect(readEmbedOptions(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('readHostMessage', () => {
  // Rule: the embed accepts exactly two messages from its host, read strictly; everything else is null.
  it.each<[string, unknown, unknown]>([
    ['asks for the height', { type: 'kimi-calculator:request-height' }, { kind: 'request-height' }],
    ['sets a dark theme', { type: 'kimi-calculator:theme', theme: 'dark' }, { kind: 'theme', theme: 'dark' }],
    [
      'sets a light theme',
      { type: 'kimi-calculator:theme', theme: 'light' },
      { kind: 'theme', theme: 'light' },
    ],
    ['auto is not a message theme', { type: 'kimi-calculator:theme', theme: 'auto' }, null],
    ['an unknown theme', { type: 'kimi-calculator:theme', theme: 'purple' }, null],
    ['a theme that is not text', { type: 'kimi-calculator:theme', theme: ['dark'] }, null],
    ['extra fields on a request', { type: 'kimi-calculator:request-height', height: 5 }, null],
    ['extra fields on a theme', { type: 'kimi-calculator:theme', theme: 'dark', script: 'x' }, null],
    ['a height message echoed back', { type: 'kimi-calculator:height', height: 500 }, null],
    ['a scenario-looking message', { type: 'set', n: 5 }, null],
    ['text', 'kimi-calculator:request-height', null],
    ['null', null, null],
    ['an array', [{ type: 'kimi-calculator:request-height' }], null],
    ['a number', 1, null],
  ])('%s', (_rule, data, expected) => {
    expect(readHostMessage(data)).toEqual(expected);
  });
});

describe('the Docusaurus theme parameter', () => {
  it.each([
    ['embed=1&docusaurus-theme=dark', 'dark'],
    ['embed=1&docusaurus-theme=light', 'light'],
    ['embed=1&theme=light&docusaurus-theme=dark', 'light'],
  ])('%s → %s', (query, theme) => {
    expect(readEmbedOptions(new URLSearchParams(query)).theme).toBe(theme);
  });
});
