/**
 * How one cell of the comparison is written (comparison-columns.ts lists the columns): a known value's
 * screen text, file value and sort key, or the reason it is not known; and the sort keys alone, for
 * the columns whose text costs something to write.
 */

import { plainNumber } from '../money/format-money';
import { formatTokens } from '../money/format-number';
import type { Fraction } from '../money/fraction';
import { formatPriceText, type PriceText, parsePrice } from '../rates/prices';
import type { ColumnSortKey, ComparisonCell } from './comparison-columns';
import type { ComparisonRow } from './comparison-rows';

export const known = (text: string, plain: string, sortKey: ColumnSortKey): ComparisonCell => ({
  known: true,
  text,
  plain,
  sortKey,
});
export const unknown = (reason: string): ComparisonCell => ({ known: false, reason });

export function priceCell(text: PriceText | null, reason = 'not published'): ComparisonCell {
  const price = text === null ? null : parsePrice(text);
  return price === null
    ? unknown(reason)
    : known(formatPriceText(text) ?? '', plainNumber.pricePerMillion(price), price);
}

export function tokensCell(tokens: number | null): ComparisonCell {
  return tokens === null ? unknown('not published') : known(formatTokens(tokens), String(tokens), tokens);
}

/** An exact fraction, written for the screen and for files; sorted to 10⁻⁶. */
export function fractionCell(
  fraction: Fraction | null,
  reason: string,
  write: (numerator: bigint, denominator: bigint) => string,
  writePlain: (numerator: bigint, denominator: bigint) => string,
): ComparisonCell {
  if (fraction === null) return unknown(reason);
  const { numerator, denominator } = fraction;
  return known(
    write(numerator, denominator),
    writePlain(numerator, denominator),
    (numerator * 10n ** 6n) / denominator,
  );
}

/** The key of a cell, written first and thrown away: for columns whose text costs nothing to write. */
export function keyOfCell(cell: (row: ComparisonRow) => ComparisonCell) {
  return (row: ComparisonRow): ColumnSortKey | undefined => {
    const written = cell(row);
    return written.known ? written.sortKey : undefined;
  };
}

/** An exact fraction's sort key (as fractionCell's), to 10⁻⁶. */
export function fractionKey(fraction: Fraction | null): bigint | undefined {
  return fraction === null ? undefined : (fraction.numerator * 10n ** 6n) / fraction.denominator;
}

export function priceKey(text: PriceText | null): bigint | undefined {
  return (text === null ? null : parsePrice(text)) ?? undefined;
}
