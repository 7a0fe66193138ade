/**
 * Reads a rate-sheet file off the main thread, so a 10 MB / 5,000-route file never freezes the page.
 * It answers each request with the importer's result (routes cross by structured clone).
 */
import { importRateSheetText } from '../domain/rates/import/rate-sheet-import';
import type { ImportRequest, ImportResponse } from './rate-sheet-import-client';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { text, options } = event.data;
  scope.postMessage({ result: importRateSheetText(text, options) });
};
