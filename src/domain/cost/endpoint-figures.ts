/**
 * Each endpoint's part of the bill, as shown. The rules:
 * - every endpoint is costed on its own route; the endpoints' monthly amounts are rounded to the cent
 *   by the largest-remainder method, so they add up to the total shown, and their shares to 100;
 * - cost per unit is per request, conversation or task (the shape's unit), batch and retries included;
 * - consumer apps add the cost per user; an output cap adds what it saves against the uncapped shape;
 * - conversations and agent chains show how one unit's cost grows with its length.
 */

import { formatCentsOf, formatUsd, formatUsdPerUnit } from '../money/format-money';
import { formatQuantity } from '../money/format-number';
import { allocateRounded, divideRounded, UNITS_PER_CENT } from '../money/money';
import { describeUnits, unitWord } from '../workload/describe-shape';
import type { ScenarioBill } from './bill-scenario';
import { sharesInPercent } from './breakdown';
import { prepareShape, priceUncapped, priceUnit } from './engine';

export interface LengthCost {
  /** "3 turns", "1 step". */
  readonly length: string;
  readonly cost: string;
}

export interface EndpointFigures {
  readonly id: string;
  readonly name: string;
  readonly routeName: string;
  /** "20,000 conversations". */
  readonly traffic: string;
  readonly monthly: string;
  /** "51%", or "—" when the scenario costs nothing. */
  readonly share: string;
  /** "Cost per conversation". */
  readonly perUnitLabel: string;
  readonly perUnit: string;
  readonly perUser: string | null;
  readonly capSaving: string | null;
  /** How one unit's cost grows with its length; null for single requests. */
  readonly growth: { readonly unit: string; readonly rows: readonly LengthCost[] } | null;
}

/** Lengths shown in the growth table: every length up to 12, else 12 evenly spread ones ending at the length. */
export function growthLengths(length: number): number[] {
  if (length <= 12) return Array.from({ length }, (_, index) => index + 1);
  const lengths = new Set<number>([1]);
  for (let step = 1; step <= 11; step += 1) lengths.add(Math.round((length * step) / 11));
  return [...lengths].filter((value) => value >= 1).sort((a, b) => a - b);
}

export function buildEndpointFigures(bill: Pick<ScenarioBill, 'endpoints'>): EndpointFigures[] {
  const totals = bill.endpoints.map((item) => item.bill.monthly);
  const rounded = allocateRounded(totals, UNITS_PER_CENT);
  const exactTotal = totals.reduce((sum, amount) => sum + amount, 0n);
  const shares = sharesInPercent(totals, exactTotal);
  return bill.endpoints.map((item, index): EndpointFigures => {
    const { endpoint, tariff, routeName, units } = item;
    const { shape } = endpoint;
    const prepared = prepareShape(shape);
    const monthly = item.bill.monthly;
    let growth: EndpointFigures['growth'] = null;
    if (shape.kind !== 'requests') {
      const length = shape.kind === 'conversation' ? shape.turnsPerConversation : shape.stepsPerTask;
      const word = shape.kind === 'conversation' ? 'turn' : 'step';
      growth = {
        unit: unitWord(shape),
        rows: growthLengths(length).map((count) => ({
          length: `${formatQuantity(count, 0)} ${count === 1 ? word : `${word}s`}`,
          cost: formatUsdPerUnit(priceUnit(prepared, tariff, count)),
        })),
      };
    }
    const users = shape.kind === 'requests' && shape.consumer ? BigInt(shape.consumer.usersPerMonth) : 0n;
    const perUnit = units === 0n ? priceUnit(prepared, tariff) : divideRounded(monthly, units);
    return {
      id: endpoint.id,
      name: endpoint.name,
      routeName,
      traffic: describeUnits(shape, units),
      monthly: formatCentsOf(rounded.parts[index] ?? 0n, monthly),
      share: shares === null ? '—' : `${shares[index] ?? 0}%`,
      perUnitLabel: `Cost per ${unitWord(shape)}`,
      perUnit: formatUsdPerUnit(perUnit),
      perUser: users === 0n ? null : formatUsdPerUnit(divideRounded(monthly, users)),
      capSaving:
        shape.maxOutputTokensPerCall === null ? null : formatUsd(priceUncapped(prepared, tariff) - monthly),
      growth,
    };
  });
}
