import { describe, expect, it } from 'vitest';
import { makeRoute } from '../../testing/route-fixtures';
import { priceAge } from './provenance';
import { describePriceAge, durationInWords, pageOf, searchRoutes } from './rate-list';

const ROUTES = [
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Moonshot AI' }),
  makeRoute({ modelId: 'kimi-k2.6', providerName: 'Fireworks AI', variant: 'fast' }),
  makeRoute({ modelId: 'kimi-k2.5', providerName: 'Groq' }),
  makeRoute({ modelId: 'gpt-5', providerName: 'OpenAI', group: 'comparison' }),
];

describe('searchRoutes', () => {
  // Rule: every word must appear in model, provider, variant, model id, family or id; order is kept.
  it.each([
    ['', ['kimi-k2.6@moonshot-ai', 'kimi-k2.6@fireworks-ai-fast', 'kimi-k2.5@groq', 'gpt-5@openai']],
    ['   ', ['kimi-k2.6@moonshot-ai', 'kimi-k2.6@fireworks-ai-fast', 'kimi-k2.5@groq', 'gpt-5@openai']],
    ['k2.6', ['kimi-k2.6@moonshot-ai', 'kimi-k2.6@fireworks-ai-fast']],
    ['K2.6 FAST', ['kimi-k2.6@fireworks-ai-fast']],
    ['groq k2.6', []],
    ['openai', ['gpt-5@openai']],
    ['@groq', ['kimi-k2.5@groq']],
    ['<script>', []],
  ])('%j finds %j', (query, ids) => {
    expect(searchRoutes(ROUTES, query).map((route) => route.id)).toEqual(ids);
  });

  it('returns the same list when there is nothing to search for', () => {
    expect(searchRoutes(ROUTES, '')).toBe(ROUTES);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 120 }, (_, index) => index);

  // Rule: pages of `pageSize`; out-of-range page numbers show the nearest page.
  it.each([
    [0, { pageIndex: 0, pageCount: 3, first: 1, last: 50 }],
    [1, { pageIndex: 1, pageCount: 3, first: 51, last: 100 }],
    [2, { pageIndex: 2, pageCount: 3, first: 101, last: 120 }],
    [9, { pageIndex: 2, pageCount: 3, first: 101, last: 120 }],
    [-1, { pageIndex: 0, pageCount: 3, first: 1, last: 50 }],
    [Number.NaN, { pageIndex: 0, pageCount: 3, first: 1, last: 50 }],
  ])('page %d of 120 items', (pageIndex, expected) => {
    const page = pageOf(items, pageIndex, 50);
    expect(page).toMatchObject(expected);
    expect(page.items).toHaveLength(expected.last - expected.first + 1);
    expect(page.items[0]).toBe(expected.first - 1);
  });

  it('has one empty page when there is nothing to show', () => {
    expect(pageOf([], 3, 50)).toEqual({ items: [], pageIndex: 0, pageCount: 1, first: 0, last: 0 });
  });
});

describe('durationInWords', () => {
  it.each([
    [1, '1 day'],
    [91, '91 days'],
    [119, '119 days'],
    [120, '4 months'],
    [729, '24 months'],
    [730, '2 years'],
  ])('%d days → %s', (days, words) => {
    expect(durationInWords(days)).toBe(words);
  });
});

describe('describePriceAge', () => {
  // Rule: fresh prices say nothing; stale ones say how old they may be today.
  it.each([
    ['2026-06-01', '2026-07-24', null],
    ['2026-04-25', '2026-07-24', null],
    ['2026-04-24', '2026-07-24', '91 days old'],
    ['2026-04-24', '2026-12-01', '7 months old'],
    ['2025-10-04', '2026-07-24', '9 months old'],
    ['2026-03', '2026-07-24', 'up to 4 months old'],
    ['2026', '2026-07-24', 'up to 6 months old'],
    ['2023-01-01', '2026-07-24', '3 years old'],
    ['', '2026-07-24', 'no date given'],
  ])('a price of %j on %s: %j', (source, today, words) => {
    expect(describePriceAge(priceAge(source, today), source)).toBe(words);
  });
});
