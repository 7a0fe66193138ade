/**
 * Money is an exact bigint count of 10^-24 US dollars.
 *
 * The engine multiplies token counts (integers), prices (micro-dollars per 1M tokens) and percentages
 * (hundredths of a percent), so every product is an integer at this scale: no cost is ever rounded
 * before it is shown. Realistic token counts times prices overflow Number.MAX_SAFE_INTEGER at this
 * scale, hence bigint.
 */
export type Money = bigint;

/** Money units in one US dollar. */
export const UNITS_PER_DOLLAR = 10n ** 24n;
/** Money units in one cent. */
export const UNITS_PER_CENT = 10n ** 22n;
/** Money units in one micro-dollar (10^-6 $): prices are micro-dollars per 1M tokens. */
export const UNITS_PER_MICRO_DOLLAR = 10n ** 18n;

/** An exact count of micro-dollars as Money: 1_500_000n (1.50 $) → 1.5 × 10^24. */
export function microDollarsToMoney(microDollars: bigint): Money {
  return microDollars * UNITS_PER_MICRO_DOLLAR;
}

/** Rounds to the nearest whole multiple of `step`, halves away from zero (amounts here are ≥ 0). */
export function roundToStep(amount: Money, step: bigint): bigint {
  const quotient = amount / step;
  const remainder = amount % step;
  return remainder * 2n >= step ? quotient + 1n : quotient;
}

/**
 * Rounds several parts to whole `step`s so that the rounded parts add up exactly to the rounded
 * total (largest-remainder method). Each part moves by less than one step; leftover steps go to the
 * parts with the largest remainders, earlier parts first on ties.
 */
export function allocateRounded(parts: readonly bigint[], step: bigint): { parts: bigint[]; total: bigint } {
  const total = roundToStep(
    parts.reduce((sum, part) => sum + part, 0n),
    step,
  );
  const floors = parts.map((part) => part / step);
  let leftover = total - floors.reduce((sum, part) => sum + part, 0n);
  const byRemainder = parts
    .map((part, index) => ({ index, remainder: part % step }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover <= 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return { parts: floors, total };
}

/** numerator ÷ denominator rounded half up (both non-negative, denominator > 0). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return (numerator % denominator) * 2n >= denominator ? quotient + 1n : quotient;
}

/** Rounds numerator ÷ denominator (denominator > 0) to the nearest integer, halves away from zero. */
export function divideSigned(numerator: bigint, denominator: bigint): bigint {
  return numerator < 0n ? -divideRounded(-numerator, denominator) : divideRounded(numerator, denominator);
}
