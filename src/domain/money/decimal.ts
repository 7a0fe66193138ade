/**
 * Exact decimal numbers parsed from text.
 *
 * Vendors publish prices as decimal strings ("0.95", "0.083333"); binary floats cannot hold most of
 * them exactly, so every amount in the app starts life here as an integer count of 10^-scale units.
 */

export interface ExactDecimal {
  /** The value times 10^scale, e.g. 0.95 → { units: 95n, scale: 2 }. */
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?$/i;

/**
 * Reads a plain decimal such as "12", "0.95", ".5", "1.5e6" or "-3". Returns null for anything else
 * (empty text, "abc", "1.2.3", "Infinity", "NaN"). Never throws.
 */
export function parseExactDecimal(text: string): ExactDecimal | null {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let units = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (sign === '-') units = -units;
  return normalise({ units, scale });
}

/** Drops trailing zeros after the decimal point: 1.50 → 1.5, 100 stays 100. */
function normalise(value: ExactDecimal): ExactDecimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** The value as an integer count of 10^-scale units, or null when it has more decimals than that. */
export function toScaledInteger(value: ExactDecimal, scale: number): bigint | null {
  if (value.scale > scale) {
    const divisor = 10n ** BigInt(value.scale - scale);
    return value.units % divisor === 0n ? value.units / divisor : null;
  }
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** Writes units × 10^-scale as a plain decimal string with no exponent and no trailing zeros. */
export function scaledIntegerToString(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
