/**
 * Starts reading a request log and lets the page follow and cancel it. In a browser the log is read by
 * a Web Worker (trace-worker.ts) so the page keeps responding; where there is no Worker (tests, very
 * old browsers) or the worker cannot start, it is read on the main thread in 1 MiB chunks, yielding to
 * the page between chunks. Either way the file never leaves the browser, and only the aggregates come
 * back. Cancelling stops at once: the worker is terminated, the fallback stops at the next chunk.
 */
import type { TraceReport } from '../domain/traces/trace-report';
import { readTraceSource, type TraceProgress, type TraceSource } from './trace-source';
import type { TraceWorkerMessage, TraceWorkerRequest } from './trace-worker';

export type TraceImportResult =
  | { readonly status: 'done'; readonly report: TraceReport }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface TraceImport {
  /** Settles once: done, cancelled or failed. Never rejects. */
  readonly result: Promise<TraceImportResult>;
  cancel(): void;
}

export interface TraceImportOptions {
  readonly onProgress?: (progress: TraceProgress) => void;
  /** Read on the main thread even where workers exist. */
  readonly mainThread?: boolean;
}

function failure(error: unknown): TraceImportResult {
  return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function readOnMainThread(source: TraceSource, options: TraceImportOptions): TraceImport {
  let cancelled = false;
  let settle: (result: TraceImportResult) => void = () => {};
  const result = new Promise<TraceImportResult>((resolve) => {
    settle = resolve;
  });
  readTraceSource(source, {
    onProgress: (progress) => options.onProgress?.(progress),
    isCancelled: () => cancelled,
    pause: yieldToPage,
  }).then(
    (report) => settle(report === null ? { status: 'cancelled' } : { status: 'done', report }),
    (error: unknown) => settle(failure(error)),
  );
  return {
    result,
    cancel() {
      cancelled = true;
      settle({ status: 'cancelled' });
    },
  };
}

function readInWorker(source: TraceSource, options: TraceImportOptions): TraceImport {
  const worker = new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' });
  let settled = false;
  let started = false;
  let fallback: TraceImport | null = null;
  let settle: (result: TraceImportResult) => void = () => {};
  const result = new Promise<TraceImportResult>((resolve) => {
    settle = (value) => {
      settled = true;
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<TraceWorkerMessage>) => {
    const message = event.data;
    started = true;
    if (settled) return;
    if (message.type === 'progress') options.onProgress?.(message.progress);
    else if (message.type === 'done') settle({ status: 'done', report: message.report });
    else if (message.type === 'cancelled') settle({ status: 'cancelled' });
    else settle({ status: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (settled) return;
    if (started) {
      settle({ status: 'failed', message: event.message || 'The log reader stopped.' });
    } else {
      // The worker could not start: read on the main thread instead.
      fallback = readOnMainThread(source, options);
      fallback.result.then(settle);
    }
  };
  worker.postMessage({ type: 'read', source } satisfies TraceWorkerRequest);
  return {
    result,
    cancel() {
      fallback?.cancel();
      if (!settled) settle({ status: 'cancelled' });
    },
  };
}

/** Starts reading `source`; progress is reported after every chunk. */
export function startTraceImport(source: TraceSource, options: TraceImportOptions = {}): TraceImport {
  if (options.mainThread || typeof Worker === 'undefined') return readOnMainThread(source, options);
  try {
    return readInWorker(source, options);
  } catch {
    return readOnMainThread(source, options);
  }
}
