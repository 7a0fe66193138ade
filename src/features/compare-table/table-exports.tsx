import { useId, useState } from 'react';
import type { DisplayCurrency } from '../../domain/billing/display-currency';
import type { ComparisonRow } from '../../domain/compare/comparison-rows';
import { comparisonCsv, comparisonMarkdown } from '../../domain/export/exports';
import { copyText } from '../../lib/clipboard';
import { downloadText } from '../../lib/download';

interface TableExportsProps {
  /** Every shown route in the table's order (all pages), read when a button is pressed. */
  readonly rows: () => readonly ComparisonRow[];
  readonly currency: DisplayCurrency | null;
}

/**
 * The table's exports: a CSV for spreadsheets and a Markdown table for docs. When the browser refuses
 * the clipboard (an embed without permission, an insecure page), the Markdown is shown selected in a
 * field to copy by hand.
 */
export function TableExports({ rows, currency }: TableExportsProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  async function copyMarkdown() {
    const shown = rows();
    const markdown = comparisonMarkdown(shown, currency);
    const routes = `${shown.length} ${shown.length === 1 ? 'route' : 'routes'}`;
    if (await copyText(markdown)) {
      setManualCopy(null);
      setStatus(`Markdown table copied (${routes}).`);
    } else {
      setManualCopy(markdown);
      setStatus('Could not copy: the Markdown table is below, selected, to copy by hand.');
    }
  }

  return (
    <div className="comparison__exports">
      <button
        type="button"
        className="small-button"
        onClick={() => downloadText('kimi-route-comparison.csv', comparisonCsv(rows(), currency), 'text/csv')}
      >
        Export table as CSV
      </button>
      <button type="button" className="small-button" onClick={() => void copyMarkdown()}>
        Copy as Markdown table
      </button>
      <p className="comparison__export-status" role="status">
        {status}
      </p>
      {manualCopy === null ? null : (
        <div className="comparison__manual-copy">
          <label htmlFor={`${id}-markdown`}>Markdown table</label>
          <textarea
            id={`${id}-markdown`}
            readOnly
            rows={6}
            value={manualCopy}
            ref={(field) => field?.select()}
          />
        </div>
      )}
    </div>
  );
}
