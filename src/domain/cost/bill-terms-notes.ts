/**
 * The sentences that say which terms a bill used, so a person can check each figure against its
 * source. The rules, in words:
 * - cache writes: the write price used, its lifetime and its source (the line gives the tokens); or,
 *   when the route publishes no write price, that writes are billed at its input price;
 * - long-context tiers: the tier's threshold and how many of the month's calls it priced;
 * - batch: the percentage of the standard prices and whose rule it is (yours, the provider's with its
 *   words, or none published: the standard price);
 * - tool calls: the fee per call and whose it is (yours, the provider's with its source, or none
 *   published: $0); when the provider's sources disagree, every other published fee with its source.
 * One sentence per endpoint and term; with several endpoints, each sentence names its endpoint.
 */
import { formatPricePerMillion, formatUsdFine } from '../money/format-money';
import { formatPercent, formatTokens } from '../money/format-number';
import { lifetimeWords } from '../rates/route-terms';
import { firstSentence } from '../text';
import type { BillTerms } from './bill';
import type { EndpointBill, ScenarioBill } from './bill-scenario';
import { writePriceFor } from './tariff';

function cacheWriteSentence(item: EndpointBill, route: string): string | null {
  const { bill, tariff, endpoint } = item;
  if (bill.tokens.cacheWrite === 0n) return null;
  if (bill.terms.cacheWriteAtInputPrice)
    return `${route} publishes no cache-write price, so cache writes are billed at its input price.`;
  const write = writePriceFor(tariff.standard, endpoint.shape.cacheWriteLifetimeMinutes);
  if (!write) return null;
  const source = write.source ? ` (${write.source.label}, ${write.source.date})` : '';
  return `Cache writes are billed at ${formatPricePerMillion(write.price)} per 1M tokens, the ${lifetimeWords(write.lifetimeMinutes)} write price of ${route}${source}.`;
}

function longContextSentences(terms: BillTerms, calls: bigint, route: string): string[] {
  return terms.longContextCalls.map(
    ({ aboveTokens, calls: tierCalls }) =>
      `Long-context prices of ${route} (prompts over ${formatTokens(aboveTokens)} tokens) applied to ${formatTokens(tierCalls)} of ${formatTokens(calls)} calls a month.`,
  );
}

function batchSentence(terms: BillTerms, route: string, provider: string): string | null {
  const { batch } = terms;
  if (!batch) return null;
  const share = formatPercent(batch.hundredths);
  if (batch.rule === 'yours') return `Batched traffic is billed at your ${share} of the standard prices.`;
  if (batch.rule === 'provider')
    return `Batched traffic is billed at ${share} of the standard prices, ${provider}'s published rule: “${firstSentence(batch.note ?? '')}”`;
  return `${route} publishes no batch rule${batch.note ? ` with a percentage (“${firstSentence(batch.note)}”)` : ''}, so batched traffic is billed at the standard prices.`;
}

function toolFeeSentence(terms: BillTerms, provider: string): string | null {
  const { toolFee } = terms;
  if (!toolFee) return null;
  if (toolFee.rule === 'yours') return `Tool calls are billed at your ${formatUsdFine(toolFee.fee)} each.`;
  if (toolFee.rule === 'none published' || toolFee.provider === null)
    return `${provider} publishes no tool fee, so tool calls are billed at $0; set your own fee per tool call to count a search API.`;
  const { tool, usdPerCall, source, disagreeing } = toolFee.provider;
  const others = disagreeing.map((fee) => `$${fee.usdPerCall} (${fee.source})`).join(', ');
  const disagree = others === '' ? '' : ` Sources disagree: ${others}.`;
  return `Tool calls are billed at $${usdPerCall} each, ${provider}'s published ${tool} fee (${source}).${disagree}`;
}

/** The terms sentences of a scenario's bill, endpoint by endpoint. */
export function describeBillTerms(bill: ScenarioBill): string[] {
  const several = bill.endpoints.length > 1;
  return bill.endpoints.flatMap((item) => {
    const prefix = several ? `${item.endpoint.name}: ` : '';
    const provider = item.route.providerName;
    const sentences = [
      cacheWriteSentence(item, item.routeName),
      ...longContextSentences(item.bill.terms, item.bill.calls, item.routeName),
      batchSentence(item.bill.terms, item.routeName, provider),
      toolFeeSentence(item.bill.terms, provider),
    ];
    return sentences.filter((sentence): sentence is string => sentence !== null).map((s) => prefix + s);
  });
}
