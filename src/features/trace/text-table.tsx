import type { ReactNode } from 'react';
import type { TextTable as Table } from '../../domain/trace-view';

interface TextTableProps {
  readonly caption: string;
  readonly table: Table;
  /** Extra content after a cell's text (e.g. a bar), by row and column index. */
  readonly decorate?: (rowIndex: number, columnIndex: number) => ReactNode;
  /** Class of a row, by index (e.g. the active route). */
  readonly rowClass?: (rowIndex: number) => string | undefined;
}

/** A table of text cells: the first cell of each row is its header. Cells are React text only. */
export function TextTable({ caption, table, decorate, rowClass }: TextTableProps) {
  return (
    <div className="trace-table__scroll">
      <table className="trace-table">
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
    </div>
  );
}
