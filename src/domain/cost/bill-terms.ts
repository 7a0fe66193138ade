/**
 * Whose batch price and tool fee a bill uses, and the terms the bill reports. The rules, in words:
 * - batched units pay the user's percentage when set; otherwise the provider's published rule;
 *   otherwise (no rule published) the standard price;
 * - tool calls pay the user's fee when set; otherwise the provider's first published fee; otherwise $0;
 * - cache writes are reported as billed at an input price when a run's prices publish no write price;
 *   long-context calls are counted per tier, a month.
 */
import { percentToHundredths, WHOLE } from '../money/hundredths';
import { type Money, microDollarsToMoney } from '../money/money';
import type { WorkloadShape } from '../workload/shapes';
import type { BillTerms } from './bill';
import type { CallRun } from './call-runs';
import { type CallPrices, type Tariff, writePriceFor } from './tariff';

export function pricesOfRun(tariff: Tariff, run: CallRun): CallPrices {
  return run.tier < 0 ? tariff.standard : (tariff.tiers[run.tier]?.prices ?? tariff.standard);
}

/** The user's own fee per tool call, in Money; null when the provider's fee applies. */
function ownToolFee(shape: WorkloadShape): Money | null {
  if (shape.kind !== 'agent-chain' || shape.toolCallFeeUsd === null) return null;
  // A fee has at most 6 decimals (a multiple of 10^18 units), so the division by WHOLE is exact.
  return microDollarsToMoney(BigInt(Math.round(shape.toolCallFeeUsd * 1_000_000)));
}

/** The batch price in hundredths of standard, and whose rule it is. */
export function batchPrice(shape: WorkloadShape, tariff: Tariff): NonNullable<BillTerms['batch']> {
  const own = shape.batchPriceMultiplierPercent;
  if (own !== null) return { hundredths: percentToHundredths(own), rule: 'yours', note: null };
  if (tariff.batchHundredths !== null)
    return { hundredths: tariff.batchHundredths, rule: 'provider', note: tariff.batchNote };
  return { hundredths: WHOLE, rule: 'none published', note: tariff.batchNote };
}

/** The fee per tool call, and whose it is. */
export function toolFee(shape: WorkloadShape, tariff: Tariff): NonNullable<BillTerms['toolFee']> {
  const own = ownToolFee(shape);
  if (own !== null) return { fee: own, rule: 'yours', provider: tariff.toolFee };
  if (tariff.toolFee !== null) return { fee: tariff.toolFee.fee, rule: 'provider', provider: tariff.toolFee };
  return { fee: 0n, rule: 'none published', provider: null };
}

/** The terms a month of `units` units used, for the runs of one unit on `tariff`. */
export function termsOf(
  shape: { readonly shape: WorkloadShape; readonly units: bigint; readonly write: bigint },
  tariff: Tariff,
  runs: readonly CallRun[],
  batch: BillTerms['batch'],
  fee: BillTerms['toolFee'],
): BillTerms {
  const lifetime = shape.shape.cacheWriteLifetimeMinutes;
  const longContextCalls = runs
    .filter((run) => run.tier >= 0)
    .map((run) => ({ aboveTokens: tariff.tiers[run.tier]?.aboveTokens ?? 0, calls: run.calls * shape.units }))
    .filter((item) => item.calls > 0n);
  return {
    cacheWriteAtInputPrice:
      shape.write > 0n && runs.some((run) => writePriceFor(pricesOfRun(tariff, run), lifetime) === null),
    longContextCalls,
    batch,
    toolFee: fee,
  };
}
