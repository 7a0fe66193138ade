/**
 * The bundled rate sheet: every route the app knows, each price with its source and date.
 * Reference routes come from the project's sourced price data (regenerate with
 * scripts/import-reference-prices.ts); the article's own figures are attached as dated references.
 */
import { pricesDiffer } from '../domain/rates/prices';
import type { Route } from '../domain/rates/route';
import { ARTICLE_REFERENCES } from './article-references';
import { REFERENCE_ROUTES } from './reference-routes.generated';

function withArticleReferences(route: Route): Route {
  const extra = ARTICLE_REFERENCES[route.id];
  if (!extra) return route;
  return {
    ...route,
    references: [...route.references, ...extra],
    disagrees: route.disagrees || extra.some((reference) => pricesDiffer(reference.prices, route.prices)),
  };
}

export const BUNDLED_ROUTES: readonly Route[] = REFERENCE_ROUTES.map(withArticleReferences);

/** The newest date any bundled price was checked: the sheet's own date. */
export const RATE_SHEET_DATE: string = BUNDLED_ROUTES.map((route) => route.source.date)
  .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
  .sort()
  .at(-1) as string;
