import type { ReactNode } from 'react';

/** Columns and rows of text: the first cell of each row is its header. */
interface TextTableData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface TextTableProps {
  readonly caption: string;
  readonly table: TextTableData;
  readonly className?: string;
  /** Extra content after a cell's text (e.g. a bar), by row and column index. */
  readonly decorate?: (rowIndex: number, columnIndex: number) => ReactNode;
  /** Class of a row, by index (e.g. the active route). */
  readonly rowClass?: (rowIndex: number) => string | undefined;
}

/** A table of text cells, each row headed by its first cell. Cells are React text only, never markup. */
export function TextTable({ caption, table, className, decorate, rowClass }: TextTableProps) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          // Rows are positional and never reordered; several may share a first cell.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <tr key={rowIndex} className={rowClass?.(rowIndex)}>
            {row.map((cell, columnIndex) =>
              columnIndex === 0 ? (
                <th key={table.columns[columnIndex]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={table.columns[columnIndex]}>
                  {cell}
                  {decorate?.(rowIndex, columnIndex)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
