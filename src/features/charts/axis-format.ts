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
const scientific = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumSignificantDigits: 3 });
const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** Below a cent, written as a power of ten ("$10⁻⁷", "$2.5×10⁻⁶"): "$0.0000001" is too wide for the axis. */
function tinyDollars(magnitude: number): string {
  const [mantissa = '', exponent = ''] = scientific.format(magnitude).split('E');
  const power = `10${[...exponent].map((digit) => SUPERSCRIPTS[digit] ?? digit).join('')}`;
  return `$${mantissa === '1' ? power : `${mantissa}×${power}`}`;
}

export function formatAxisDollars(value: number): string {
  const magnitude = Math.abs(value);
  const text = magnitude > 0 && magnitude < 0.01 ? tinyDollars(magnitude) : dollars.format(magnitude);
  return value < 0 ? `−${text}` : text;
}

export function formatAxisCount(value: number): string {
  return counts.format(value);
}
