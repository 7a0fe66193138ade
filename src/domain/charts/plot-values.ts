/**
 * Chart values. Money stays exact (bigint) until a figure is written; charts get floats only to place
 * marks, while every caption, tooltip and "Show data" cell is written by the app's own formatters, so a
 * chart agrees with the breakdown and the table to the cent.
 */
import { divideSigned, type Money } from '../money/money';
import { plotNumber } from './chart-scale';

/** Money as dollars in a float, to 10^-8 $: for placing chart marks only, never for text. */
export function toPlotDollars(amount: Money): number {
  return plotNumber(Number(divideSigned(amount, 10n ** 16n)) / 1e8) ?? 0;
}

/** Whole cents as dollars in a float, for placing chart marks only. */
export function plotCents(cents: bigint): number {
  return plotNumber(Number(cents) / 100) ?? 0;
}

/** One x value of a line chart: a plot value and its text per series key. */
export interface SeriesPoint {
  readonly x: number;
  /** Plot values per series key; null where a log axis cannot show it (zero). */
  readonly values: Readonly<Record<string, number | null>>;
  readonly texts: Readonly<Record<string, string>>;
  readonly xText: string;
}

/** Every value the points plot, across their series (null values left out): what an axis must hold. */
export function plottedValues(points: readonly SeriesPoint[]): number[] {
  return points.flatMap((point) => Object.values(point.values).filter((value) => value !== null));
}
