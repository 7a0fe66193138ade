import { TextTable } from '../../components/ui/text-table';
import type { DataTable as Table } from '../../domain/charts/chart-data';

/** A chart's figures as a plain table: its text alternative. */
export function DataTable({ caption, table }: { readonly caption: string; readonly table: Table }) {
  return <TextTable className="chart-data" caption={caption} table={table} />;
}
