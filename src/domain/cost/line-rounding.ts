/**
 * Why the rounded lines of a bill add up to its total, in one sentence a person can check by hand.
 * The rule it explains (money.ts, allocateRounded): the total shown is the exact total rounded half up
 * to the cent; every line is rounded down to the cent and the cents left over go, one each, to the
 * lines with the largest remainders. Most of the time that is each line rounded on its own; when it is
 * not, the sentence names the lines that differ and both their figures.
 */
import { formatCents, formatUsdExact } from '../money/format-money';
import { type Money, roundToStep, UNITS_PER_CENT } from '../money/money';

export interface RoundedLine {
  readonly label: string;
  readonly exact: Money;
  /** The cents the line shows (allocated). */
  readonly cents: bigint;
}

/** "Each line is its exact amount rounded to the cent, …" or which lines took or gave a cent, and why. */
export function describeLineRounding(lines: readonly RoundedLine[], totalCents: bigint): string {
  const ownRounding = lines.map((line) => roundToStep(line.exact, UNITS_PER_CENT));
  const changed = lines.filter((line, index) => line.cents !== ownRounding[index]);
  if (changed.length === 0) {
    return 'Each line is its exact amount rounded to the nearest cent, and together they make the total: the exact total rounded to the cent.';
  }
  const ownSum = ownRounding.reduce((sum, cents) => sum + cents, 0n);
  const shown = changed
    .map(
      (line) => `${line.label} shows ${formatCents(line.cents)} for its exact ${formatUsdExact(line.exact)}`,
    )
    .join('; ');
  return `Rounded on their own the lines would add up to ${formatCents(ownSum)}, but the exact total rounds to ${formatCents(totalCents)}, so every line is rounded down to the cent and the cents left over go to the lines with the largest remainders (${shown}).`;
}
