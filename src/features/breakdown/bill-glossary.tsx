import { useId } from 'react';
import { TermHelp } from '../../components/ui/term-help';
import { GLOSSARY, type GlossaryKey } from '../../lib/glossary';

/** The bill's terms, in the order a reader meets them on the page. */
const BILL_TERMS: readonly GlossaryKey[] = [
  'cachedInput',
  'retryBuffer',
  'contextWindow',
  'blended',
  'timeToFirstToken',
  'cacheWrite',
  'batch',
  'longContextTier',
];

/** "What the words mean": each term a question that opens its short explanation. */
export function BillGlossary() {
  const titleId = useId();
  return (
    <section className="bill-glossary" aria-labelledby={titleId}>
      <h3 id={titleId} className="bill-glossary__title">
        What the words mean
      </h3>
      {BILL_TERMS.map((key) => (
        <TermHelp key={key} question={GLOSSARY[key].question} explanation={GLOSSARY[key].explanation} />
      ))}
    </section>
  );
}
