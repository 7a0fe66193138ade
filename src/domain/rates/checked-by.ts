/**
 * What kind of date a route's source date is, which says how much it proves. In words:
 * - 'maintainer date': someone checked the price on that day;
 * - 'git change date': the day a commit set the figure (it may have been true long after);
 * - 'page capture date': the day a copy of the page was captured;
 * - 'publish date': the day a package, article or release holding the figure was published;
 * - 'undated': the source gives no date (the sheet may show a lower bound);
 * - 'entry date': the day a user typed the figure into this app;
 * - 'import date': the day a file that gave no date was imported;
 * - 'unknown': not stated (an imported route that does not say).
 */
export type CheckedBy =
  | 'maintainer date'
  | 'git change date'
  | 'page capture date'
  | 'publish date'
  | 'undated'
  | 'entry date'
  | 'import date'
  | 'unknown';

export const CHECKED_BY: readonly CheckedBy[] = [
  'maintainer date',
  'git change date',
  'page capture date',
  'publish date',
  'undated',
  'entry date',
  'import date',
  'unknown',
];

export function isCheckedBy(value: unknown): value is CheckedBy {
  return typeof value === 'string' && (CHECKED_BY as readonly string[]).includes(value);
}
