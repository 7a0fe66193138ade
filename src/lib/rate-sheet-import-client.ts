/**
 * Imports a rate-sheet file in a Web Worker (rate-sheet-import-worker.ts) and resolves with the
 * result. Where workers are missing (tests in jsdom) or fail to start (a blocked script), the same
 * importer runs on the main thread after yielding once, so the page can paint "Importing…" first.
 * Never rejects: a failure is reported in the result like any unreadable file.
 */

import type { ImportOptions, ImportResult } from '../domain/rates/import/rate-sheet-entries';
import { importRateSheetText } from '../domain/rates/import/rate-sheet-import';

/** What crosses to the worker: options as plain data (a Set or other iterable becomes a list). */
export interface ImportRequest {
  readonly text: string;
  readonly options: {
    readonly takenIds?: readonly string[];
    readonly importedOn?: string;
    readonly match?: string;
  };
}

export interface ImportResponse {
  readonly result: ImportResult;
}

function plainOptions(options: ImportOptions): ImportRequest['options'] {
  return {
    ...(options.takenIds ? { takenIds: [...options.takenIds] } : {}),
    ...(options.importedOn !== undefined ? { importedOn: options.importedOn } : {}),
    ...(options.match !== undefined ? { match: options.match } : {}),
  };
}

async function importOnMainThread(text: string, options: ImportRequest['options']): Promise<ImportResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return importRateSheetText(text, options);
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./rate-sheet-import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function importRateSheetInBackground(
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const request: ImportRequest = { text, options: plainOptions(options) };
  const worker = startWorker();
  if (worker === null) return importOnMainThread(request.text, request.options);
  return new Promise<ImportResult>((resolve) => {
    const finish = (result: Promise<ImportResult> | ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => finish(event.data.result);
    // A worker that cannot load or run (or whose answer cannot be read) leaves the job to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(importOnMainThread(request.text, request.options));
    };
    worker.onmessageerror = () => finish(importOnMainThread(request.text, request.options));
    worker.postMessage(request);
  });
}
