import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTraceText } from '../testing/trace-samples';
import { startTraceImport } from './trace-import-client';
import type { TraceProgress } from './trace-source';
import type { TraceWorkerMessage, TraceWorkerRequest } from './trace-worker';

/** About 1.3 MB: more than one 1 MiB chunk. */
const BIG_LOG = `input_tokens,cached_tokens,output_tokens\n${'12345,1234,123\n'.repeat(90_000)}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startTraceImport without Worker (jsdom): main thread, in chunks', () => {
  it('has no Worker here, so the fallback is what these tests drive', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('reads a file, reports progress per chunk, and returns the aggregates', async () => {
    const progress: TraceProgress[] = [];
    const file = new File([BIG_LOG], 'log.csv', { type: 'text/csv' });
    const reading = startTraceImport(file, { onProgress: (step) => progress.push(step) });
    const result = await reading.result;
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    expect(result.report.overall).toMatchObject({ requests: 90_000, input: { total: 90_000 * 12_345 } });
    expect(progress.length).toBe(2);
    expect(progress.at(-1)).toEqual({ rows: 90_000, bytes: file.size, total: file.size });
  });

  it('yields to the page between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 0);
    await startTraceImport(BIG_LOG).result;
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('cancels at once and reports no aggregates', async () => {
    const onProgress = vi.fn();
    const reading = startTraceImport(BIG_LOG, { onProgress });
    reading.cancel();
    expect(await reading.result).toEqual({ status: 'cancelled' });
  });
});

/** A stand-in Worker that answers like trace-worker.ts, so the worker protocol is tested in jsdom. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<TraceWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: TraceWorkerRequest[] = [];
  constructor(readonly url: URL) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: TraceWorkerRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: TraceWorkerMessage) {
    this.onmessage?.({ data: message } as MessageEvent<TraceWorkerMessage>);
  }
}

describe('startTraceImport with a Worker', () => {
  function withFakeWorker() {
    FakeWorker.instances = [];
    vi.stubGlobal('Worker', FakeWorker);
  }

  it('posts the source to trace-worker.ts, relays progress and settles with the report', async () => {
    withFakeWorker();
    const onProgress = vi.fn();
    const reading = startTraceImport('input,output\n1,1', { onProgress });
    const worker = FakeWorker.instances[0] as FakeWorker;
    expect(worker.url.pathname).toMatch(/trace-worker\.ts$/);
    expect(worker.received).toEqual([{ type: 'read', source: 'input,output\n1,1' }]);
    worker.send({ type: 'progress', progress: { rows: 1, bytes: 16, total: 16 } });
    const report = parseTraceText('input,output\n1,1');
    worker.send({ type: 'done', report });
    expect(await reading.result).toEqual({ status: 'done', report });
    expect(onProgress).toHaveBeenCalledWith({ rows: 1, bytes: 16, total: 16 });
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker on cancel and ignores anything it sends later', async () => {
    withFakeWorker();
    const onProgress = vi.fn();
    const reading = startTraceImport('x', { onProgress });
    const worker = FakeWorker.instances[0] as FakeWorker;
    reading.cancel();
    worker.send({ type: 'progress', progress: { rows: 1, bytes: 1, total: 1 } });
    expect(await reading.result).toEqual({ status: 'cancelled' });
    expect(worker.terminated).toBe(true);
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('reports a failure from the worker', async () => {
    withFakeWorker();
    const reading = startTraceImport('x');
    (FakeWorker.instances[0] as FakeWorker).send({ type: 'failed', message: 'NotReadableError' });
    expect(await reading.result).toEqual({ status: 'failed', message: 'NotReadableError' });
  });

  it('reads on the main thread when the worker cannot start', async () => {
    withFakeWorker();
    const reading = startTraceImport('input,output\n1,1\n2,2');
    const worker = FakeWorker.instances[0] as FakeWorker;
    worker.onerror?.({ preventDefault() {}, message: '' } as ErrorEvent);
    const result = await reading.result;
    expect(result.status === 'done' && result.report.overall.requests).toBe(2);
  });
});
