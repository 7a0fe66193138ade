/**
 * The Web Worker that reads a request log off the main thread, so a million rows never block the
 * page. Protocol: the page posts { type: 'read', source } (a File, Blob or text) and may post
 * { type: 'cancel' }; the worker posts { type: 'progress' } after every chunk, then one of
 * { type: 'done', report } (aggregates only, never the rows), { type: 'cancelled' } or
 * { type: 'failed', message }. Started by trace-import-client.ts.
 */
import type { TraceReport } from '../domain/traces/trace-report';
import { readTraceSource, type TraceProgress, type TraceSource } from './trace-source';

export type TraceWorkerRequest =
  | { readonly type: 'read'; readonly source: TraceSource }
  | { readonly type: 'cancel' };

export type TraceWorkerMessage =
  | { readonly type: 'progress'; readonly progress: TraceProgress }
  | { readonly type: 'done'; readonly report: TraceReport }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };

/** The parts of the dedicated worker scope used here (the app's TypeScript lib is the DOM's). */
interface WorkerScope {
  postMessage(message: TraceWorkerMessage): void;
  onmessage: ((event: MessageEvent<TraceWorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let cancelled = false;

async function read(source: TraceSource): Promise<void> {
  cancelled = false;
  try {
    const report = await readTraceSource(source, {
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      isCancelled: () => cancelled,
    });
    scope.postMessage(report === null ? { type: 'cancelled' } : { type: 'done', report });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  if (event.data.type === 'cancel') cancelled = true;
  else void read(event.data.source);
};
