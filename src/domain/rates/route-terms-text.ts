/**
 * A route's terms beyond its three token prices, as lines a person can check: what each is, its figure
 * and where it is published. The rules, in words:
 * - cache writes: one line per write price, with its lifetime ("5-minute", "1-hour", or not stated);
 * - long-context tiers: one line per tier, its threshold and its input / cached / output prices;
 * - batch: the rule's percentage of the standard prices, or that the rule states none;
 * - tool fees: one line per published fee; two different fees for one tool are marked as disagreeing.
 * Sources are given as published (a label and date, or a link; a batch rule by its note's first sentence).
 */
import { formatTokens } from '../money/format-number';
import { firstSentence } from '../text';
import { formatPriceText, type PriceTexts } from './prices';
import type { Route } from './route';
import { groupToolFees, lifetimeWords } from './route-terms';

export interface RouteTermLine {
  readonly term: string;
  readonly value: string;
  /** Where the figure is published: "vendor page, 2026-10-25" or a link. */
  readonly source: string;
}

function lifetimeText(minutes: number | null): string {
  return minutes === null ? 'Cache write' : `Cache write, ${lifetimeWords(minutes)}`;
}

function tierPrices(prices: PriceTexts): string {
  const cached =
    prices.cachedInput === null ? 'no cached price' : `${formatPriceText(prices.cachedInput)} cached`;
  return `${formatPriceText(prices.input)} in / ${cached} / ${formatPriceText(prices.output)} out per 1M`;
}

export function describeRouteTerms(route: Route): RouteTermLine[] {
  const mainSource = `${route.source.label}, ${route.source.date}`;
  const lines: RouteTermLine[] = route.cacheWrites.map((write) => ({
    term: lifetimeText(write.lifetimeMinutes),
    value: `${formatPriceText(write.price)} per 1M tokens`,
    source: `${write.source.label}, ${write.source.date}`,
  }));
  for (const tier of route.longContextTiers)
    lines.push({
      term: `Prompts over ${formatTokens(tier.aboveTokens)} tokens`,
      value: tierPrices(tier),
      source: mainSource,
    });
  if (route.batch)
    lines.push({
      term: 'Batch',
      value:
        route.batch.percentOfStandard === null
          ? 'no percentage stated'
          : `${route.batch.percentOfStandard}% of the standard prices`,
      source: firstSentence(route.batch.note),
    });
  for (const group of groupToolFees(route.toolFees))
    for (const fee of group.fees)
      lines.push({
        term: group.disagree ? `${group.tool} (sources disagree)` : group.tool,
        value: `$${fee.usdPerCall} per call`,
        source: fee.source,
      });
  return lines;
}
