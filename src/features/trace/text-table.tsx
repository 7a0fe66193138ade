import type { ComponentProps } from 'react';
import { TextTable as Table } from '../../components/ui/text-table';
import type { TextTable as Figures } from '../../domain/text-table';

type TextTableProps = Omit<ComponentProps<typeof Table>, 'className' | 'columns' | 'rows'> & {
  readonly table: Figures;
};

/** A trace table in its own sideways-scrolling box. */
export function TextTable({ table, ...props }: TextTableProps) {
  return (
    <div className="trace-table__scroll">
      <Table {...props} columns={table.columns} rows={table.rows} className="trace-table" />
    </div>
  );
}
