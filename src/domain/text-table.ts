/** Columns and rows of text, the first cell of each row its header: a chart's text alternative, a trace table. */
export interface TextTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}
