import type { ComponentProps } from 'react';
import { TextTable as Table } from '../../components/ui/text-table';

/** A trace table in its own sideways-scrolling box. */
export function TextTable(props: Omit<ComponentProps<typeof Table>, 'className'>) {
  return (
    <div className="trace-table__scroll">
      <Table {...props} className="trace-table" />
    </div>
  );
}
