/**
 * Counts texts' tokens for the page. In a browser the counting runs in a Web Worker
 * (token-count-worker.ts), started on the first count and kept, so the tokenizer loads once and a
 * long text never blocks the page. Where there is no Worker (tests, very old browsers) or it cannot
 * start, the tokenizer is loaded on the main thread and counts in chunks, yielding between them.
 * Either way the tokenizer comes from this site's own build, and the text never leaves the page.
 */
import type { CountProgress, TokenCount } from './count-in-chunks';
import type { TokenWorkerMessage, TokenWorkerRequest } from './token-count-worker';

export type CountResult =
  | { readonly status: 'done'; readonly count: TokenCount }
  /** A later count started before this one finished. */
  | { readonly status: 'superseded' }
  | { readonly status: 'failed'; readonly message: string };

export interface TokenCounter {
  /**
   * Counts `text`; `onProgress` hears { done: 0 } once the tokenizer is loaded, then progress between
   * chunks. A later call supersedes this one. Never rejects.
   */
  count(text: string, onProgress?: (progress: CountProgress) => void): Promise<CountResult>;
  /** Stops the worker; a pending count settles as superseded. */
  dispose(): void;
}

interface Pending {
  readonly id: number;
  readonly text: string;
  readonly onProgress: (progress: CountProgress) => void;
  readonly settle: (result: CountResult) => void;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createTokenCounter({
  mainThread = false,
}: {
  readonly mainThread?: boolean;
} = {}): TokenCounter {
  let useWorker = !mainThread && typeof Worker !== 'undefined';
  let worker: Worker | null = null;
  let ready = false;
  let pending: Pending | null = null;
  let nextId = 0;

  const finish = (id: number, result: CountResult) => {
    if (pending?.id !== id) return;
    const { settle } = pending;
    pending = null;
    settle(result);
  };

  async function countOnMainThread(job: Pending): Promise<void> {
    try {
      const [{ countInChunks }, { O200K_TOKENIZER }] = await Promise.all([
        import('./count-in-chunks'),
        import('./o200k-tokenizer'),
      ]);
      if (pending?.id !== job.id) return;
      job.onProgress({ done: 0, total: job.text.length });
      const count = await countInChunks(job.text, O200K_TOKENIZER, {
        onProgress: job.onProgress,
        pause: yieldToPage,
        isCancelled: () => pending?.id !== job.id,
      });
      if (count !== null) finish(job.id, { status: 'done', count });
    } catch (error) {
      finish(job.id, { status: 'failed', message: messageOf(error) });
    }
  }

  function onMessage(message: TokenWorkerMessage) {
    if (message.type === 'ready') {
      ready = true;
      if (pending) pending.onProgress({ done: 0, total: pending.text.length });
    } else if (pending?.id === message.id) {
      if (message.type === 'progress') pending.onProgress(message.progress);
      else if (message.type === 'done') finish(message.id, { status: 'done', count: message.count });
      else finish(message.id, { status: 'failed', message: message.message });
    }
  }

  function onWorkerError(event: ErrorEvent) {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const job = pending;
    if (!ready) {
      // The worker could not start: count on the main thread from now on.
      useWorker = false;
      if (job) void countOnMainThread(job);
    } else {
      ready = false;
      if (job) finish(job.id, { status: 'failed', message: event.message || 'The token counter stopped.' });
    }
  }

  function startWorker(): Worker | null {
    try {
      const started = new Worker(new URL('./token-count-worker.ts', import.meta.url), { type: 'module' });
      started.onmessage = (event: MessageEvent<TokenWorkerMessage>) => onMessage(event.data);
      started.onerror = onWorkerError;
      return started;
    } catch {
      useWorker = false;
      return null;
    }
  }

  return {
    count(text, onProgress = () => {}) {
      if (pending) finish(pending.id, { status: 'superseded' });
      nextId += 1;
      const id = nextId;
      let settle: (result: CountResult) => void = () => {};
      const result = new Promise<CountResult>((resolve) => {
        settle = resolve;
      });
      const job: Pending = { id, text, onProgress, settle };
      pending = job;
      if (useWorker && worker === null) worker = startWorker();
      if (useWorker && worker) {
        if (ready) onProgress({ done: 0, total: text.length });
        worker.postMessage({ type: 'count', id, text } satisfies TokenWorkerRequest);
      } else {
        void countOnMainThread(job);
      }
      return result;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      ready = false;
      if (pending) finish(pending.id, { status: 'superseded' });
    },
  };
}
