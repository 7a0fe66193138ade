/**
 * Axis tick labels. Ticks are positions on a scale, not amounts from the bill, so compact float
 * formatting is right here; every amount a user reads as a figure comes from the domain's formatters.
 */
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
});
const counts = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

export function formatAxisDollars(value: number): string {
  return value < 0 ? `−${dollars.format(-value)}` : dollars.format(value);
}

export function formatAxisCount(value: number): string {
  return counts.format(value);
}
