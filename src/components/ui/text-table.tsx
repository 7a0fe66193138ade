import type { ReactNode } from 'react';

interface TextTableProps {
  readonly caption: string;
  /** Column headers. */
  readonly columns: readonly string[];
  /** Rows of text cells; the first cell of each row is its header. */
  readonly rows: readonly (readonly string[])[];
  readonly className?: string;
  /** Extra content after a cell's text (e.g. a bar), by row and column index. */
  readonly decorate?: (rowIndex: number, columnIndex: number) => ReactNode;
  /** Class of a row, by index (e.g. the active route). */
  readonly rowClass?: (rowIndex: number) => string | undefined;
}

/** A table of text cells, each row headed by its first cell. Cells are React text only, never markup. */
export function TextTable({ caption, columns, rows, className, decorate, rowClass }: TextTableProps) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          // Rows are positional and never reordered; several may share a first cell.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <tr key={rowIndex} className={rowClass?.(rowIndex)}>
            {row.map((cell, columnIndex) =>
              columnIndex === 0 ? (
                <th key={columns[columnIndex]} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={columns[columnIndex]}>
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
