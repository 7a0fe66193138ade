/**
 * The Web Worker that counts tokens off the main thread, so a pasted megabyte never blocks the page.
 * It loads the tokenizer once and keeps it. Protocol: the worker posts { type: 'ready' } once its
 * tokenizer is loaded; the page posts { type: 'count', id, text }; the worker answers with
 * { type: 'progress' } between chunks, then { type: 'done', count } or { type: 'failed', message },
 * each with the request's id. A newer request makes the older one stop at its next chunk, unanswered.
 * Started by token-counter.ts.
 */
import { type CountProgress, countInChunks, type TokenCount } from './count-in-chunks';
import { O200K_TOKENIZER } from './o200k-tokenizer';

export interface TokenWorkerRequest {
  readonly type: 'count';
  readonly id: number;
  readonly text: string;
}

export type TokenWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly id: number; readonly progress: CountProgress }
  | { readonly type: 'done'; readonly id: number; readonly count: TokenCount }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** The parts of the dedicated worker scope used here (the app's TypeScript lib is the DOM's). */
interface WorkerScope {
  postMessage(message: TokenWorkerMessage): void;
  onmessage: ((event: MessageEvent<TokenWorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let latest = 0;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function count({ id, text }: TokenWorkerRequest): Promise<void> {
  latest = id;
  try {
    const result = await countInChunks(text, O200K_TOKENIZER, {
      onProgress: (progress) => scope.postMessage({ type: 'progress', id, progress }),
      pause,
      isCancelled: () => latest !== id,
    });
    if (result !== null) scope.postMessage({ type: 'done', id, count: result });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

scope.onmessage = (event) => {
  if (event.data?.type === 'count') void count(event.data);
};
scope.postMessage({ type: 'ready' });
