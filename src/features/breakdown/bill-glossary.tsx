import { Card } from '../../components/ui/card';
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
  return (
    <Card title="What the words mean" className="bill-glossary">
      {BILL_TERMS.map((key) => (
        <TermHelp key={key} question={GLOSSARY[key].question} explanation={GLOSSARY[key].explanation} />
      ))}
    </Card>
  );
}
