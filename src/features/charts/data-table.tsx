import { TextTable } from '../../components/ui/text-table';
import type { TextTable as Table } from '../../domain/text-table';

/** A chart's figures as a plain table: its text alternative. */
export function DataTable({ caption, table }: { readonly caption: string; readonly table: Table }) {
  return <TextTable className="chart-data" caption={caption} columns={table.columns} rows={table.rows} />;
}
