import { act, fireEvent, screen } from '@testing-library/react';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { formatTokens } from '../../domain/money/format-number';
import { MAX_TOKEN_TEXT_LENGTH } from '../../domain/token-text';
import { renderWithStore } from '../../testing/render-with-store';
import { TokenEstimateSection } from './token-estimate-section';

// jsdom has no Worker: the section counts on the main thread, with the same tokenizer the worker loads.
const expected = (text: string) => countTokens(text, { disallowedSpecial: new Set() });
const PROMPT =
  'You are a support agent for Kimi K2. Answer in two sentences, cite the docs, and never promise refunds.\n' +
  'Customer: my invoice shows 1,234,567 tokens — is <|endoftext|> counted? 你好！';

const textField = () => screen.getByRole('textbox', { name: 'Text to count' });
const status = () => screen.getByRole('status');
const button = (name: string) => screen.getByRole('button', { name });

/** Puts `text` in the field as one paste would (a single change). */
function paste(text: string) {
  fireEvent.change(textField(), { target: { value: text } });
}

async function countShown(tokens: number) {
  const word = tokens === 1 ? 'token' : 'tokens';
  await screen.findByText(`${formatTokens(tokens)} ${word} (estimate)`, undefined, { timeout: 15_000 });
}

describe('TokenEstimateSection', () => {
  it('counts a pasted prompt with the real tokenizer and sets it as the request’s input or output tokens', async () => {
    const { store, user } = renderWithStore(<TokenEstimateSection />);
    expect(status()).toHaveTextContent('Paste or type a text to count its tokens.');
    expect(button('Use as input tokens')).toBeDisabled();
    expect(screen.getByText(/counted in your browser with the o200k_base byte-pair encoding/)).toBeVisible();
    expect(screen.getByText(/Kimi's count for the same text may differ by some percent/)).toBeVisible();

    paste(PROMPT);
    const tokens = expected(PROMPT);
    await countShown(tokens);
    expect(
      screen.getByText('Input sets “Input tokens per request” and output sets “Output tokens per request”.'),
    );

    await user.click(button('Use as input tokens'));
    expect(store.getState().endpoints[0]?.shape).toMatchObject({ inputTokensPerRequest: tokens });
    expect(screen.getByText(`Set “Input tokens per request” to ${formatTokens(tokens)} (it was 2,000).`));

    await user.click(button('Use as output tokens'));
    expect(store.getState().endpoints[0]?.shape).toMatchObject({
      inputTokensPerRequest: tokens,
      outputTokensPerRequest: tokens,
    });
  });

  it('maps input and output to a conversation’s user and reply tokens per turn, naming the endpoint', async () => {
    const { store, user } = renderWithStore(<TokenEstimateSection />);
    act(() => {
      store.getState().setShapeKind('conversation');
      store.getState().addEndpoint({ name: 'Tagging' });
      store.getState().selectEndpoint(store.getState().endpoints[0]?.id ?? '');
      store.getState().renameEndpoint(store.getState().endpoints[0]?.id ?? '', 'Support chat');
    });
    paste('How do I rotate my API key?');
    const tokens = expected('How do I rotate my API key?');
    await countShown(tokens);
    expect(
      screen.getByText(
        'Input sets “User tokens per turn” and output sets “Reply tokens per turn” of the endpoint “Support chat”.',
      ),
    );
    const taggingBefore = store.getState().endpoints[1]?.shape;
    await user.click(button('Use as output tokens'));
    const [chat, tagging] = store.getState().endpoints;
    expect(chat?.shape).toMatchObject({
      kind: 'conversation',
      replyTokensPerTurn: tokens,
      userTokensPerTurn: 100,
    });
    // Only the selected endpoint changes.
    expect(tagging?.shape).toBe(taggingBefore);
    expect(
      screen.getByText(
        `Set “Reply tokens per turn” of the endpoint “Support chat” to ${formatTokens(tokens)} (it was 300).`,
      ),
    );
  });

  it('refuses a text over the limit with its length, keeping the text before it', async () => {
    renderWithStore(<TokenEstimateSection />);
    paste('Keep me');
    await countShown(expected('Keep me'));
    paste('x'.repeat(MAX_TOKEN_TEXT_LENGTH + 1));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That text has 5,000,001 characters; the counter takes up to 5,000,000.',
    );
    expect(textField()).toHaveValue('Keep me');
    expect(textField()).toHaveAttribute('aria-invalid', 'true');
    expect(status()).toHaveTextContent(`${formatTokens(expected('Keep me'))} tokens (estimate)`);
  });

  it('never throws on white space alone or broken characters, and says what it counted', async () => {
    renderWithStore(<TokenEstimateSection />);
    paste('   \n\t  ');
    await countShown(expected('   \n\t  '));
    expect(screen.getByText('The text is only white space; spaces and line breaks are tokens too.'));

    paste('a\uD800b\uDC00');
    await countShown(expected('a\uFFFDb\uFFFD'));
    expect(screen.getByText('2 broken characters were counted as “�”.'));

    paste('');
    expect(status()).toHaveTextContent('Paste or type a text to count its tokens.');
    expect(button('Use as output tokens')).toBeDisabled();
  });

  it('maps input to an agent chain’s base context tokens', async () => {
    const { store, user } = renderWithStore(<TokenEstimateSection />);
    act(() => store.getState().setShapeKind('agent-chain'));
    const tools = 'Tools: web_search(query: string) returns the top 5 results as JSON.\n'.repeat(20);
    paste(tools);
    const tokens = expected(tools);
    await countShown(tokens);
    expect(screen.getByText('Input sets “Base context tokens” and output sets “Output tokens per step”.'));
    await user.click(button('Use as input tokens'));
    expect(store.getState().endpoints[0]?.shape).toMatchObject({
      kind: 'agent-chain',
      baseContextTokens: tokens,
      outputTokensPerStep: 200,
    });
  });
});
