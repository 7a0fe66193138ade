import { formatTokens } from '../../domain/money/format-number';
import type { TokenCountState } from './use-token-count';

const tokensText = (tokens: number) => `${formatTokens(tokens)} ${tokens === 1 ? 'token' : 'tokens'}`;

function statusText(state: TokenCountState): string {
  if (state.status === 'empty') return 'Paste or type a text to count its tokens.';
  if (state.status === 'failed') return `The text could not be counted: ${state.message}`;
  if (state.status === 'counting') {
    const { progress } = state;
    if (progress === null) return 'Loading the tokenizer…';
    if (progress.total === 0 || progress.done === 0) return 'Counting…';
    return `Counting… ${Math.floor((progress.done * 100) / progress.total)}%`;
  }
  return `${tokensText(state.count.tokens)} (estimate)`;
}

/** Notes on what was counted: white space alone, replaced characters, runs counted in parts. */
function notes(state: TokenCountState): string[] {
  if (state.status !== 'done') return [];
  const found: string[] = [];
  if (state.whitespaceOnly)
    found.push('The text is only white space; spaces and line breaks are tokens too.');
  if (state.replacedCharacters > 0)
    found.push(
      `${formatTokens(state.replacedCharacters)} broken ${state.replacedCharacters === 1 ? 'character was' : 'characters were'} counted as “�”.`,
    );
  if (state.count.approximateParts > 0)
    found.push(
      `Runs of over 1,000 characters without a break were counted in ${formatTokens(state.count.approximateParts)} parts, so the count may be off by up to that many tokens.`,
    );
  return found;
}

/** The count (or what is happening instead), announced politely as it changes. */
export function TokenCountStatus({ state }: { readonly state: TokenCountState }) {
  return (
    <div className="token-estimate__result">
      <p className="token-estimate__count" role="status">
        {statusText(state)}
      </p>
      {notes(state).map((note) => (
        <p key={note} className="field-hint">
          {note}
        </p>
      ))}
    </div>
  );
}
