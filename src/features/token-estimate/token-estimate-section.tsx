import { useState } from 'react';
import { Card } from '../../components/ui/card';
import { TextField } from '../../components/ui/text-field';
import { formatTokens } from '../../domain/money/format-number';
import { MAX_TOKEN_TEXT_LENGTH, readTokenText } from '../../domain/token-text';
import { TokenApply } from './token-apply';
import { TokenCountStatus } from './token-count-status';
import { TOKEN_METHOD, TOKEN_PRIVACY } from './token-method';
import { useTokenCount } from './use-token-count';
import './token-estimate.css';

const LIMIT = formatTokens(MAX_TOKEN_TEXT_LENGTH);

/**
 * "Estimate tokens from text": paste a prompt, a document or a reply, see its token count (an
 * estimate for Kimi, method stated), and use it as the selected endpoint's input or output tokens.
 * A text over the size limit is refused whole and the last text stays.
 */
export function TokenEstimateSection() {
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<number | null>(null);
  const state = useTokenCount(text);

  const onChange = (value: string) => {
    const reading = readTokenText(value);
    if (reading.status === 'too-long') {
      setRefused(reading.length);
      return;
    }
    setRefused(null);
    setText(value);
  };

  const problem =
    refused === null
      ? null
      : `That text has ${formatTokens(refused)} characters; the counter takes up to ${LIMIT}. ` +
        'Count it in parts and add the counts up. The text before it is kept.';

  return (
    <Card title="Estimate tokens from text" className="token-estimate">
      <p className="token-estimate__intro">
        Paste a prompt, a document or a reply to see how many tokens it is, then use the count in the
        workload.
      </p>
      <TextField
        label="Text to count"
        multiline
        value={text}
        onChange={onChange}
        hint={`Up to ${LIMIT} characters. ${TOKEN_PRIVACY}`}
        problem={problem}
        announce
        className="token-estimate__text"
      />
      <TokenCountStatus state={state} />
      <p className="field-hint">{TOKEN_METHOD}</p>
      <TokenApply tokens={state.status === 'done' ? state.count.tokens : null} />
    </Card>
  );
}
