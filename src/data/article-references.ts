/**
 * The figures quoted in the article the product is built from ("kimi k2 api pricing in 2026"), kept as
 * dated references on the routes they describe, so a reader of the article finds the numbers they
 * read and sees how they compare with the registries' prices.
 */
import type { PriceReference, SourceRef } from '../domain/rates/route';

const ARTICLE: SourceRef = {
  label: 'Article “kimi k2 api pricing in 2026”',
  url: null,
  date: '2026',
  dateMeaning: 'article year; the article gives no day and cites its own sources without links',
};

export const ARTICLE_REFERENCES: Readonly<Record<string, readonly PriceReference[]>> = {
  'kimi-k2.6@moonshot-ai': [
    {
      prices: { input: '0.55', cachedInput: null, output: '2.65' },
      source: ARTICLE,
      note: '“One pricing reference describes Kimi API access at about $0.55 per 1 million input tokens and $2.65 per 1 million output tokens for K2.6.”',
    },
    {
      prices: { input: '0.95', cachedInput: null, output: '4.00' },
      source: ARTICLE,
      note: '“Another 2026 guide lists Kimi K2.6 at $0.95 per 1 million input tokens and $4.00 per 1 million output tokens on Kimi’s API.” (also the article’s worked example)',
    },
  ],
  'kimi-k2.5@moonshot-ai': [
    {
      prices: { input: '0.60', cachedInput: null, output: '2.00' },
      source: ARTICLE,
      note: '“For Kimi K2.5, one source lists $0.60 per 1 million cache-miss input tokens and $2.00 per 1 million output tokens.”',
    },
  ],
  'kimi-k2.5@openrouter': [
    {
      prices: { input: '0.40', cachedInput: null, output: '1.90' },
      source: ARTICLE,
      note: '“Other sources show K2.5 rates such as $0.40 per 1 million input tokens and $1.90 per 1 million output tokens on OpenRouter.”',
    },
  ],
};
