import { useMemo } from 'react';
import type { ScenarioBill } from '../../domain/cost/bill-scenario';
import { describeBillTerms } from '../../domain/cost/bill-terms-notes';

/** Which cache-write, long-context, batch and tool-fee terms the bill used, each with its source. */
export function BillTermsNotes({ bill }: { readonly bill: ScenarioBill }) {
  const sentences = useMemo(() => describeBillTerms(bill), [bill]);
  if (sentences.length === 0) return null;
  return (
    <ul className="breakdown-panel__terms" aria-label="Terms behind these figures">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
