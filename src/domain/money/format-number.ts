/** Counts, token numbers and percentages as shown: grouped digits, exact decimals, no float artefacts. */

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Groups the digits of a non-negative integer: 1234567n → "1,234,567". */
export function groupDigits(value: bigint): string {
  return integerFormat.format(value);
}

/** A whole token count, grouped: 2000000n → "2,000,000". */
export function formatTokens(tokens: bigint | number): string {
  return integerFormat.format(tokens);
}

/**
 * A count with its noun, singular for exactly one: (1, 'token') → "1 token", (2000, 'token') →
 * "2,000 tokens", (1, 'reply', 'replies') → "1 reply".
 */
export function formatCount(count: bigint | number, singular: string, plural = `${singular}s`): string {
  return `${formatTokens(count)} ${count === 1 || count === 1n ? singular : plural}`;
}

/** One formatter per number of decimals: building an Intl.NumberFormat costs far more than using one. */
const quantityFormats = new Map<number, Intl.NumberFormat>();

/** The en-US formatter with grouping and up to `maxDecimals` decimals, built once per count of decimals. */
function quantityFormat(maxDecimals: number): Intl.NumberFormat {
  let format = quantityFormats.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDecimals });
    quantityFormats.set(maxDecimals, format);
  }
  return format;
}

/** A count with grouping and up to 2 decimals, as typed into a field: 1000 → "1,000", 12.5 → "12.5". */
export function formatQuantity(value: number, maxDecimals = 2): string {
  return quantityFormat(maxDecimals).format(value);
}

/** Hundredths of a percent as a percentage, trailing zeros dropped: 3752n → "37.52%", 4000n → "40%". */
export function formatPercent(hundredths: bigint): string {
  return `${formatQuantity(Number(hundredths) / 100)}%`;
}
