/** How the comparison table is viewed, as a link carries it: its sort. */

/** The comparison table's sort: a column id and direction. */
export interface TableSort {
  readonly columnId: string;
  readonly descending: boolean;
}

export const DEFAULT_TABLE_SORT: TableSort = { columnId: 'monthlyCost', descending: false };
