import { useEffect, useRef, useState } from 'react';
import { readTokenText } from '../../domain/token-text';
import type { CountProgress, TokenCount } from './count-in-chunks';
import { createTokenCounter, type TokenCounter } from './token-counter';

export type TokenCountState =
  | { readonly status: 'empty' }
  /** Waiting for typing to pause, loading the tokenizer (progress null) or counting. */
  | { readonly status: 'counting'; readonly progress: CountProgress | null }
  | {
      readonly status: 'done';
      readonly count: TokenCount;
      readonly whitespaceOnly: boolean;
      readonly replacedCharacters: number;
    }
  | { readonly status: 'failed'; readonly message: string };

/** Typing pauses this long before a count starts. */
const SETTLE_MS = 250;

/**
 * The token count of `text`, kept up to date as it changes: a new text supersedes the count in
 * progress. The counter (and its worker) lives as long as the component. `text` is expected within
 * the size limit; a longer one reads as empty.
 */
export function useTokenCount(text: string): TokenCountState {
  const counter = useRef<TokenCounter | null>(null);
  // Once the tokenizer has answered, a new text reads "Counting…", not "Loading the tokenizer…".
  const loaded = useRef(false);
  const [state, setState] = useState<TokenCountState>({ status: 'empty' });

  useEffect(() => {
    const created = createTokenCounter();
    counter.current = created;
    return () => {
      created.dispose();
      counter.current = null;
    };
  }, []);

  useEffect(() => {
    const reading = readTokenText(text);
    if (reading.status !== 'ready') {
      setState({ status: 'empty' });
      return;
    }
    setState({
      status: 'counting',
      progress: loaded.current ? { done: 0, total: reading.text.length } : null,
    });
    let live = true;
    const timer = setTimeout(() => {
      counter.current
        ?.count(reading.text, (progress) => {
          loaded.current = true;
          if (live) setState({ status: 'counting', progress });
        })
        .then((result) => {
          if (!live || result.status === 'superseded') return;
          loaded.current = true;
          if (result.status === 'failed') setState({ status: 'failed', message: result.message });
          else {
            const { whitespaceOnly, replacedCharacters } = reading;
            setState({ status: 'done', count: result.count, whitespaceOnly, replacedCharacters });
          }
        });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  return state;
}
