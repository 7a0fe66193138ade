import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRateSheetText } from '../domain/rates/import/rate-sheet-import';
import { APP_ENTRY, sheetOf } from '../testing/rate-sheet-samples';
import { type ImportRequest, importRateSheetInBackground } from './rate-sheet-import-client';

const TEXT = JSON.stringify(sheetOf(APP_ENTRY, { ...APP_ENTRY, prices: null }));

/** A stand-in for the browser's Worker that answers like rate-sheet-import-worker.ts, or fails. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static mode: 'answer' | 'fail' = 'answer';
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly requests: unknown[] = [];
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(request: ImportRequest) {
    // What the worker receives is a structured clone: check the request survives one.
    this.requests.push(structuredClone(request));
    setTimeout(() => {
      if (FakeWorker.mode === 'fail') this.onerror?.(new Event('error', { cancelable: true }));
      else
        this.onmessage?.(
          new MessageEvent('message', {
            data: structuredClone({ result: importRateSheetText(request.text, request.options) }),
          }),
        );
    }, 0);
  }

  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.instances = [];
  FakeWorker.mode = 'answer';
});

describe('importRateSheetInBackground', () => {
  it('reads on the main thread where there are no workers (jsdom), with the same result', async () => {
    expect(typeof Worker).toBe('undefined');
    const result = await importRateSheetInBackground(TEXT, { importedOn: '2026-09-30' });
    expect(result).toEqual(importRateSheetText(TEXT, { importedOn: '2026-09-30' }));
    expect(result.routes).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ position: 1, imported: false });
  });

  it('yields to the page before reading on the main thread', async () => {
    let settled = false;
    const pending = importRateSheetInBackground(TEXT).then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await pending;
    expect(settled).toBe(true);
  });

  it('reads in a module worker, sends the taken ids as a list, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const result = await importRateSheetInBackground(TEXT, { takenIds: new Set(['kimi-k2.6@moonshot-ai']) });
    const [worker] = FakeWorker.instances;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/rate-sheet-import-worker\.ts$/);
    expect(worker?.requests).toEqual([{ text: TEXT, options: { takenIds: ['kimi-k2.6@moonshot-ai'] } }]);
    expect(worker?.terminated).toBe(true);
    expect(result.routes.map((route) => route.id)).toEqual(['kimi-k2.6@moonshot-ai-2']);
  });

  it('falls back to the main thread when the worker fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.mode = 'fail';
    const result = await importRateSheetInBackground(TEXT);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
    expect(result).toEqual(importRateSheetText(TEXT));
  });

  it('falls back to the main thread when a worker cannot be created', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    expect((await importRateSheetInBackground(TEXT)).routes).toHaveLength(1);
  });
});
